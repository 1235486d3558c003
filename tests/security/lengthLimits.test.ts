// Issue 14 item 16: free text has a length limit everywhere, the agency link's autosave included
// (4.5 MB in one field used to be stored), with a Japanese message and nothing stored.
import { describe, expect, it } from 'vitest';
import { Client, staffSetup } from '../helpers.ts';
import { agencies, caseSheets } from '../../src/db/schema.ts';
import { issueAgencyLink } from '../../src/agencies/links.ts';
import { setSurveyWindows } from '../../src/projects/queries.ts';
import { findResponse } from '../../src/questionnaire/queries.ts';
import { todayJst } from '../../src/lib/time.ts';
import { LONG_TEXT_MAX } from '../../src/lib/validation.ts';

const day = (offset: number) => todayJst(new Date(Date.now() + offset * 86_400_000));

async function agencyWorld() {
  const s = await staffSetup();
  const agency = s.db
    .insert(agencies)
    .values({ projectId: s.project.id, key: 'a1', name: '生活福祉課', kind: '行政', field: 'welfare_ibasho' })
    .returning()
    .get();
  const token = issueAgencyLink(s.db, agency.id);
  setSurveyWindows(s.db, s.project.id, [
    { part: 'questionnaire', opensOn: day(-1), closesOn: day(5) },
    { part: 'cases', opensOn: day(-1), closesOn: day(5) },
  ]);
  return { ...s, agency, token, browser: new Client(s.app) };
}

const HTMX = { headers: { 'HX-Request': 'true' } };

describe('length limits', () => {
  it('refuses a 4.5 MB answer in the questionnaire autosave and stores nothing', async () => {
    const { browser, token, db, project, agency } = await agencyWorld();
    const res = await browser.post(`/a/${token}/questionnaire/autosave`, { challenges: 'x'.repeat(4_500_000) }, HTMX);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('文字以内');
    expect(findResponse(db, project.id, agency.id)).toBeUndefined();
  });

  it('refuses an answer over the long-text limit in autosave and in the save button, keeping the rest', async () => {
    const { browser, token, db, project, agency } = await agencyWorld();
    const long = 'x'.repeat(LONG_TEXT_MAX + 1);
    const auto = await browser.post(`/a/${token}/questionnaire/autosave`, { challenges: long }, HTMX);
    expect(auto.status).toBe(422);
    expect(await auto.text()).toContain(`${LONG_TEXT_MAX.toLocaleString('ja-JP')}文字以内`);
    expect(findResponse(db, project.id, agency.id)).toBeUndefined();
    const save = await browser.post(`/a/${token}/questionnaire`, { challenges: long, _intent: 'save' });
    expect(save.status).toBe(422);
    expect(await save.text()).toContain(`${LONG_TEXT_MAX.toLocaleString('ja-JP')}文字以内`);
    expect(findResponse(db, project.id, agency.id)).toBeUndefined();
    // at the limit it is kept
    const ok = await browser.post(
      `/a/${token}/questionnaire/autosave`,
      { challenges: 'x'.repeat(LONG_TEXT_MAX) },
      HTMX,
    );
    expect(ok.status).toBe(200);
    expect(findResponse(db, project.id, agency.id)!.answers.challenges).toHaveLength(LONG_TEXT_MAX);
  });

  it('refuses an autosave whose fields together exceed the form limit', async () => {
    const { browser, token, db, project, agency } = await agencyWorld();
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}`, 'x'.repeat(15_000)]));
    const res = await browser.post(`/a/${token}/questionnaire/autosave`, many, HTMX);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('合計');
    expect(findResponse(db, project.id, agency.id)).toBeUndefined();
  });

  it('refuses an over-long case sheet field in the agency’s autosave', async () => {
    const { browser, token, db } = await agencyWorld();
    const created = await browser.post(`/a/${token}/cases/new`);
    expect(created.status).toBe(303);
    const url = created.headers.get('location')!;
    const res = await browser.post(`${url}/autosave`, { summary: 'x'.repeat(LONG_TEXT_MAX + 1) }, HTMX);
    // the status line says so (a 200 fragment, as for every autosave outcome)
    expect(await res.text()).toContain('文字以内');
    expect(
      db
        .select()
        .from(caseSheets)
        .all()
        .every((s) => (s.summary ?? '').length <= LONG_TEXT_MAX),
    ).toBe(true);
  });
});
