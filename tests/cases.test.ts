import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { Client, staffSetup } from './helpers.ts';
import { agencies, caseSheets, meetings, surveyParts } from '../src/db/schema.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { piiFingerprint } from '../src/cases/pii.ts';
import { listCandidateCases } from '../src/cases/queries.ts';
import type { Db } from '../src/db/client.ts';
import { FIXED_FACTORS } from '../src/lib/labels/cases.ts';

function addAgency(db: Db, projectId: number, key: string, name: string) {
  const row = db
    .insert(agencies)
    .values({ projectId, key, name, kind: '行政', field: 'welfare_ibasho' })
    .returning()
    .get();
  return { ...row, token: issueAgencyLink(db, row.id) };
}

function completeCase(extra: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    classification: 'good',
    ageBand: '30-39',
    sex: 'male',
    household: ['elderly_parent_8050'],
    duration: '5_10y',
    firstContact: 'family',
    consent: 'person',
    summary: '30代男性。母親からの相談で支援を開始した。',
    ...Object.fromEntries(FIXED_FACTORS.map((f) => [`factor_${f.key}`, 'unknown'])),
    factor_goes_out: 'yes',
    tl_when: ['1年目', ''],
    tl_agency: ['', ''],
    tl_event: ['母親が来所', ''],
    ...extra,
  };
}

async function agencyDraft(client: Client, token: string): Promise<string> {
  const res = await client.post(`/a/${token}/cases/new`);
  expect(res.status).toBe(303);
  return res.headers.get('location')!;
}

