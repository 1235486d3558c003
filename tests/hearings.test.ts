import { describe, expect, it } from 'vitest';
import { Client, staffSetup } from './helpers.ts';
import { agencies } from '../src/db/schema.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { summariseThemes, hearingThemesJson } from '../src/hearings/themeSummary.ts';
import { listThemes } from '../src/hearings/queries.ts';
import type { Db } from '../src/db/client.ts';

function addAgency(db: Db, projectId: number, key: string, name: string) {
  const row = db
    .insert(agencies)
    .values({ projectId, key, name, kind: '行政', field: 'welfare_ibasho' })
    .returning()
    .get();
  return { ...row, token: issueAgencyLink(db, row.id) };
}

const hearingForm = (agencyId: number, extra: Record<string, string> = {}) => ({
  agencyId: String(agencyId),
  date: '2024-11-07',
  method: 'in_person',
  place: '相談室',
  interviewers: '保健所 山田\nWG 佐藤',
  interviewees: '相談員（社会福祉士）',
  section_need_supervision: 'スーパーバイズを受ける機会がない。\n事例を相談できる先がほしい。',
  section_need_ibasho: 'コミュニティセンターのような敷居の低い居場所がほしい。',
  ...extra,
});

describe('hearing records', () => {
  it('records a hearing, keeps input on error, tags passages and counts themes per agency', async () => {
    const { db, client, project } = await staffSetup();
    const a1 = addAgency(db, project.id, 'a1', '生活福祉課');
    const a2 = addAgency(db, project.id, 'a2', '若者サポートステーション');
    const base = `/projects/${project.id}/hearings`;

    const bad = await client.post(base, hearingForm(a1.id, { date: '' }));
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('実施日は YYYY-MM-DD 形式で入力してください');
    expect(badHtml).toContain('敷居の低い居場所がほしい');

    const ok = await client.post(base, hearingForm(a1.id));
    expect(ok.status).toBe(303);
    const detailUrl = ok.headers.get('location')!.split('?')[0];
    const detail = await (await client.get(detailUrl)).text();
    expect(detail).toContain('スーパーバイズを受ける機会がない');
    expect(detail).toContain('保健所 山田、WG 佐藤');

    const themes = listThemes(db, project.id);
    const sv = themes.find((t) => t.key === 'supervision')!;
    const ibasho = themes.find((t) => t.key === 'ibasho')!;
    expect(themes.map((t) => t.label)).toContain('つなぐ際の役割の明確化');

    // an excerpt that is not in the record is refused
    const wrong = await client.post(`${detailUrl}/passages`, {
      sectionId: 'need_supervision',
      excerpt: '書いていない文章',
      themeIds: String(sv.id),
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('記録の本文にある文章をそのまま貼り付けてください');
    const noTheme = await client.post(`${detailUrl}/passages`, { sectionId: 'need_supervision', excerpt: '' });
    expect(noTheme.status).toBe(422);
    expect(await noTheme.text()).toContain('テーマを1つ以上選んでください');

    // excerpt found anywhere in the record when "記録全体" is chosen (whitespace ignored)
    expect(
      (
        await client.post(`${detailUrl}/passages`, {
          sectionId: '',
          excerpt: 'スーパーバイズを受ける 機会がない。',
          themeIds: String(sv.id),
        })
      ).status,
    ).toBe(303);
    expect(
      (
        await client.post(`${detailUrl}/passages`, {
          sectionId: 'need_ibasho',
          excerpt: '',
          themeIds: [String(ibasho.id), String(sv.id)],
        })
      ).status,
    ).toBe(303);

    const second = await client.post(base, hearingForm(a2.id, { section_need_supervision: 'SVの機会がほしい。' }));
    const secondUrl = second.headers.get('location')!.split('?')[0];
    await client.post(`${secondUrl}/passages`, {
      sectionId: 'need_supervision',
      excerpt: 'SVの機会がほしい。',
      themeIds: String(sv.id),
    });

    const summary = await (await client.get(`${base}/themes`)).text();
    expect(summary).toContain('テーマ × 機関');
    expect(summary).toContain('生活福祉課');
    // supervision: a1 twice, a2 once → 2 agencies, 3 passages
    expect(summary).toMatch(
      /スーパーバイズ<\/a><\/th><td class="num">2<\/td><td class="num">1<\/td><td class="num">2<\/td><td class="num">3<\/td>/,
    );
    expect(summary).toContain('コミュニティセンターのような敷居の低い居場所がほしい。');
  });

  it('lets staff add and delete project themes', async () => {
    const { db, client, project } = await staffSetup();
    const base = `/projects/${project.id}/hearings/themes`;
    expect((await client.post(base, { label: '' })).status).toBe(422);
    expect((await client.post(base, { label: 'ひきこもりの定義' })).status).toBe(303);
    const added = listThemes(db, project.id).find((t) => t.label === 'ひきこもりの定義')!;
    expect(added.key).toBe('t9');
    expect((await client.post(`${base}/${added.id}/delete`)).status).toBe(303);
    expect(listThemes(db, project.id).some((t) => t.label === 'ひきこもりの定義')).toBe(false);
  });

  it('shares a record with its agency only; the agency comments but cannot edit', async () => {
    const { app, db, client, project } = await staffSetup();
    const a1 = addAgency(db, project.id, 'a1', '生活福祉課');
    const a2 = addAgency(db, project.id, 'a2', '教育支援課');
    const created = await client.post(`/projects/${project.id}/hearings`, hearingForm(a1.id));
    const detailUrl = created.headers.get('location')!.split('?')[0];
    const hid = detailUrl.split('/').pop();

    const agency = new Client(app);
    expect((await agency.get(`/a/${a1.token}/hearings/${hid}`)).status).toBe(404);
    expect(await (await agency.get(`/a/${a1.token}`)).text()).not.toContain('ヒアリング記録の確認');

    expect((await client.post(`${detailUrl}/share`, { shared: '1' })).status).toBe(303);
    expect(await (await agency.get(`/a/${a1.token}`)).text()).toContain('ヒアリング記録の確認');
    const page = await agency.get(`/a/${a1.token}/hearings/${hid}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('スーパーバイズを受ける機会がない');
    expect(html).not.toContain('タグを付ける');

    // another agency's link never reaches it
    const other = new Client(app);
    expect((await other.get(`/a/${a2.token}/hearings/${hid}`)).status).toBe(404);
    expect((await other.post(`/a/${a2.token}/hearings/${hid}/comments`, { body: 'x' })).status).toBe(404);
    // agency links cannot reach staff editing routes
    expect((await agency.post(`/projects/${project.id}/hearings/${hid}/edit`, hearingForm(a1.id))).status).toBe(303);
    expect(
      (await agency.post(`/projects/${project.id}/hearings/${hid}/edit`, hearingForm(a1.id))).headers.get('location'),
    ).toContain('/login');

    expect((await agency.post(`/a/${a1.token}/hearings/${hid}/comments`, { body: '' })).status).toBe(422);
    expect(
      (await agency.post(`/a/${a1.token}/hearings/${hid}/comments`, { body: '対応者は2名ではなく3名です。' })).status,
    ).toBe(303);
    const staffView = await (await client.get(detailUrl)).text();
    expect(staffView).toContain('対応者は2名ではなく3名です。');
    expect(staffView).toContain('未対応');
    expect(await (await client.get(`/projects/${project.id}/hearings`)).text()).toContain('修正依頼 1件');
  });
});

describe('summariseThemes', () => {
  it('counts tagged passages per theme and agency and groups them by theme', () => {
    const themes = [
      { id: 1, key: 'supervision', label: 'スーパーバイズ' },
      { id: 2, key: 'ibasho', label: '居場所' },
      { id: 3, key: 'family_support', label: '家族支援' },
    ];
    const agencyList = [
      { id: 10, key: 'a1', name: 'A' },
      { id: 11, key: 'a2', name: 'B' },
      { id: 12, key: 'a3', name: 'C（未実施）' },
    ];
    const hearings = [
      { id: 100, agencyId: 10, sections: { need_ibasho: '居場所がほしい' } },
      { id: 101, agencyId: 11, sections: {} as Record<string, string> },
    ];
    const passages = [
      { id: 1, hearingId: 100, sectionId: 'need_supervision', excerpt: 'SVがない', themeIds: [1] },
      { id: 2, hearingId: 100, sectionId: 'need_ibasho', excerpt: '', themeIds: [1, 2] },
      { id: 3, hearingId: 101, sectionId: null, excerpt: '', themeIds: [1] },
    ];
    const s = summariseThemes({ themes, agencies: agencyList, hearings, passages });
    expect(s.agencies.map((a) => a.key)).toEqual(['a1', 'a2']);
    expect(s.rows.map((r) => [r.theme.key, r.byAgency, r.agencies, r.passages])).toEqual([
      ['supervision', [2, 1], 2, 3],
      ['ibasho', [1, 0], 1, 1],
      ['family_support', [0, 0], 0, 0],
    ]);
    // a whole-section tag stands for the section's text
    expect(s.groups[1].passages[0].text).toBe('居場所がほしい');
    expect(hearingThemesJson(s)[0]).toEqual({
      theme: 'supervision',
      label: 'スーパーバイズ',
      agencies: 2,
      passages: 3,
      byAgency: { a1: 2, a2: 1 },
    });
    expect(hearingThemesJson(s)[2].byAgency).toEqual({});
  });
});
