// 相談先ガイド: the public page lists only agencies that opted in and checked their entry, filters
// by a resident's age and need, needs no cookie and loads nothing from another server.
import { describe, expect, it } from 'vitest';
import { Client, staffSetup } from './helpers.ts';
import { agencySchema } from '../src/agencies/schemas.ts';
import { createAgency, archiveAgency } from '../src/agencies/commands.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { listAudit } from '../src/audit/log.ts';
import { filterEntries, publishedEntries, type GuideEntry } from '../src/publicGuide/guide.ts';
import { rubyParts } from '../src/lib/labels/publicGuide.ts';
import type { Db } from '../src/db/client.ts';

const system = { kind: 'system', label: 'test' } as const;

function addAgency(db: Db, projectId: number, name: string, ages: [string, string], field = 'welfare_ibasho') {
  const input = agencySchema.parse({ name, kind: 'NPO', field, ageMin: ages[0], ageMax: ages[1] });
  const created = createAgency(db, system, { projectId, agency: input });
  if (!created.ok) throw new Error('agency not created');
  return { agency: created.agency, token: issueAgencyLink(db, created.agency.id) };
}

const entryForm = {
  offers: '不登校や中退後の進路の相談',
  reach: '電話 0422-00-0000（予約制）',
  hours: '平日 9時〜17時',
  familyOnly: 'on',
  needs: ['school', 'family'],
};

async function publishedGuide() {
  const setup = await staffSetup();
  const { db, app, client, project } = setup;
  const youth = addAgency(db, project.id, '青少年相談センター', ['15', '18'], 'education');
  const adults = addAgency(db, project.id, '成人ひきこもり相談室', ['19', '']);
  const silent = addAgency(db, project.id, '掲載しない機関ヒミツ', ['0', '']);
  const unchecked = addAgency(db, project.id, '未確認の機関ミカク', ['0', '']);
  const saved = await client.post(`/projects/${project.id}/public-guide`, {
    enabled: 'on',
    title: '',
    intro: '',
  });
  expect(saved.status).toBe(303);
  const agencyClient = new Client(app);
  expect((await agencyClient.post(`/a/${youth.token}/public-guide`, entryForm)).status).toBe(303);
  expect(
    (
      await agencyClient.post(`/a/${adults.token}/public-guide`, {
        offers: '40代・50代のご本人とご家族の相談',
        reach: '電話 0422-11-1111',
        anonymous: 'on',
        needs: ['first', 'work'],
      })
    ).status,
  ).toBe(303);
  expect((await agencyClient.post(`/a/${silent.token}/public-guide/withdraw`)).status).toBe(303);
  const page = await client.get(`/projects/${project.id}/public-guide`);
  const slug = /\/guide\/([a-z0-9]+)/.exec(await page.text())![1];
  return { ...setup, slug, youth, adults, silent, unchecked };
}

