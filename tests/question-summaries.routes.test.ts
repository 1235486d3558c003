import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Client, staffSetup } from './helpers.ts';
import { agencies } from '../src/db/schema.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { setSurveyWindows } from '../src/projects/queries.ts';
import { DEFAULT_TEMPLATE } from '../src/questionnaire/defaultTemplate.ts';
import { todayJst } from '../src/lib/time.ts';

const day = (offset: number) => todayJst(new Date(Date.now() + offset * 86_400_000));

const bands = (values: number[]) =>
  Object.fromEntries(
    ['0-15', '16-18', '19-24', '25-29', '30-39', '40-49', '50-59', '60-64', '65+'].map((k, i) => [
      `caseload_by_age_band:${k}`,
      String(values[i] ?? 0),
    ]),
  );

const complete = (over: Record<string, string | string[]> = {}) => ({
  _intent: 'submit',
  operator: '市直営',
  professions: ['社会福祉士'],
  reporting_period: '前年度（4月〜翌年3月）',
  ...bands([5, 2]),
  total_contacts: '70',
  support_content: ['窓口での相談支援'],
  collaborating_agencies: ['保健所'],
  ...over,
});

async function world() {
  const s = await staffSetup();
  const add = (key: string, name: string, kind: string, field: 'welfare_ibasho' | 'employment') =>
    s.db.insert(agencies).values({ projectId: s.project.id, key, name, kind, field, ageMin: 0 }).returning().get();
  const a = add('a1', '子ども家庭支援センター', '行政', 'welfare_ibasho');
  const b = add('a2', 'むさしの若者サポステ', 'NPO', 'employment');
  setSurveyWindows(s.db, s.project.id, [{ part: 'questionnaire', opensOn: day(-1), closesOn: day(5) }]);
  const submit = (id: number, over: Record<string, string | string[]>) =>
    new Client(s.app).post(`/a/${issueAgencyLink(s.db, id)}/questionnaire`, complete(over));
  await submit(a.id, {
    staff_full_time: '3',
    challenge_types: ['人員が不足している', 'つなぎ先がない'],
    strengths: '家庭訪問ができる',
    challenges: '夜間の対応が難しい',
    gender_male: '4',
    gender_female: '3',
  });
  await submit(b.id, {
    operator: 'NPO法人',
    staff_full_time: '1',
    challenge_types: ['人員が不足している', 'その他'],
    'challenge_types:other': '財源が単年度',
    strengths: '就労体験の場がある',
    gender_male: '2',
  });
  return s;
}

describe('results page: every question of the template summarised', () => {
  it('lists every question of the default template in its 目次 and shows a summary for each', async () => {
    const { client, project } = await world();
    const html = await (await client.get(`/projects/${project.id}/questionnaire/results`)).text();
    expect(html).toContain('目次（設問別の集計）');
    const questions = DEFAULT_TEMPLATE.sections.flatMap((s) => s.questions);
    expect(questions.length).toBeGreaterThan(25);
    for (const q of questions) {
      expect(html, q.id).toContain(`href="#q-${q.id}"`);
      expect(html, q.id).toMatch(new RegExp(`id="q-${q.id}"><h4>[^<]+</h4><p class="muted">回答機関数 \\d+ 機関`));
    }
    // single choice: 市直営 1 of 2 agencies = 50.0%, chart drawn
    expect(html).toContain('<svg class="chart" id="chart-q-operator"');
    expect(html).toMatch(/<th scope="row">市直営<\/th><td class="num">1<\/td><td class="num">50.0%<\/td>/);
    // number: 3 + 1 = 4, mean 2.0, median 2.0
    expect(html).toMatch(
      /<th scope="row">2 機関<\/th><td class="num">4<\/td><td class="num">2.0<\/td><td class="num">2.0<\/td><td class="num">1<\/td><td class="num">3<\/td>/,
    );
    // その他 text listed without the agency's name
    expect(html).toContain('<li class="prewrap">財源が単年度</li>');
    // shareable free text is named, the rest is 機関名なし
    expect(html).toContain('<dt>むさしの若者サポステ</dt><dd class="prewrap">就労体験の場がある</dd>');
    expect(html).toMatch(
      /<p>機関名なし（[^<]*）<\/p><ul class="free-text"><li class="prewrap">夜間の対応が難しい<\/li>/,
    );
    expect(html).not.toContain('<dt>子ども家庭支援センター</dt><dd class="prewrap">夜間の対応が難しい</dd>');
    expect(html).toContain('<dt>子ども家庭支援センター</dt><dd class="prewrap">家庭訪問ができる</dd>');
    // 性別 matrix: 男性 4 + 2 = 6, 女性 3 + 0 = 3, total 9
    expect(html).toContain('<h4>性別（まとめ）</h4>');
    expect(html).toMatch(
      /<th scope="row">合計<\/th><td class="num"><strong>6<\/strong><\/td><td class="num"><strong>3<\/strong><\/td><td class="num"><strong>0<\/strong><\/td><td class="num"><strong>9<\/strong><\/td>/,
    );
    // every column has a heading a screen reader can read out (the totals table's first was empty)
    expect(html).not.toMatch(/<th scope="col"[^>]*><\/th>/);
    // cross-tab: 人員が不足している in both kinds, 1 of 1 each
    expect(html).toContain('href="#cross-tab"');
    expect(html).toContain('行政（1機関）');
    expect(html).toMatch(
      /<th scope="row">人員が不足している<\/th><td class="num">1（100.0%）<\/td><td class="num">1（100.0%）<\/td><td class="num">2<\/td>/,
    );
  });

  it('exports one XLSX sheet per template section with its questions', async () => {
    const { client, project } = await world();
    const res = await client.get(`/projects/${project.id}/questionnaire/export.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const names = wb.worksheets.map((w) => w.name);
    for (const s of DEFAULT_TEMPLATE.sections) expect(names).toContain(s.heading);
    expect(names).toEqual(expect.arrayContaining(['課題×機関の種別', '課題×機関の分野']));
    const sheet = wb.getWorksheet('1. 貴機関について')!;
    const rows = sheet.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : r));
    expect(rows).toContainEqual(['運営主体', '回答機関数 2 機関', 2]);
    expect(rows).toContainEqual([undefined, '市直営', 1, 0.5]); // a percentage cell (0.0%)
    expect(rows).toContainEqual([undefined, '合計（人）', 4]);
    expect(rows).toContainEqual([undefined, '平均', 2]);
    const last = wb.getWorksheet('6. 課題とネットワークへの期待')!;
    const values = last.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : r));
    expect(values).toContainEqual([undefined, 'その他の内容（機関名なし）', '財源が単年度']);
    expect(values).toContainEqual([undefined, '機関名なし', '夜間の対応が難しい']);
  });
});
