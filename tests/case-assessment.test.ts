// The case sheet's assessment (seed 004): the person's and the family's, each as 状況 / 強み /
// ニーズ / 意向 — kept apart, checked by the personal-information guard, shown on the sheet, the
// blank print, the packet and carried by the bundle.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Client, staffSetup } from './helpers.ts';
import { agencies, caseSheets } from '../src/db/schema.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { exportBundle, importBundle } from '../src/bundle/index.ts';
import { FIXED_FACTORS } from '../src/lib/labels/cases.ts';

const complete = {
  classification: 'difficult',
  ageBand: '40-49',
  sex: 'male',
  household: ['elderly_parent_8050'],
  duration: '10y_plus',
  firstContact: 'family',
  consent: 'person',
  summary: '40代男性。高齢の母からの相談。',
  ...Object.fromEntries(FIXED_FACTORS.map((f) => [`factor_${f.key}`, 'unknown'])),
  personSituation: '昼夜逆転。自室で過ごす。',
  personStrengths: 'パソコンに詳しい',
  personNeeds: '生活リズムを整えたい',
  personWishes: '人と会わない仕事なら',
  familySituation: '母は80代で通院中',
  familyStrengths: '母が相談につながっている',
  familyNeeds: '母の休息',
  familyWishes: '母亡き後の生活が心配',
};

async function submittedCase() {
  const setup = await staffSetup();
  const { db, app, project } = setup;
  const agency = db
    .insert(agencies)
    .values({ projectId: project.id, key: 'a1', name: '生活福祉課', kind: '行政部署', field: 'welfare_ibasho' })
    .returning()
    .get();
  const client = new Client(app);
  const token = issueAgencyLink(db, agency.id);
  const created = await client.post(`/a/${token}/cases/new`);
  const url = created.headers.get('location')!;
  return { ...setup, agencyClient: client, url, caseId: Number(url.split('/').pop()) };
}

describe('case sheet assessment', () => {
  it('is saved person and family apart and shown on the staff sheet as a table', async () => {
    const { db, client, project, agencyClient, url, caseId } = await submittedCase();
    const blankForm = await (await agencyClient.get(url)).text();
    for (const label of ['本人の状況', '本人のニーズ', '家族の強み', '家族の意向']) expect(blankForm).toContain(label);
    const res = await agencyClient.post(url, { ...complete, action: 'submit' });
    expect(res.status).toBe(303);
    const row = db.select().from(caseSheets).where(eq(caseSheets.id, caseId)).get()!;
    expect(row.personStrengths).toBe('パソコンに詳しい');
    expect(row.familyNeeds).toBe('母の休息');
    const sheet = await (await client.get(`/projects/${project.id}/cases/${caseId}`)).text();
    expect(sheet).toContain('<h2>アセスメント</h2>');
    expect(sheet).toMatch(
      /<th scope="row">意向<\/th><td class="sheet-text">人と会わない仕事なら<\/td><td class="sheet-text">母亡き後の生活が心配<\/td>/,
    );
    // the agency reads back what it submitted
    expect(await (await agencyClient.get(url)).text()).toContain('生活リズムを整えたい');
  });

  it('goes through the personal-information guard like the other texts', async () => {
    const { agencyClient, url } = await submittedCase();
    const res = await agencyClient.post(url, {
      ...complete,
      familySituation: '母の山田花子さんは80代',
      action: 'submit',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<mark class="pii">山田花子さん</mark>');
    expect(html).toContain('家族のアセスメント：状況');
  });

  it('travels in the bundle as cases[].assessment, blank aspects left out', async () => {
    const { db, project, agencyClient, url } = await submittedCase();
    await agencyClient.post(url, { ...complete, personNeeds: '', familyStrengths: '', action: 'submit' });
    const bundle = exportBundle(db, project.id)!;
    expect(bundle.cases![0].assessment).toEqual({
      person: { situation: '昼夜逆転。自室で過ごす。', strengths: 'パソコンに詳しい', wishes: '人と会わない仕事なら' },
      family: { situation: '母は80代で通院中', needs: '母の休息', wishes: '母亡き後の生活が心配' },
    });
    const copy = exportBundle(db, importBundle(db, bundle))!;
    expect(copy.cases![0].assessment).toEqual(bundle.cases![0].assessment);
  });

  it('prints on the blank case sheet', async () => {
    const { client, project } = await submittedCase();
    const blank = await (await client.get(`/projects/${project.id}/blank-sheets/case`)).text();
    for (const label of ['本人の状況', '本人の強み', '本人のニーズ', '本人の意向', '家族の状況', '家族の意向'])
      expect(blank).toContain(label);
  });
});
