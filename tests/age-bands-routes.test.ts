// Issue 11 §2–3 on the results page and its XLSX: both readings of a drop-off, never in one
// sentence; the 年齢不明 row; 支援件数 for sums across agencies; 1事例あたりの対応回数 by group.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { Client, staffSetup } from './helpers.ts';
import { agencies } from '../src/db/schema.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { setSurveyWindows } from '../src/projects/queries.ts';
import { todayJst } from '../src/lib/time.ts';

const day = (offset: number) => todayJst(new Date(Date.now() + offset * 86_400_000));
const BANDS = ['0-15', '16-18', '19-24', '25-29', '30-39', '40-49', '50-59', '60-64', '65+'];
const bands = (values: number[]) =>
  Object.fromEntries(BANDS.map((k, i) => [`caseload_by_age_band:${k}`, String(values[i] ?? 0)]));
const answers = (over: Record<string, string | string[]>) => ({
  _intent: 'submit',
  operator: '市直営',
  professions: ['社会福祉士'],
  reporting_period: '前年度（4月〜翌年3月）',
  support_content: ['窓口での相談支援'],
  collaborating_agencies: ['保健所'],
  ...over,
});

/** 子ども家庭支援センター serves 0–18 (youth); 生活自立支援センター has no upper age limit. */
async function world() {
  const s = await staffSetup();
  const add = (key: string, name: string, ageMax: number | null) =>
    s.db
      .insert(agencies)
      .values({ projectId: s.project.id, key, name, kind: '行政', field: 'welfare_ibasho', ageMin: 0, ageMax })
      .returning()
      .get();
  const a = add('a1', '子ども家庭支援センター', 18);
  const b = add('a2', '生活自立支援センター', null);
  setSurveyWindows(s.db, s.project.id, [{ part: 'questionnaire', opensOn: day(-1), closesOn: day(5) }]);
  const submit = async (id: number, body: Record<string, string | string[]>) => {
    const res = await new Client(s.app).post(`/a/${issueAgencyLink(s.db, id)}/questionnaire`, answers(body));
    expect(res.status, await res.text()).toBe(303);
  };
  const results = async () => (await s.client.get(`/projects/${s.project.id}/questionnaire/results`)).text();
  const workbook = async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await s.client.get(`/projects/${s.project.id}/questionnaire/export.xlsx`)).arrayBuffer());
    return wb;
  };
  return { a, b, submit, results, workbook };
}

describe('results page: age bands', () => {
  it('calls the uniform case (5 per year of age) a possible width artefact, never a confirmed drop-off', async () => {
    const w = await world();
    // 3 and 2 people per year of age: bands 30, 15, 30, 25, 50, 50, 50, 25, 50, perYear 5 everywhere
    await w.submit(w.a.id, { ...bands([18, 9, 18, 15, 30, 30, 30, 15, 30]), total_contacts: '100' });
    await w.submit(w.b.id, {
      ...bands([12, 6, 12, 10, 20, 20, 20, 10, 20]),
      caseload_age_unknown: '12',
      total_contacts: '100',
    });
    const html = await w.results();
    expect(html).toContain(
      '16〜18歳、25〜29歳、60〜64歳：支援件数は前後の年齢帯より少ないものの、1歳あたりの人数では前後の年齢帯より少なくありません。',
    );
    expect(html).toContain('帯の幅による見かけの減少の可能性があります');
    expect(html).not.toContain('確認された減少：');
    expect(html).toContain('年齢帯別の支援件数（各機関の実人数の合計。複数の機関で重複あり）と支援機関数');
    expect(html).not.toContain('合計（実人数）');
    // the 16-18 row: width 3, 15 cases, 5.00 per year, 2 agencies, the width reading
    expect(html).toMatch(
      /<th scope="row">16〜18歳<\/th><td class="num">3<\/td><td class="num">15<\/td><td class="num">5\.00<\/td><td class="num">2<\/td><td>▽ 帯の幅による見かけの減少の可能性<\/td>/,
    );
    // 年齢不明 as its own row, and in the total: 5 × 65 years = 325, + 12 = 337
    expect(html).toMatch(/<th scope="row">年齢不明<\/th><td class="num">—<\/td><td class="num">12<\/td>/);
    expect(html).toMatch(/<th scope="row">合計<\/th><td class="num"><\/td><td class="num"><strong>337<\/strong>/);
    expect(html).toContain('id="chart-age-bands-per-year"');

    const sheet = (await w.workbook()).getWorksheet('年齢帯別支援件数')!;
    expect(sheet.getRow(1).getCell(3).value).toBe('支援件数（各機関の実人数の合計。複数の機関で重複あり）');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      '16〜18歳',
      3,
      15,
      5,
      2,
      '帯の幅による見かけの減少の可能性',
      9,
      6,
    ]);
    expect(sheet.getRow(11).getCell(1).value).toBe('年齢不明');
    expect(sheet.getRow(11).getCell(3).value).toBe(12);
    expect(sheet.getRow(12).getCell(3).value).toBe(337);
  });

  it('confirms a dip that is lower per year of age too, in a sentence of its own', async () => {
    const w = await world();
    // 16-18 holds 6 (2 per year against 5 either side); 25-29 and 60-64 hold 25 (5 per year)
    await w.submit(w.a.id, { ...bands([30, 6, 30, 25, 50, 50, 50, 25, 50]), total_contacts: '100' });
    const html = await w.results();
    expect(html).toContain('確認された減少：16〜18歳。支援件数が前後の年齢帯より少なく、1歳あたりの人数でも');
    expect(html).toContain('25〜29歳、60〜64歳：支援件数は前後の年齢帯より少ないものの');
    expect(html).toContain('<td>▼ 確認された減少</td>');
  });
});

describe('results page: 1事例あたりの対応回数', () => {
  it('counts age-unknown people and names the agency without an upper age limit', async () => {
    const w = await world();
    // 10 people of known age and 30 of unknown age, 200 contacts: 5.0 per case (not 20.0)
    await w.submit(w.a.id, {
      ...bands([4, 6]),
      caseload_age_unknown: '30',
      total_contacts: '200',
    });
    await w.submit(w.b.id, { ...bands([0, 0, 10]), total_contacts: '40' });
    const html = await w.results();
    expect(html).toContain('1事例あたりの対応回数（延べ対応回数 ÷ 実人数）');
    expect(html).toContain(
      '18歳以下を対象とする機関（対象年齢の上限が18歳以下）1機関：1事例あたり 5.0回。その他の機関 1機関（うち対象年齢の上限なし 1機関：生活自立支援センター）：1事例あたり 4.0回。',
    );
    expect(html).toMatch(
      /<th scope="row">子ども家庭支援センター<\/th><td>0〜18歳<\/td><td class="num">40<\/td><td class="num">200<\/td><td class="num">5\.0<\/td>/,
    );
    expect(html).toContain('<td>0〜（上限なし）</td>');

    const sheet = (await w.workbook()).getWorksheet('1事例あたり対応回数')!;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      '子ども家庭支援センター',
      '0〜18歳',
      '18歳以下を対象',
      40,
      30,
      200,
      5,
    ]);
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      '生活自立支援センター',
      '0〜（上限なし）',
      'その他（上限なし）',
      10,
      0,
      40,
      4,
    ]);
  });
});
