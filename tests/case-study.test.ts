import { describe, expect, it } from 'vitest';
import { Client, staffSetup } from './helpers.ts';
import { agencies, caseMeetingCandidates, caseSheets, meetings } from '../src/db/schema.ts';
import { caseStudyResults } from '../src/caseStudies/queries.ts';
import { createProject } from '../src/projects/queries.ts';
import { createUser } from '../src/auth/queries.ts';
import type { Db } from '../src/db/client.ts';
import { exportBundle, formatProblem, importBundle, parseBundle } from '../src/bundle/index.ts';

function addAgency(db: Db, projectId: number, key: string, name: string) {
  return db.insert(agencies).values({ projectId, key, name, kind: '行政', field: 'welfare_ibasho' }).returning().get();
}

async function setup() {
  const world = await staffSetup();
  const { db, project } = world;
  const welfare = addAgency(db, project.id, 'a1', '生活福祉課');
  const station = addAgency(db, project.id, 'a2', '若者サポートステーション');
  const school = addAgency(db, project.id, 'a3', '教育支援課');
  const meeting = db
    .insert(meetings)
    .values({ projectId: project.id, key: 'm2', kind: 'network', title: '第2回ネットワーク会議', date: '2025-01-20' })
    .returning()
    .get();
  const sheet = db
    .insert(caseSheets)
    .values({
      projectId: project.id,
      agencyId: welfare.id,
      key: 'c1',
      classification: 'difficult',
      ageBand: '40-49',
      sex: 'male',
      summary: '40代男性。親の高齢化で世帯の収入が途絶えた。',
      involvedAgencyIds: [station.id],
      status: 'submitted',
      savedAt: '2024-11-20T01:00:00.000Z',
      submittedAt: '2024-11-20T01:00:00.000Z',
    })
    .returning()
    .get();
  db.insert(caseMeetingCandidates).values({ caseId: sheet.id, meetingId: meeting.id }).run();
  const base = `/projects/${project.id}/meetings/${meeting.id}/case-studies`;
  return { ...world, welfare, station, school, meeting, sheet, base };
}

