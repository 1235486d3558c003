// Case sections of the packet: only submitted cases, consent respected, agency names hidden on request.
import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { agencies, caseSheets, meetings } from '../src/db/schema.ts';
import { setCandidate } from '../src/cases/queries.ts';
import { ensureCaseStudy, saveEntries } from '../src/caseStudies/queries.ts';
import { pseudonym } from '../src/packet/cases.ts';
import { agencySlot } from '../src/lib/labels/caseStudies.ts';

const NOW = '2024-10-30T00:00:00.000Z';

async function withCases() {
  const env = await staffSetup();
  const { db, project } = env;
  const [sapo, city, school] = db
    .insert(agencies)
    .values([
      {
        projectId: project.id,
        key: 'a1',
        name: '若者サポートステーション',
        kind: 'NPO',
        field: 'employment',
        ageMin: 15,
        ageMax: 49,
      },
      {
        projectId: project.id,
        key: 'a2',
        name: '生活福祉課',
        kind: '行政',
        field: 'welfare_ibasho',
        ageMin: null,
        ageMax: null,
      },
      { projectId: project.id, key: 'a3', name: '教育支援課', kind: '行政', field: 'education', ageMin: 6, ageMax: 15 },
    ])
    .returning()
    .all();
  const base = { projectId: project.id, savedAt: NOW, sex: 'unknown' as const };
  const [good, difficult, , secret] = db
    .insert(caseSheets)
    .values([
      {
        ...base,
        key: 'c1',
        agencyId: sapo.id,
        classification: 'good',
        ageBand: '30-39',
        consent: 'person',
        status: 'submitted',
        submittedAt: NOW,
        factors: { goes_out: 'yes' },
        involvedAgencyIds: [city.id],
        summary: '就労体験につながった事例。',
      },
      {
        ...base,
        key: 'c2',
        agencyId: city.id,
        classification: 'difficult',
        ageBand: '40-49',
        consent: 'family_only',
        status: 'submitted',
        submittedAt: NOW,
        factors: { goes_out: 'no' },
        summary: '支援方針が一致しなかった事例。',
      },
      {
        ...base,
        key: 'c3',
        agencyId: school.id,
        classification: 'good',
        ageBand: '16-18',
        status: 'draft',
        summary: '下書きの事例の本文',
      },
      {
        ...base,
        key: 'c4',
        agencyId: school.id,
        classification: 'difficult',
        ageBand: '16-18',
        consent: 'support_meeting_only',
        status: 'submitted',
        submittedAt: NOW,
        summary: '同意のない事例の本文',
      },
    ])
    .returning()
    .all();
  const m = db
    .insert(meetings)
    .values({ projectId: project.id, key: 'm2', kind: 'network', title: '第2回ネットワーク会議', date: '2025-01-28' })
    .returning()
    .get();
  for (const c of [good, difficult, secret]) setCandidate(db, c.id, m.id, true);
  const study = ensureCaseStudy(db, project.id, m.id, difficult.id);
  saveEntries(
    db,
    study.id,
    [
      { slot: 'conclusions', text: 'アセスメントを共有する場が必要。', version: 0, baseHash: '' },
      { slot: agencySlot(sapo.id, 'could_do'), text: '就労体験の受け入れ', version: 0, baseHash: '' },
    ],
    null,
  );
  return { ...env, base: `/projects/${project.id}/meetings/${m.id}/packet` };
}

describe('packet case sections', () => {
  it('prints submitted cases only, withholds cases without consent, and shows case-study results', async () => {
    const { client, base } = await withCases();
    await client.post(base, { include_cases: 'on', include_case_studies: 'on' });
    const html = await (await client.get(`${base}.html`)).text();
    expect(html).toContain('<strong>3</strong> 件（好事例 1 件・困難事例 2 件）');
    expect(html).toContain('就労体験につながった事例。');
    expect(html).not.toContain('下書きの事例の本文');
    expect(html).not.toContain('同意のない事例の本文');
    // issue 15: a case without consent is only counted (no card with its key or agency)
    expect(html).toContain(
      'このほか 1 件の事例は、情報共有の同意がない（または不明の）ため、件数のみを示し内容は掲載していません。',
    );
    expect(html).not.toContain('事例 c4');
    expect(html).toContain('アセスメントを共有する場が必要。');
    expect(html).toContain('若者サポートステーション');
    expect(html).toContain('取扱注意（会議後回収）');
  });

  it('hides agency names in case sections with the same letter throughout the packet', async () => {
    const { client, base } = await withCases();
    await client.post(base, {
      include_cases: 'on',
      include_case_studies: 'on',
      include_attendance: 'on',
      hideCaseAgencies: 'on',
    });
    const html = await (await client.get(`${base}.html`)).text();
    const cases = html.slice(html.indexOf('id="sec-cases"'));
    expect(cases).not.toContain('若者サポートステーション');
    expect(cases).not.toContain('生活福祉課');
    expect(cases).not.toContain('教育支援課');
    // c1 by the support station (A), with the welfare section (B) involved; the station is A in the case study too
    expect(cases).toMatch(/提供機関<\/dt><dd>A機関<\/dd><dt>関わった機関<\/dt><dd>B機関/);
    const studies = html.slice(html.indexOf('id="sec-case_studies"'));
    expect(studies).toContain('A機関');
    expect(studies).toContain('就労体験の受け入れ');
  });

  it('names hidden agencies A, B … Z, AA', () => {
    expect([0, 1, 25, 26, 27].map(pseudonym)).toEqual(['A機関', 'B機関', 'Z機関', 'AA機関', 'AB機関']);
  });
});
