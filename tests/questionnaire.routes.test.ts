import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { Client, staffSetup } from './helpers.ts';
import { agencies, auditLog } from '../src/db/schema.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { setSurveyWindows } from '../src/projects/queries.ts';
import { findResponse, getProjectTemplate } from '../src/questionnaire/queries.ts';
import { todayJst } from '../src/lib/time.ts';

const day = (offset: number) => todayJst(new Date(Date.now() + offset * 86_400_000));

async function world(
  window: { opensOn: string | null; closesOn: string | null } = { opensOn: day(-1), closesOn: day(5) },
) {
  const s = await staffSetup();
  const add = (key: string, name: string, ageMax: number | null) =>
    s.db
      .insert(agencies)
      .values({ projectId: s.project.id, key, name, kind: '行政', field: 'welfare_ibasho', ageMin: 0, ageMax })
      .returning()
      .get();
  const a = add('a1', '子ども家庭支援センター', 18);
  const b = add('a2', '生活自立支援センター', null);
  const tokenA = issueAgencyLink(s.db, a.id);
  const tokenB = issueAgencyLink(s.db, b.id);
  setSurveyWindows(s.db, s.project.id, [{ part: 'questionnaire', ...window }]);
  return { ...s, a, b, tokenA, tokenB, agencyA: new Client(s.app), agencyB: new Client(s.app) };
}

const bands = (values: number[]) =>
  Object.fromEntries(
    ['0-15', '16-18', '19-24', '25-29', '30-39', '40-49', '50-59', '60-64', '65+'].map((k, i) => [
      `caseload_by_age_band:${k}`,
      String(values[i] ?? 0),
    ]),
  );

const complete = (over: Record<string, string | string[]> = {}) => ({
  operator: '市直営',
  professions: ['社会福祉士', '精神保健福祉士'],
  reporting_period: '前年度（4月〜翌年3月）',
  ...bands([5, 2, 0, 0, 0, 0, 0, 0, 0]),
  total_contacts: '70',
  support_content: ['窓口での相談支援'],
  collaborating_agencies: ['保健所'],
  challenges: '=IMPORTXML("http://x")',
  ...over,
});

