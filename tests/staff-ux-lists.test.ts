// Lists keep their search, sort and filter in the URL.
import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { agencies, caseSheets } from '../src/db/schema.ts';

describe('agency list search, sort and filter', () => {
  it('finds by name, filters by field and sorts by name, all from the URL', async () => {
    const { client, db, project } = await staffSetup();
    for (const [key, name, field] of [
      ['a1', 'わかば若者サポートステーション', 'employment'],
      ['a2', 'あおば教育相談室', 'education'],
      ['a3', 'いろは就労支援センター', 'employment'],
    ] as const)
      db.insert(agencies).values({ projectId: project.id, key, name, kind: 'NPO', field }).run();
    const url = `/projects/${project.id}/agencies`;
    const order = (html: string) =>
      ['わかば', 'あおば', 'いろは'].filter((n) => html.includes(n)).sort((a, b) => html.indexOf(a) - html.indexOf(b));

    const all = await (await client.get(url)).text();
    expect(order(all)).toEqual(['わかば', 'あおば', 'いろは']);
    expect(all).toContain('機関名・種別・担当者で探す');

    const found = await (await client.get(`${url}?q=${encodeURIComponent('教育')}`)).text();
    expect(order(found)).toEqual(['あおば']);
    expect(found).toContain('3件中 1件を表示');
    expect(found).toContain('value="教育"'); // the box keeps the search

    const sorted = await (await client.get(`${url}?field=employment&sort=name`)).text();
    expect(order(sorted)).toEqual(['いろは', 'わかば']);
  });
});

describe('case list', () => {
  it('shows a readable title and filters by status and words, all from the URL', async () => {
    const { client, db, project } = await staffSetup();
    const agency = db
      .insert(agencies)
      .values({ projectId: project.id, key: 'a1', name: '生活福祉課', kind: '行政部署', field: 'welfare_ibasho' })
      .returning()
      .get();
    const base = { projectId: project.id, agencyId: agency.id, savedAt: '2024-11-20T01:00:00.000Z' };
    db.insert(caseSheets)
      .values([
        { ...base, key: 'c1', summary: '30代男性。母親からの相談で支援を開始した。', status: 'submitted' },
        { ...base, key: 'c2', summary: '10代女性。不登校から続くひきこもり。', status: 'draft' },
      ])
      .run();
    const url = `/projects/${project.id}/cases`;
    const all = await (await client.get(url)).text();
    expect(all).toContain('30代男性。母親からの相談で支援を開始した。');
    const drafts = await (await client.get(`${url}?status=draft`)).text();
    expect(drafts).toContain('10代女性');
    expect(drafts).not.toContain('30代男性');
    const words = await (await client.get(`${url}?q=${encodeURIComponent('母親')}`)).text();
    expect(words).toContain('2件中 1件を表示');
    expect(words).not.toContain('10代女性');
  });
});
