// Hearings, the 問題点→課題 table and meetings keep their search, sort and filter in the URL.
import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { agencies, hearingRecords, issueTableRows, meetings } from '../src/db/schema.ts';

/** The given words in the order the page shows them (those it shows). */
const order = (html: string, words: string[]) =>
  words.filter((w) => html.includes(w)).sort((a, b) => html.indexOf(a) - html.indexOf(b));

describe('hearing list', () => {
  it('finds by what was heard, filters by method and sorts newest first, from the URL', async () => {
    const { client, db, project } = await staffSetup();
    const add = (key: string, name: string) =>
      db
        .insert(agencies)
        .values({ projectId: project.id, key, name, kind: 'NPO', field: 'employment' })
        .returning()
        .get();
    const rows = [
      [add('a1', 'わかば相談室'), '2024-07-01', 'in_person', '居場所が足りない'],
      [add('a2', 'あおば支援センター'), '2024-08-01', 'online', '医療との連携が難しい'],
      [add('a3', 'いろは家族会'), '2024-09-01', 'in_person', '家族の相談先がない'],
    ] as const;
    for (const [agency, date, method, text] of rows)
      db.insert(hearingRecords)
        .values({
          projectId: project.id,
          agencyId: agency.id,
          date,
          method,
          sections: { consultations: text },
          updatedAt: '2024-09-01T00:00:00.000Z',
        })
        .run();
    const url = `/projects/${project.id}/hearings`;
    // the records' table, not the plan form below it, which lists every agency
    const get = async (path: string) => {
      const html = await (await client.get(path)).text();
      return html.slice(0, html.indexOf('id="hearing-plan"'));
    };
    const names = ['わかば', 'あおば', 'いろは'];
    expect(order(await get(url), names)).toEqual(['わかば', 'あおば', 'いろは']);

    const found = await get(`${url}?q=${encodeURIComponent('医療')}`);
    expect(order(found, names)).toEqual(['あおば']);
    expect(found).toContain('3件中 1件を表示');
    expect(found).toContain('value="医療"');

    const sorted = await get(`${url}?method=in_person&sort=recent`);
    expect(order(sorted, names)).toEqual(['いろは', 'わかば']);
    expect(sorted).toMatch(/<option value="recent" selected/);
    expect(sorted).toContain(`href="${url}"`); // 条件をクリア
  });
});

describe('問題点→課題 table', () => {
  it('finds rows and filters by status; moving rows waits for the whole table', async () => {
    const { client, db, project } = await staffSetup();
    const base = { projectId: project.id, origin: 'manual' as const, updatedAt: '2024-09-01T00:00:00.000Z' };
    db.insert(issueTableRows)
      .values([
        { ...base, position: 1, problem: '居場所が少ない', status: 'done' },
        {
          ...base,
          position: 2,
          problem: '家族の相談先が知られていない',
          status: 'in_progress',
          updatedAt: '2024-10-01T00:00:00.000Z',
        },
        { ...base, position: 3, problem: '医療との連携が弱い', status: 'in_progress' },
      ])
      .run();
    const url = `/projects/${project.id}/issues`;
    const words = ['居場所が少ない', '家族の相談先', '医療との連携'];
    const all = await (await client.get(url)).text();
    expect(order(all, words)).toEqual(words);
    expect(all).toContain('/move');

    const active = await (await client.get(`${url}?status=in_progress`)).text();
    expect(order(active, words)).toEqual(['家族の相談先', '医療との連携']);
    expect(active).not.toContain('/move'); // the table's order is changed only on the whole table
    expect(active).toMatch(/<td class="no">3<\/td>/); // rows keep their No.

    const found = await (await client.get(`${url}?q=${encodeURIComponent('家族')}`)).text();
    expect(order(found, words)).toEqual(['家族の相談先']);
    const updated = await (await client.get(`${url}?sort=updated`)).text();
    expect(order(updated, words)[0]).toBe('家族の相談先');
  });
});

describe('meeting list', () => {
  it('filters by kind, finds by title and sorts newest first, from the URL', async () => {
    const { client, db, project } = await staffSetup();
    const m = (key: string, kind: 'working_group' | 'network', title: string, date: string) => ({
      projectId: project.id,
      key,
      kind,
      title,
      date,
    });
    db.insert(meetings)
      .values([
        m('m1', 'working_group', '第1回ワーキング', '2024-06-01'),
        m('m2', 'network', '第1回ネットワーク会議', '2024-07-01'),
        m('m3', 'network', '第2回ネットワーク会議（事例検討）', '2024-11-01'),
      ])
      .run();
    const url = `/projects/${project.id}/meetings`;
    const titles = ['第1回ワーキング', '第1回ネットワーク会議', '第2回ネットワーク会議'];
    const network = await (await client.get(`${url}?kind=network&sort=recent`)).text();
    expect(order(network, titles)).toEqual(['第2回ネットワーク会議', '第1回ネットワーク会議']);
    expect(network).toContain('3件中 2件を表示');
    const found = await (await client.get(`${url}?q=${encodeURIComponent('事例検討')}`)).text();
    expect(order(found, titles)).toEqual(['第2回ネットワーク会議']);
  });
});