describe('case sheets from an agency link', () => {
  it('blocks submission while an identifier is unconfirmed, keeps the text, then submits once fixed', async () => {
    const { app, db, project } = await staffSetup();
    const a1 = addAgency(db, project.id, 'a1', '生活福祉課');
    const agency = new Client(app);
    const url = await agencyDraft(agency, a1.token);

    const withName = completeCase({ summary: '山田さん（30代）は母と同居。連絡先 090-1234-5678。' });
    const blocked = await agency.post(url, { ...withName, action: 'submit' });
    expect(blocked.status).toBe(422);
    const html = await blocked.text();
    expect(html).toContain('個人を特定できる情報の可能性があるため、提出できません（2件）');
    expect(html).toContain('<mark class="pii">山田さん</mark>');
    expect(html).toContain('<mark class="pii">090-1234-5678</mark>');
    expect(html).toContain('人名（敬称付き）');
    expect(html).toContain('山田さん（30代）は母と同居。'); // the textarea keeps the input
    const cid = Number(url.split('/').pop());
    let row = db.select().from(caseSheets).where(eq(caseSheets.id, cid)).get()!;
    expect(row.status).toBe('draft');
    expect(row.summary).toContain('山田さん'); // saved as draft, nothing lost

    // confirming only one of the two is not enough
    const fpName = piiFingerprint('summary', { kind: 'name', text: '山田さん' });
    const half = await agency.post(url, { ...withName, pii_ok: [fpName], action: 'submit' });
    expect(half.status).toBe(422);
    expect(await half.text()).toContain('提出できません（1件）');

    // fixing the phone number and confirming the name lets it through
    const fixed = completeCase({ summary: '山田さん（30代）は母と同居。', pii_ok: [fpName] });
    const ok = await agency.post(url, { ...fixed, action: 'submit' });
    expect(ok.status).toBe(303);
    row = db.select().from(caseSheets).where(eq(caseSheets.id, cid)).get()!;
    expect(row.status).toBe('submitted');
    expect(row.piiConfirmed).toEqual([fpName]);
    expect(row.factors.goes_out).toBe('yes');
    expect(row.timeline).toEqual([{ when: '1年目', agencyId: null, event: '母親が来所' }]);
    const view = await (await agency.get(url)).text();
    expect(view).toContain('提出済み');
    expect(view).toContain('修正する（下書きに戻す）');
  });

  it('checks the timeline too, and requires the sheet to be complete before submitting', async () => {
    const { app, db, project } = await staffSetup();
    const a1 = addAgency(db, project.id, 'a1', '生活福祉課');
    const agency = new Client(app);
    const url = await agencyDraft(agency, a1.token);
    const timelineName = await agency.post(url, {
      ...completeCase({ tl_event: ['田中様と面談', ''] }),
      action: 'submit',
    });
    expect(timelineName.status).toBe(422);
    expect(await timelineName.text()).toContain('支援経過（1行目）');

    const incomplete = await agency.post(url, { summary: '', action: 'submit' });
    expect(incomplete.status).toBe(422);
    const html = await incomplete.text();
    expect(html).toContain('好事例か困難事例かを選んでください');
    expect(html).toContain('「外出できる」を該当・非該当・不明から選んでください');
    expect(html).toContain('事例の概要を入力してください');
    // a draft may be incomplete and may contain findings
    expect((await agency.post(url, { summary: '佐藤さんのこと', action: 'draft' })).status).toBe(303);
  });

  it('autosaves drafts over htmx and reports findings in the status line', async () => {
    const { app, db, project } = await staffSetup();
    const a1 = addAgency(db, project.id, 'a1', '生活福祉課');
    const agency = new Client(app);
    const url = await agencyDraft(agency, a1.token);
    const page = await (await agency.get(url)).text();
    expect(page).toContain(`hx-post="${url}/autosave"`);
    const res = await agency.post(
      `${url}/autosave`,
      { summary: '住所：武蔵野市中町1丁目2番3号' },
      { headers: { 'HX-Request': 'true' } },
    );
    expect(res.status).toBe(200);
    const fragment = await res.text();
    expect(fragment).toContain('下書きを自動保存しました');
    expect(fragment).toContain('個人を特定できる可能性のある記載が1件あります');
    expect(fragment).not.toContain('<html');
    expect(
      db
        .select()
        .from(caseSheets)
        .where(eq(caseSheets.id, Number(url.split('/').pop())))
        .get()!.summary,
    ).toContain('中町');
  });

  it('shows an agency only its own cases', async () => {
    const { app, db, project } = await staffSetup();
    const a1 = addAgency(db, project.id, 'a1', '生活福祉課');
    const a2 = addAgency(db, project.id, 'a2', '教育支援課');
    const one = new Client(app);
    const url = await agencyDraft(one, a1.token);
    await one.post(url, { ...completeCase({ summary: 'A機関だけの事例概要' }), action: 'submit' });
    const cid = url.split('/').pop();

    const two = new Client(app);
    expect((await two.get(`/a/${a2.token}/cases/${cid}`)).status).toBe(404);
    expect((await two.post(`/a/${a2.token}/cases/${cid}`, { ...completeCase(), action: 'draft' })).status).toBe(404);
    expect((await two.post(`/a/${a2.token}/cases/${cid}/autosave`, { summary: 'x' })).status).toBe(404);
    expect((await two.post(`/a/${a2.token}/cases/${cid}/reopen`)).status).toBe(404);
    const list = await (await two.get(`/a/${a2.token}/cases`)).text();
    expect(list).not.toContain(`事例 c1`);
    expect(list).toContain('まだ事例はありません');
    expect(await (await one.get(`/a/${a1.token}/cases`)).text()).toContain('事例 c1');
    // and its home page lists the task
    expect(await (await one.get(`/a/${a1.token}`)).text()).toContain('支援事例シートの提出');
  });

  it('stops agency writes after the closing day without losing the typed text', async () => {
    const { app, db, project } = await staffSetup();
    const a1 = addAgency(db, project.id, 'a1', '生活福祉課');
    const agency = new Client(app);
    const url = await agencyDraft(agency, a1.token);
    db.insert(surveyParts)
      .values({ projectId: project.id, part: 'cases', opensOn: '2020-01-01', closesOn: '2020-01-31' })
      .run();
    const late = await agency.post(url, { ...completeCase({ summary: '締切後に書いた文章' }), action: 'submit' });
    expect(late.status).toBe(422);
    const html = await late.text();
    expect(html).toContain('事例の受付期間が終了しました');
    expect(html).toContain('締切後に書いた文章');
    expect(
      db
        .select()
        .from(caseSheets)
        .where(eq(caseSheets.id, Number(url.split('/').pop())))
        .get()!.summary,
    ).toBe('');
    expect((await agency.post(`/a/${a1.token}/cases/new`)).headers.get('location')).toBe(`/a/${a1.token}/cases`);
  });
});

