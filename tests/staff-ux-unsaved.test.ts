// The 「未保存の変更があります」 leave warning (static/app.js) on the hearing form and both
// questionnaire forms, and an autosave that did not save keeps it.
import { describe, expect, it } from 'vitest';
import { Client, staffSetup } from './helpers.ts';
import { agencies } from '../src/db/schema.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { setSurveyWindows } from '../src/projects/queries.ts';
import { todayJst } from '../src/lib/time.ts';

const day = (offset: number) => {
  const d = new Date(`${todayJst()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

async function world() {
  const s = await staffSetup();
  const agency = s.db
    .insert(agencies)
    .values({ projectId: s.project.id, key: 'a1', name: '生活自立支援センター', kind: '行政', field: 'welfare_ibasho' })
    .returning()
    .get();
  const token = issueAgencyLink(s.db, agency.id);
  return { ...s, agency, token, agencyClient: new Client(s.app) };
}

const warns = (html: string) => /<form[^>]*data-unsaved-warning/.test(html);

describe('leave warning on long forms', () => {
  it('marks the hearing form and the staff on-behalf questionnaire', async () => {
    const { client, project, agency } = await world();
    expect(warns(await (await client.get(`/projects/${project.id}/hearings/new`)).text())).toBe(true);
    const onBehalf = await client.get(`/projects/${project.id}/questionnaire/responses/${agency.id}/edit`);
    expect(warns(await onBehalf.text())).toBe(true);
  });

  it("marks the agency's questionnaire; a refused autosave says 'not saved' so the warning stays", async () => {
    const { db, project, token, agencyClient } = await world();
    setSurveyWindows(db, project.id, [{ part: 'questionnaire', opensOn: day(-1), closesOn: day(5) }]);
    const page = await (await agencyClient.get(`/a/${token}/questionnaire`)).text();
    expect(warns(page)).toBe(true);
    const htmx = { headers: { 'HX-Request': 'true' } };
    const saved = await (await agencyClient.post(`/a/${token}/questionnaire/autosave`, {}, htmx)).text();
    expect(saved).toContain('下書きを保存しました');
    expect(saved).not.toContain('data-not-saved');

    setSurveyWindows(db, project.id, [{ part: 'questionnaire', opensOn: day(-5), closesOn: day(-1) }]);
    const refused = await (await agencyClient.post(`/a/${token}/questionnaire/autosave`, {}, htmx)).text();
    expect(refused).toContain('受付期間外のため保存できません。');
    expect(refused).toContain('data-not-saved');
  });
});
