// Issue 15 "Consent decides what prints": a case needs its consent state before it is proposed;
// 不明 never prints its text or its case-study sheet; 同意なし prints only in a 支援会議's packet.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { staffSetup } from './helpers.ts';
import { agencies, caseSheets, meetings } from '../src/db/schema.ts';
import { setCandidate } from '../src/cases/queries.ts';
import { ensureCaseStudy, saveEntries } from '../src/caseStudies/queries.ts';
import { caseTextMayPrint, consentState } from '../src/lib/labels/privacy.ts';

const NOW = '2024-10-30T00:00:00.000Z';

async function world() {
  const env = await staffSetup();
  const { db, project } = env;
  const agency = db
    .insert(agencies)
    .values({ projectId: project.id, key: 'a1', name: '生活福祉課', kind: '行政', field: 'welfare_ibasho' })
    .returning()
    .get();
  const base = { projectId: project.id, agencyId: agency.id, savedAt: NOW, sex: 'male' as const, ageBand: '30-39' };
  const [given, unknown, refused, unrecorded] = db
    .insert(caseSheets)
    .values([
      { ...base, key: 'c1', classification: 'good', consent: 'person', summary: '同意ありの本文' },
      { ...base, key: 'c2', classification: 'difficult', consent: 'unknown', summary: '同意不明の本文' },
      { ...base, key: 'c3', classification: 'difficult', consent: 'support_meeting_only', summary: '同意なしの本文' },
      { ...base, key: 'c4', classification: 'good', consent: null, summary: '未記録の本文' },
    ])
    .returning()
    .all()
    .map((c) => {
      db.update(caseSheets).set({ status: 'submitted', submittedAt: NOW }).where(eq(caseSheets.id, c.id)).run();
      return c;
    });
  const add = (key: string, kind: 'network' | 'support_meeting', title: string) =>
    db.insert(meetings).values({ projectId: project.id, key, kind, title, date: '2025-01-28' }).returning().get();
  const network = add('m2', 'network', '第2回ネットワーク会議');
  const support = add('s1', 'support_meeting', '第1回支援会議');
  for (const m of [network, support]) {
    for (const c of [given, unknown, refused]) setCandidate(db, c.id, m.id, true);
    for (const c of [unknown, refused]) {
      const study = ensureCaseStudy(db, project.id, m.id, c.id);
      saveEntries(db, study.id, [{ slot: 'conclusions', text: `結論：${c.key}`, version: 0, baseHash: '' }], null);
    }
  }
  const packet = (m: { id: number }) => `/projects/${project.id}/meetings/${m.id}/packet`;
  return { ...env, given, unknown, refused, unrecorded, network, support, packet };
}

describe('consent decides what prints', () => {
  it('reads the four stored values as the three states of the rule', () => {
    expect(['person', 'family_only', 'support_meeting_only', 'unknown', null].map(consentState)).toEqual([
      'given',
      'given',
      'refused',
      'unknown',
      null,
    ]);
    expect(caseTextMayPrint('unknown', 'support_meeting')).toBe(false);
    expect(caseTextMayPrint('support_meeting_only', 'network')).toBe(false);
    expect(caseTextMayPrint('support_meeting_only', 'support_meeting')).toBe(true);
    expect(caseTextMayPrint('family_only', 'working_group')).toBe(true);
  });

  it('refuses to propose a case whose consent is not recorded (422 with a Japanese message)', async () => {
    const { client, project, unrecorded, network } = await world();
    const res = await client.post(`/projects/${project.id}/cases/${unrecorded.id}/candidates`, {
      meetingId: String(network.id),
      on: '1',
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain(
      '同意（同意あり／同意なし／不明）が記録されていないため、事例検討の候補にできません',
    );
    const page = await (await client.get(`/projects/${project.id}/cases/${unrecorded.id}`)).text();
    expect(page).not.toContain('class="badge submitted">候補');
  });

  it('says on the case page what each meeting packet will print', async () => {
    const { client, project, unknown } = await world();
    const page = await (await client.get(`/projects/${project.id}/cases/${unknown.id}`)).text();
    expect(page).toContain('同意が不明のため、資料には件数だけが載り、事例の内容と事例検討シートは載りません。');
  });

  it('never prints the text or case-study sheet of a 不明 case, in any kind of meeting', async () => {
    const { client, network, support, packet } = await world();
    for (const m of [network, support]) {
      await client.post(packet(m), { include_cases: 'on', include_case_studies: 'on' });
      const html = await (await client.get(`${packet(m)}.html`)).text();
      expect(html).toContain('同意ありの本文');
      expect(html).not.toContain('同意不明の本文');
      expect(html).not.toContain('結論：c2');
      expect(html).not.toContain('事例 c2');
      expect(html).toContain('件数のみを示し内容は掲載していません');
    }
  });

  it('prints a 同意なし case only in the 支援会議 packet', async () => {
    const { client, network, support, packet } = await world();
    for (const m of [network, support])
      await client.post(packet(m), { include_cases: 'on', include_case_studies: 'on' });
    const open = await (await client.get(`${packet(network)}.html`)).text();
    expect(open).not.toContain('同意なしの本文');
    expect(open).not.toContain('結論：c3');
    const closed = await (await client.get(`${packet(support)}.html`)).text();
    expect(closed).toContain('同意なしの本文');
    expect(closed).toContain('結論：c3');
    expect(closed).toContain('取扱注意・回収（支援会議）');
  });

  it('keeps 不明 cases in the counted aggregates', async () => {
    const { client, network, packet } = await world();
    await client.post(packet(network), { include_cases: 'on' });
    const html = await (await client.get(`${packet(network)}.html`)).text();
    expect(html).toContain('<strong>4</strong> 件');
  });
});