describe('case sheets for staff', () => {
  it('enters a case on behalf of an agency, lists it and marks it as a case-study candidate', async () => {
    const { db, client, project } = await staffSetup();
    const a1 = addAgency(db, project.id, 'a1', '生活福祉課');
    const a2 = addAgency(db, project.id, 'a2', '社会福祉協議会');
    const meeting = db
      .insert(meetings)
      .values({ projectId: project.id, key: 'm2', kind: 'network', title: '第2回ネットワーク会議', date: '2025-01-28' })
      .returning()
      .get();
    const base = `/projects/${project.id}/cases`;

    expect((await client.post(`${base}/new`, { agencyId: '' })).status).toBe(422);
    const created = await client.post(`${base}/new`, { agencyId: String(a1.id) });
    const edit = created.headers.get('location')!;
    const cid = edit.split('/')[4];
    const bad = await client.post(`${base}/${cid}`, {
      ...completeCase({ involvedAgencyIds: ['99999'] }),
      action: 'submit',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('選択できない機関が含まれています');
    const ok = await client.post(`${base}/${cid}`, {
      ...completeCase({ involvedAgencyIds: [String(a2.id)], classification: 'difficult' }),
      action: 'submit',
    });
    expect(ok.status).toBe(303);

    const list = await (await client.get(base)).text();
    expect(list).toContain('提出 1件（好事例 0・困難事例 1）');
    const detail = await (await client.get(`${base}/${cid}`)).text();
    expect(detail).toContain('社会福祉協議会');
    expect(detail).toContain('第2回ネットワーク会議');

    expect((await client.post(`${base}/${cid}/candidates`, { meetingId: String(meeting.id), on: '1' })).status).toBe(
      303,
    );
    expect(listCandidateCases(db, project.id, meeting.id).map((c) => c.key)).toEqual(['c1']);
    expect(await (await client.get(`${base}/${cid}`)).text()).toContain('候補から外す');
    await client.post(`${base}/${cid}/candidates`, { meetingId: String(meeting.id), on: '0' });
    expect(listCandidateCases(db, project.id, meeting.id)).toEqual([]);
  });

  it('adds a project factor that appears on the sheet and in the comparison', async () => {
    const { db, client, project } = await staffSetup();
    const a1 = addAgency(db, project.id, 'a1', '生活福祉課');
    const base = `/projects/${project.id}/cases`;
    expect((await client.post(`${base}/factors`, { label: '', group: 'client' })).status).toBe(422);
    expect((await client.post(`${base}/factors`, { label: '医療につながっている', group: 'client' })).status).toBe(303);
    const created = await client.post(`${base}/new`, { agencyId: String(a1.id) });
    const form = await (await client.get(created.headers.get('location')!)).text();
    expect(form).toContain('name="factor_x1"');
    const cid = created.headers.get('location')!.split('/')[4];
    const missing = await client.post(`${base}/${cid}`, { ...completeCase(), action: 'submit' });
    expect(await missing.text()).toContain('「医療につながっている」を該当・非該当・不明から選んでください');
    expect(
      (await client.post(`${base}/${cid}`, { ...completeCase({ factor_x1: 'yes' }), action: 'submit' })).status,
    ).toBe(303);
    const cmp = await (await client.get(`${base}/factors`)).text();
    expect(cmp).toContain('医療につながっている');
    expect(cmp).toContain('<svg');
  });
});