/** The hidden version/hash fields of the sheet form, as a browser would send them back. */
function formState(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([vh]\.[^"]+)" value="([^"]*)"/g)) out[m[1]] = m[2];
  for (const m of html.matchAll(/<textarea id="[^"]*" name="(t\.[^"]+)"[^>]*>([^<]*)<\/textarea>/g)) out[m[1]] = m[2];
  return out;
}

describe('case-study sheets', () => {
  it('start from a candidate case with its summary and the agencies that know it', async () => {
    const { client, base, welfare, station, school, sheet } = await setup();
    const list = await (await client.get(base)).text();
    expect(list).toContain('この会議の検討候補');
    expect(list).toContain('c1（困難事例');
    const created = await client.post(base, { caseId: '999' });
    expect(created.status).toBe(422);
    const res = await client.post(base, { caseId: String(sheet.id) });
    expect(res.status).toBe(303);
    const page = await (await client.get(res.headers.get('location')!)).text();
    expect(page).toContain('40代男性。親の高齢化で世帯の収入が途絶えた。');
    expect(page).toContain(`name="t.agency:${welfare.id}:could_do"`);
    expect(page).toContain(`name="t.agency:${station.id}:step_in"`);
    expect(page).not.toContain(`name="t.agency:${school.id}:could_do"`);
    expect(page).toContain('共有したアセスメント');
    const added = await client.post(`${res.headers.get('location')!}/agencies`, { agencyId: String(school.id) });
    expect(added.status).toBe(303);
    expect(await (await client.get(res.headers.get('location')!)).text()).toContain(
      `name="t.agency:${school.id}:would_need"`,
    );
  });

  it('saves only changed fields and refuses a stale edit of the same field in Japanese', async () => {
    const { client, app, db, base, welfare, project, meeting, sheet } = await setup();
    const url = (await client.post(base, { caseId: String(sheet.id) })).headers.get('location')!;
    const second = new Client(app);
    await createUser(db, {
      email: 'staff2@example.jp',
      name: '記録 太郎',
      password: 'another long password',
      role: 'admin',
    });
    await second.post('/login', { email: 'staff2@example.jp', password: 'another long password' });

    const formA = formState(await (await client.get(url)).text());
    const formB = formState(await (await second.get(url)).text());
    const gapsA = { ...formA, 't.gaps': '18歳で児童福祉の支援が終わり、相談先が途切れた' };
    expect((await client.post(url, gapsA)).status).toBe(303);
    // B wrote a different field from the same old page: no conflict, A's text survives
    const slot = `t.agency:${welfare.id}:could_do`;
    expect((await second.post(url, { ...formB, [slot]: '家計相談と生活保護の申請支援' })).status).toBe(303);
    // B then edits the gaps field from the stale page: refused, current text shown, B's input kept
    const stale = await second.post(url, { ...formB, 't.gaps': '高校中退後につながる先がなかった' });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('他の人が先にこの欄を変更しました');
    expect(html).toContain('18歳で児童福祉の支援が終わり、相談先が途切れた');
    expect(html).toContain('高校中退後につながる先がなかった');

    const [result] = caseStudyResults(db, project.id, meeting.id);
    expect(result.sections.find((s) => s.key === 'gaps')!.text).toBe('18歳で児童福祉の支援が終わり、相談先が途切れた');
    expect(result.agencyViews.find((a) => a.agencyKey === 'a1')!.views[0].text).toBe('家計相談と生活保護の申請支援');

    // saving the conflict page again knowingly replaces the text
    expect((await second.post(url, formState(html))).status).toBe(303);
    const [after] = caseStudyResults(db, project.id, meeting.id);
    expect(after.sections.find((s) => s.key === 'gaps')!.text).toBe('高校中退後につながる先がなかった');
  });

  it('stays inside its project', async () => {
    const { client, db, admin, base, sheet } = await setup();
    const other = createProject(
      db,
      { name: '別市', municipality: '別市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
      admin.id,
    );
    const otherAgency = addAgency(db, other.id, 'x1', '別市の機関');
    const foreignCase = db
      .insert(caseSheets)
      .values({
        projectId: other.id,
        agencyId: otherAgency.id,
        key: 'c1',
        status: 'submitted',
        savedAt: '2024-11-20T01:00:00.000Z',
      })
      .returning()
      .get();
    const res = await client.post(base, { caseId: String(foreignCase.id) });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('提出済みの事例を選んでください');
    const url = (await client.post(base, { caseId: String(sheet.id) })).headers.get('location')!;
    const added = await client.post(`${url}/agencies`, { agencyId: String(otherAgency.id) });
    expect(added.status).toBe(422);
  });
});

describe('bundle caseStudies', () => {
  it('round-trips the shared sections and each agency view by agency key', async () => {
    const { client, db, base, project, sheet, welfare } = await setup();
    const url = (await client.post(base, { caseId: String(sheet.id) })).headers.get('location')!;
    const form = formState(await (await client.get(url)).text());
    await client.post(url, {
      ...form,
      't.conclusions': '40代の相談先を明確にする',
      [`t.agency:${welfare.id}:step_in`]: '収入が途絶えた時点',
    });
    const first = exportBundle(db, project.id)!;
    expect(first.caseStudies).toHaveLength(1);
    expect(first.caseStudies![0]).toMatchObject({ meeting: 'm2', case: 'c1' });
    expect(first.caseStudies![0].sections).toMatchObject({
      conclusions: '40代の相談先を明確にする',
      agency__a1__step_in: '収入が途絶えた時点',
      agency__a2__could_do: '',
    });
    const copy = importBundle(db, first);
    const again = exportBundle(db, copy)!;
    expect(again.caseStudies).toEqual(first.caseStudies);
  });

  it('rejects unknown section ids and agency keys by path', () => {
    const parsed = parseBundle({
      format: 'renkei-bundle/1',
      project: { name: 'B市', municipality: 'B市', fiscalYear: 2024 },
      agencies: [{ key: 'a1', name: '生活福祉課', kind: '行政', field: 'welfare_ibasho', ageMin: null, ageMax: null }],
      cases: [{ key: 'c1', agency: 'a1', classification: 'good', ageBand: '30-39', sex: 'male', factors: {} }],
      meetings: [{ key: 'm1', kind: 'network', title: '第2回', date: '2025-01-20' }],
      caseStudies: [{ meeting: 'm1', case: 'c1', sections: { agency__zz__could_do: 'x', feelings: 'y' } }],
    });
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems.map(formatProblem);
    expect(
      problems.some((p) => p.startsWith('caseStudies[0].sections.agency__zz__could_do') && p.includes('機関キー')),
    ).toBe(true);
    expect(problems.some((p) => p.startsWith('caseStudies[0].sections.feelings') && p.includes('節ID'))).toBe(true);
  });
});