describe('agency questionnaire', () => {
  it('autosaves a draft (even invalid) and finds it again after reopening the link', async () => {
    const { agencyA, tokenA, db, project, a } = await world();
    const page = await agencyA.get(`/a/${tokenA}/questionnaire`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('ひきこもり支援に関するアンケート');
    expect(html).toContain(`締切`);
    expect(html).toContain(`hx-post="/a/${tokenA}/questionnaire/autosave"`);

    const auto = await agencyA.post(
      `/a/${tokenA}/questionnaire/autosave`,
      { ...bands([3, 4]), total_contacts: '１２回' },
      { headers: { 'HX-Request': 'true' } },
    );
    expect(auto.status).toBe(200);
    const fragment = await auto.text();
    expect(fragment).toMatch(/下書きを保存しました \d{2}:\d{2}/);
    expect(fragment).toContain('hx-swap-oob="true"');
    expect(fragment).toMatch(/合計 <strong>7<\/strong>/);
    const saved = findResponse(db, project.id, a.id)!;
    expect(saved.status).toBe('draft');
    expect(saved.answers.total_contacts).toBe('１２回');

    // a new visit (no cookies) with the same link shows the draft
    const again = await (await new Client(agencyA.app).get(`/a/${tokenA}/questionnaire`)).text();
    expect(again).toContain('value="１２回"');
    expect(again).toContain('下書き（最終保存');
  });

  it('saves a draft without JavaScript through the 下書き保存 button', async () => {
    const { agencyA, tokenA, db, project, a } = await world();
    const res = await agencyA.post(`/a/${tokenA}/questionnaire`, {
      _intent: 'draft',
      comments: 'あとで続きを書きます',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/a/${tokenA}/questionnaire?saved`);
    expect(findResponse(db, project.id, a.id)!.answers.comments).toBe('あとで続きを書きます');
    expect(await (await agencyA.get(res.headers.get('location')!)).text()).toContain('下書きを保存しました。');
  });

  it('a failed submit keeps the input and shows Japanese errors next to the fields (422)', async () => {
    const { agencyA, tokenA, db, project, a } = await world();
    const res = await agencyA.post(`/a/${tokenA}/questionnaire`, {
      _intent: 'submit',
      ...complete({ total_contacts: '-3', professions: ['その他'], 'caseload_by_age_band:19-24': 'たくさん' }),
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('提出できませんでした');
    expect(html).toContain('value="たくさん"');
    expect(html).toContain('0〜999999の範囲で入力してください');
    expect(html).toContain('「その他」の内容を入力してください');
    expect(html).toMatch(/id="f-caseload_by_age_band_19-24-error"[^>]*>半角の整数で入力してください/);
    expect(html).toContain('aria-describedby="f-caseload_by_age_band_19-24-error"');
    expect(findResponse(db, project.id, a.id)!.status).toBe('draft');
  });

  it('submits, can reopen and resubmit until the close date, and counts on the dashboard', async () => {
    const { agencyA, tokenA, client, db, project, a } = await world();
    const ok = await agencyA.post(`/a/${tokenA}/questionnaire`, { _intent: 'submit', ...complete() });
    expect(ok.status).toBe(303);
    expect(findResponse(db, project.id, a.id)!.status).toBe('submitted');
    const view = await (await agencyA.get(`/a/${tokenA}/questionnaire?submitted`)).text();
    expect(view).toContain('ご回答を提出しました');
    expect(view).toContain('回答を修正する');
    expect(await (await client.get(`/projects/${project.id}`)).text()).toContain('提出 1/2機関');

    // a stale tab cannot overwrite the submitted answers
    await agencyA.post(
      `/a/${tokenA}/questionnaire/autosave`,
      { total_contacts: '1' },
      { headers: { 'HX-Request': 'true' } },
    );
    expect(findResponse(db, project.id, a.id)!.answers.total_contacts).toBe(70);

    expect((await agencyA.post(`/a/${tokenA}/questionnaire/reopen`)).status).toBe(303);
    expect(findResponse(db, project.id, a.id)!.status).toBe('draft');
    await agencyA.post(`/a/${tokenA}/questionnaire`, { _intent: 'submit', ...complete({ total_contacts: '80' }) });
    const r = findResponse(db, project.id, a.id)!;
    expect([r.status, r.answers.total_contacts]).toEqual(['submitted', 80]);
  });

  it('is read-only with an explanation before opening and after closing', async () => {
    const before = await world({ opensOn: day(3), closesOn: day(10) });
    const html = await (await before.agencyA.get(`/a/${before.tokenA}/questionnaire`)).text();
    expect(html).toContain('から始まります');
    expect(html).not.toContain('<form method="post" action="/a/');
    expect(
      (await before.agencyA.post(`/a/${before.tokenA}/questionnaire`, { _intent: 'draft', comments: 'x' })).status,
    ).toBe(403);

    const after = await world({ opensOn: day(-10), closesOn: day(-1) });
    expect(await (await after.agencyA.get(`/a/${after.tokenA}/questionnaire`)).text()).toContain('締め切りました');
    await after.agencyA.post(
      `/a/${after.tokenA}/questionnaire/autosave`,
      { comments: 'x' },
      { headers: { 'HX-Request': 'true' } },
    );
    expect(findResponse(after.db, after.project.id, after.a.id)).toBeUndefined();
  });

  it("never shows one agency another agency's answers", async () => {
    const { agencyA, agencyB, tokenA, tokenB } = await world();
    await agencyA.post(`/a/${tokenA}/questionnaire`, { _intent: 'draft', comments: 'A機関だけの秘密のメモ' });
    const asB = await (await agencyB.get(`/a/${tokenB}/questionnaire`)).text();
    expect(asB).not.toContain('A機関だけの秘密のメモ');
    expect(asB).toContain('生活自立支援センター');
    // staff-side ids do not open anything for an agency, and B's writes land on B only
    for (const path of ['/responses/1', '/responses/1/edit', '/export.csv']) {
      expect((await agencyB.get(`/projects/1/questionnaire${path}`)).status).toBe(303); // → login
    }
    await agencyB.post(`/a/${tokenB}/questionnaire`, { _intent: 'draft', comments: 'B', agencyId: '1' });
    expect(await (await agencyA.get(`/a/${tokenA}/questionnaire`)).text()).toContain('A機関だけの秘密のメモ');
  });

  it('adds the questionnaire to the agency home tasks', async () => {
    const { agencyA, tokenA } = await world();
    const home = await (await agencyA.get(`/a/${tokenA}`)).text();
    expect(home).toContain(`href="/a/${tokenA}/questionnaire"`);
    expect(home).toContain('未回答');
  });
});

describe('staff questionnaire', () => {
  it('lists status with reminders and records entering on the agency’s behalf', async () => {
    const { client, db, project, a, b, tokenB } = await world();
    const status = await (await client.get(`/projects/${project.id}/questionnaire`)).text();
    expect(status).toContain('未着手');
    expect(status).toContain(`/a/${tokenB}/questionnaire`);
    expect(status).toContain('連絡文をコピー');

    const bad = await client.post(`/projects/${project.id}/questionnaire/responses/${a.id}/edit`, {
      _intent: 'submit',
      ...complete({ total_contacts: '' }),
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('入力してください');
    const ok = await client.post(`/projects/${project.id}/questionnaire/responses/${a.id}/edit`, {
      _intent: 'submit',
      ...complete(),
    });
    expect(ok.status).toBe(303);
    const r = findResponse(db, project.id, a.id)!;
    expect(r.status).toBe('submitted');
    expect(r.enteredByUserId).not.toBeNull();
    const log = db.select().from(auditLog).where(eq(auditLog.entity, 'questionnaire_response')).all();
    expect(log.map((l) => l.action)).toEqual(['save_on_behalf', 'submit_on_behalf']);
    expect(log[1]).toMatchObject({ actorKind: 'staff', entityId: String(a.id) });
    expect(log[1].detail).toContain('子ども家庭支援センターの回答を事務局が代理入力');

    // a failed correction keeps the submitted answers as they were
    const failed = await client.post(`/projects/${project.id}/questionnaire/responses/${a.id}/edit`, {
      _intent: 'submit',
      ...complete({ total_contacts: 'x' }),
    });
    expect(failed.status).toBe(422);
    expect(findResponse(db, project.id, a.id)).toMatchObject({ status: 'submitted', answers: { total_contacts: 70 } });

    const after = await (await client.get(`/projects/${project.id}/questionnaire`)).text();
    expect(after).toContain('事務局が代理入力');
    const view = await (await client.get(`/projects/${project.id}/questionnaire/responses/${a.id}`)).text();
    expect(view).toContain('社会福祉士、精神保健福祉士');
    // an agency id of another project is not found
    expect((await client.get(`/projects/${project.id}/questionnaire/responses/${b.id + 100}`)).status).toBe(404);
  });

  it('copies the default template, edits wording by form and refuses edits that orphan answers', async () => {
    const { client, agencyA, tokenA, db, project } = await world();
    const base = `/projects/${project.id}/questionnaire/template`;
    expect(await (await client.get(base)).text()).toContain('既定の設問をこのプロジェクトにコピー');
    expect((await client.get(`${base}/questions/professions`)).status).toBe(404);
    await client.post(`${base}/copy`);
    expect(getProjectTemplate(db, project.id).custom).toBe(true);

    const edit = await (await client.get(`${base}/questions/professions`)).text();
    expect(edit).toContain('保健師\n社会福祉士');
    const reworded = await client.post(`${base}/questions/professions`, {
      label: '職員が持つ資格',
      help: '',
      required: 'on',
      options: '保健師\n社会福祉士\n精神保健福祉士',
      other: 'on',
    });
    expect(reworded.status).toBe(303);
    expect(
      getProjectTemplate(db, project.id).template.sections[0].questions.find((q) => q.id === 'professions')!.label,
    ).toBe('職員が持つ資格');

    await agencyA.post(`/a/${tokenA}/questionnaire`, { _intent: 'draft', professions: ['社会福祉士'] });
    const refused = await client.post(`${base}/questions/professions`, {
      label: '職員が持つ資格',
      options: '保健師\n精神保健福祉士',
      other: 'on',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('選択肢「社会福祉士」（1件）は回答で選ばれているため、削除・変更できません');

    const emptyOptions = await client.post(`${base}/questions/operator`, { label: '運営主体', options: '' });
    expect(emptyOptions.status).toBe(422);
    expect(await emptyOptions.text()).toContain('選択肢が1つもありません');

    const t = getProjectTemplate(db, project.id).template;
    const removed = {
      ...t,
      sections: t.sections.map((s) => ({ ...s, questions: s.questions.filter((q) => q.id !== 'professions') })),
    };
    const json = await client.post(`${base}/json`, { json: JSON.stringify(removed) });
    expect(json.status).toBe(422);
    expect(await json.text()).toContain('には1件の回答があるため削除できません');
    const badJson = await client.post(`${base}/json`, { json: JSON.stringify({ ...t, sections: [] }) });
    expect(await badJson.text()).toContain('sections: 節が1つもありません');
  });

  it('shows results with the chart and exports XLSX (text stays text, no apostrophe) and CSV with a BOM (formulas neutralised)', async () => {
    const { client, agencyA, agencyB, tokenA, tokenB, project } = await world();
    await agencyA.post(`/a/${tokenA}/questionnaire`, { _intent: 'submit', ...complete() });
    await agencyB.post(`/a/${tokenB}/questionnaire`, {
      _intent: 'submit',
      ...complete({ ...bands([0, 0, 6, 8, 9, 3, 7, 1, 4]), total_contacts: '114', professions: ['保健師'] }),
    });
    const results = await (await client.get(`/projects/${project.id}/questionnaire/results`)).text();
    expect(results).toContain('<svg class="chart" id="chart-age-bands"');
    expect(results).toContain('<title id="chart-age-bands-title">');
    expect(results).toContain('<strong>3</strong> 種類の資格');
    // 16-18 (2) is below 0-15 (5) and 19-24 (6); 40-49 and 60-64 dip too
    expect(results).toContain('16〜18歳、40代、60〜64歳');
    expect(results).toContain('18歳以下を対象とする機関');
    expect(results).toContain('=IMPORTXML'); // listed as text, escaped by JSX

    const xlsx = await client.get(`/projects/${project.id}/questionnaire/export.xlsx`);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '回答一覧',
      '年齢帯別支援件数',
      '1事例あたり対応回数',
      '資格',
      '支援内容',
      // one sheet per template section (question summaries), then the 課題 cross-tabs
      '1. 貴機関について',
      '2. 相談の実績',
      '3. 支援対象者の状況',
      '4. 支援の内容と強み',
      '5. 他機関との連携',
      '6. 課題とネットワークへの期待',
      '課題×機関の種別',
      '課題×機関の分野',
    ]);
    const raw = wb.getWorksheet('回答一覧')!;
    const header = raw.getRow(1).values as unknown[];
    const col = header.indexOf('支援上の課題（具体的に）');
    // XLSX: a string cell is never a formula, so the text is kept exactly as typed
    expect(raw.getRow(2).getCell(col).value).toBe(`=IMPORTXML("http://x")`);
    expect(raw.getRow(2).getCell(col).type).toBe(ExcelJS.ValueType.String);
    // 16-18: width 3, 2 cases (0.67 per year, below 0-15's 0.83 and 19-24's 1.00): a confirmed drop-off
    expect(wb.getWorksheet('年齢帯別支援件数')!.getRow(3).values).toEqual([
      undefined,
      '16〜18歳',
      3,
      2,
      0.67,
      1,
      '確認された減少',
      2,
      0,
    ]);

    const csv = await client.get(`/projects/${project.id}/questionnaire/export.csv`);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toMatch(/^機関キー,機関名,状況/);
    expect(text).toContain(`"'=IMPORTXML(""http://x"")"`);
  });
});