describe('public consultation guide', () => {
  it('is reachable without cookies, sets none, and lists only opted-in, checked, active agencies', async () => {
    const { app, slug, db, project, youth } = await publishedGuide();
    const res = await app.request(`/guide/${slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()).toEqual([]);
    const html = await res.text();
    expect(html).toContain('青少年相談センター');
    expect(html).toContain('成人ひきこもり相談室');
    expect(html).toContain('家族だけの相談もできます');
    expect(html).toContain('相談先：2か所');
    expect(html).not.toContain('ヒミツ');
    expect(html).not.toContain('ミカク');
    // no script at all, and the CSP keeps every request on this server
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="https?:/);
    const csp = res.headers.get('Content-Security-Policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    // an archived agency leaves the guide at once
    archiveAgency(db, system, { agency: youth.agency, archived: true });
    const after = await (await app.request(`/guide/${slug}`)).text();
    expect(after).not.toContain('青少年相談センター');
    expect(listAudit(db, project.id).map((e) => e.action)).toContain('public_guide.entry_publish');
  });

  it('filters by age group and need; 家族の相談 also finds family-only agencies', async () => {
    const { app, slug } = await publishedGuide();
    const teen = await (await app.request(`/guide/${slug}?age=16-18&need=school`)).text();
    expect(teen).toContain('青少年相談センター');
    expect(teen).not.toContain('成人ひきこもり相談室');
    expect(teen).toContain('条件に合う相談先：1か所（全2か所）');
    const forties = await (await app.request(`/guide/${slug}?age=40s&need=family`)).text();
    expect(forties).toContain('条件に合う相談先：0か所');
    expect(forties).toContain('「どこに相談すればよいか分からない」を選んでください');
    const fortiesFirst = await (await app.request(`/guide/${slug}?age=40s&need=first`)).text();
    expect(fortiesFirst).toContain('成人ひきこもり相談室');
    // an old or edited link with unknown values shows everything rather than an error
    expect((await app.request(`/guide/${slug}?age=99&need=__proto__`)).status).toBe(200);
  });

  it('prints an A4 leaflet and an A3 poster with the QR code, with furigana on request', async () => {
    const { app, slug } = await publishedGuide();
    const leaflet = await (await app.request(`/guide/${slug}/leaflet?furigana=1`)).text();
    expect(leaflet).toContain('size: A4 portrait');
    expect(leaflet).toContain('<svg');
    expect(leaflet).toContain(`/guide/${slug}</span>`);
    expect(leaflet).toContain('<ruby>相談<rt>そうだん</rt></ruby>');
    expect(leaflet).not.toContain('ヒミツ');
    const poster = await (await app.request(`/guide/${slug}/poster`)).text();
    expect(poster).toContain('size: A3 portrait');
    expect(poster).toContain('2か所の相談窓口を掲載しています');
    expect(poster).not.toContain('<ruby>');
  });

  it('is 404 while not published, and for an unknown slug', async () => {
    const { app, client, slug, project } = await publishedGuide();
    await client.post(`/projects/${project.id}/public-guide`, { title: '', intro: '' });
    for (const path of [`/guide/${slug}`, `/guide/${slug}/leaflet`, `/guide/${slug}/poster`, '/guide/nothing']) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('この相談先ガイドは公開されていません');
    }
  });

  it("lets an agency check only its own entry, and shows staff each agency's state", async () => {
    const { app, client, project, youth, adults } = await publishedGuide();
    const agencyClient = new Client(app);
    const own = await (await agencyClient.get(`/a/${youth.token}/public-guide`)).text();
    expect(own).toContain('不登校や中退後の進路の相談');
    expect(own).not.toContain('40代・50代');
    expect(await (await agencyClient.get(`/a/${youth.token}`)).text()).toContain(
      '相談先ガイド（住民向け公開ページ）への掲載',
    );
    const bad = await agencyClient.post(`/a/${adults.token}/public-guide`, { offers: '', reach: '', needs: 'nope' });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('相談できることを入力してください');
    expect(badHtml).toContain('相談内容の選択肢が正しくありません');
    const staff = await (await client.get(`/projects/${project.id}/public-guide`)).text();
    expect(staff).toContain('2機関が掲載中');
    expect(staff).toMatch(/掲載しない機関ヒミツ<\/td><td><span class="badge guide-declined">掲載しない/);
    expect(staff).toMatch(/未確認の機関ミカク<\/td><td><span class="badge guide-unchecked">未確認/);
  });
});

describe('guide rules (pure)', () => {
  const base: GuideEntry = {
    agencyId: 1,
    name: 'x',
    field: 'other',
    ageMin: null,
    ageMax: null,
    archived: false,
    optedIn: true,
    offers: 'o',
    reach: 'r',
    hours: '',
    familyOnly: false,
    anonymous: false,
    needs: ['work', 'unknown-need'],
    checkedAt: '2026-12-01T00:00:00Z',
    saved: true,
  };
  it('publishes only opted-in, checked, active entries and drops needs it does not know', () => {
    const out = publishedEntries([
      base,
      { ...base, agencyId: 2, checkedAt: null },
      { ...base, agencyId: 3, optedIn: false },
      { ...base, agencyId: 4, archived: true },
    ]);
    expect(out.map((e) => e.agencyId)).toEqual([1]);
    expect(out[0].needs).toEqual(['work']);
    expect(out[0].ageLabel).toBe('年齢制限なし');
  });
  it('matches an age group when the ranges overlap at all', () => {
    const [e] = publishedEntries([{ ...base, ageMin: 18, ageMax: 39 }]);
    expect(filterEntries([e], { age: '16-18' })).toHaveLength(1);
    expect(filterEntries([e], { age: '30s' })).toHaveLength(1);
    expect(filterEntries([e], { age: '40s' })).toHaveLength(0);
    expect(filterEntries([e], { age: 'to15' })).toHaveLength(0);
  });
  it('puts readings over key words only', () => {
    expect(rubyParts('家族の相談先')).toEqual([
      { base: '家族', reading: 'かぞく' },
      'の',
      { base: '相談先', reading: 'そうだんさき' },
    ]);
  });
});
