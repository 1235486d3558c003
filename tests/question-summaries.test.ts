import { describe, expect, it } from 'vitest';
import {
  crossTab,
  isChartable,
  matrixSummary,
  numberSummary,
  summariseTemplate,
  type SummaryAgency,
} from '../src/questionnaire/questionSummaries.ts';
import { checkTemplate, templateSchema, type Template } from '../src/questionnaire/template.ts';
import { DEFAULT_TEMPLATE } from '../src/questionnaire/defaultTemplate.ts';
import type { AggregateResponse } from '../src/questionnaire/aggregate.ts';

const template: Template = templateSchema.parse({
  format: 'renkei-questionnaire/1',
  title: 't',
  sections: [
    {
      heading: '1. 機関',
      questions: [
        { id: 'op', type: 'single', label: '運営主体', options: ['市直営', '市委託', 'その他'] },
        { id: 'ch', type: 'multi', label: '課題', options: ['人員', '知識', '居場所'], other: true },
        { id: 'staff', type: 'number', label: '従事者数', unit: '人' },
        { id: 'g_m', type: 'number', label: '性別：男性', unit: '人' },
        { id: 'g_f', type: 'number', label: '性別：女性', unit: '人' },
      ],
    },
    {
      heading: '2. 実績',
      questions: [
        { id: 'bands', type: 'age_bands', label: '年齢帯別' },
        { id: 'strengths', type: 'text', label: '強み', shareable: true },
        { id: 'memo', type: 'text', label: '課題（具体的に）' },
      ],
    },
  ],
});

const agencies: SummaryAgency[] = [
  { id: 1, key: 'a1', name: '生活福祉課', kind: '社会福祉協議会', field: 'welfare_ibasho' },
  { id: 2, key: 'a2', name: 'サポステ', kind: 'NPO', field: 'employment' },
  { id: 3, key: 'a3', name: '教育支援課', kind: '社会福祉協議会', field: 'education' },
  { id: 4, key: 'a4', name: '下書きの機関', kind: 'NPO', field: 'employment' },
  { id: 5, key: 'a5', name: '未回答の機関', kind: 'NPO', field: 'employment' },
];

const bands = (v: Record<string, number>) => ({
  '0-15': 0,
  '16-18': 0,
  '19-24': 0,
  '25-29': 0,
  '30-39': 0,
  '40-49': 0,
  '50-59': 0,
  '60-64': 0,
  '65+': 0,
  ...v,
});

const responses: AggregateResponse[] = [
  {
    agencyId: 1,
    status: 'submitted',
    answers: {
      op: '市直営',
      ch: ['人員', '知識'],
      staff: 4,
      g_m: 3,
      g_f: 2,
      bands: bands({ '0-15': 2, '30-39': 3 }),
      strengths: '訪問支援',
      memo: '人が足りない',
    },
  },
  {
    agencyId: 2,
    status: 'submitted',
    answers: {
      op: '市委託',
      ch: ['人員', 'その他'],
      'ch:other': '財源がない',
      staff: 1,
      g_m: 5,
      bands: bands({ '19-24': 4 }),
      strengths: '就労体験',
    },
  },
  { agencyId: 3, status: 'submitted', answers: { op: '市直営', staff: 10, memo: '  ' } },
  // a draft never counts
  { agencyId: 4, status: 'draft', answers: { op: 'その他', ch: ['居場所'], staff: 99 } },
];

const [s1, s2] = summariseTemplate(template, agencies, responses);
const q = (s: typeof s1, id: string) => s.questions.find((x) => x.id === id)!.summary;

describe('question summaries (hand-computed)', () => {
  it('single choice: counts and shares of the agencies that answered', () => {
    // 3 submitted answers: 市直営 2/3 = 66.7%, 市委託 1/3 = 33.3%, その他 0
    expect(q(s1, 'op')).toEqual({
      kind: 'choice',
      multi: false,
      base: 3,
      options: [
        { option: '市直営', count: 2, share: 66.7 },
        { option: '市委託', count: 1, share: 33.3 },
        { option: 'その他', count: 0, share: 0 },
      ],
      otherTexts: [],
    });
  });

  it('multiple choice: base is agencies answering it (2, not 3), その他 texts listed', () => {
    expect(q(s1, 'ch')).toEqual({
      kind: 'choice',
      multi: true,
      base: 2,
      options: [
        { option: '人員', count: 2, share: 100 },
        { option: '知識', count: 1, share: 50 },
        { option: '居場所', count: 0, share: 0 },
        { option: 'その他', count: 1, share: 50 },
      ],
      otherTexts: ['財源がない'],
    });
  });

  it('number: total, agencies answering, mean, median, min/max', () => {
    // 4, 1, 10 → total 15, mean 5.0, median 4
    expect(q(s1, 'staff')).toEqual({
      kind: 'number',
      unit: '人',
      base: 3,
      total: 15,
      mean: 5,
      median: 4,
      min: 1,
      max: 10,
    });
    // even count: median is the mean of the two middle values; mean to one decimal
    expect(numberSummary([1, 2, 4, 10], '回')).toMatchObject({ median: 3, mean: 4.3, total: 17 });
    expect(numberSummary([], '人')).toMatchObject({ base: 0, total: 0, mean: null, median: null, min: null });
  });

  it('age-band matrix: totals per row (agency) and per column (band)', () => {
    const m = q(s2, 'bands');
    expect(m.kind).toBe('matrix');
    if (m.kind !== 'matrix') return;
    expect(m.base).toBe(2);
    expect(m.rows.map((r) => [r.label, r.total])).toEqual([
      ['生活福祉課', 5],
      ['サポステ', 4],
    ]);
    // 15歳以下 2, 19〜24歳 4, 30代 3, the rest 0
    expect(m.columnTotals).toEqual([2, 0, 4, 0, 3, 0, 0, 0, 0]);
    expect(m.total).toBe(9);
  });

  it('"性別：…" number questions side by side become a matrix; a blank cell in an answered row is 0', () => {
    expect(s1.groups).toHaveLength(1);
    const g = s1.groups[0];
    expect(g.label).toBe('性別');
    expect(g.summary.columns).toEqual(['男性', '女性']);
    expect(g.summary.rows).toEqual([
      { label: '生活福祉課', values: [3, 2], total: 5 },
      { label: 'サポステ', values: [5, 0], total: 5 },
    ]);
    expect(g.summary.columnTotals).toEqual([8, 2]);
    expect(g.summary.total).toBe(10);
  });

  it('free text: agency names only where the template marks the item shareable', () => {
    expect(q(s2, 'strengths')).toEqual({
      kind: 'text',
      base: 2,
      shareable: true,
      answers: [
        { agency: '生活福祉課', text: '訪問支援' },
        { agency: 'サポステ', text: '就労体験' },
      ],
    });
    // blanks are not answers; no names
    expect(q(s2, 'memo')).toEqual({
      kind: 'text',
      base: 1,
      shareable: false,
      answers: [{ agency: null, text: '人が足りない' }],
    });
  });

  it('chartable: answered choice questions and non-empty matrices', () => {
    expect(isChartable(q(s1, 'op'))).toBe(true);
    expect(isChartable(q(s1, 'staff'))).toBe(false);
    expect(isChartable(q(s2, 'bands'))).toBe(true);
    expect(isChartable(q(s2, 'memo'))).toBe(false);
    expect(isChartable(matrixSummary(['a'], [], '人'))).toBe(false);
  });

  it('cross-tab of 課題 by agency kind and by field, shares within each group', () => {
    const question = template.sections[0].questions[1];
    // a3 now answers 課題 too, and a5 submits
    const extra: AggregateResponse[] = [
      ...responses.filter((r) => r.agencyId !== 3),
      { agencyId: 3, status: 'submitted', answers: { ch: ['知識', '居場所'] } },
      { agencyId: 5, status: 'submitted', answers: { ch: ['人員'] } },
    ];
    // 社協: a1 (人員, 知識), a3 (知識, 居場所) → base 2; NPO: a2 (人員, その他), a5 (人員) → base 2
    const byKind = crossTab(question, agencies, extra, 'kind');
    expect(byKind.groups).toEqual([
      { label: '社会福祉協議会', base: 2 },
      { label: 'NPO', base: 2 },
    ]);
    expect(byKind.rows).toEqual([
      { option: '人員', counts: [1, 2], shares: [50, 100], total: 3 },
      { option: '知識', counts: [2, 0], shares: [100, 0], total: 2 },
      { option: '居場所', counts: [1, 0], shares: [50, 0], total: 1 },
      { option: 'その他', counts: [0, 1], shares: [0, 50], total: 1 },
    ]);
    // fields in the resource map's order: 福祉・居場所 (a1), 就労 (a2, a5), 教育 (a3)
    const byField = crossTab(question, agencies, extra, 'field');
    expect(byField.groups).toEqual([
      { label: '福祉・居場所', base: 1 },
      { label: '就労', base: 2 },
      { label: '教育', base: 1 },
    ]);
    expect(byField.rows[0]).toEqual({ option: '人員', counts: [1, 2, 0], shares: [100, 100, 0], total: 3 });
  });
});

describe('template flag shareable', () => {
  it('is optional, must be a boolean, and marks 自機関の強み in the default template', () => {
    const base = {
      format: 'renkei-questionnaire/1',
      title: 't',
      sections: [{ heading: 'h', questions: [{ id: 'x', type: 'text', label: 'x', shareable: 'yes' }] }],
    };
    const bad = checkTemplate(base);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join('\n')).toContain('sections[0].questions[0].shareable');
    // only text questions have it
    base.sections[0].questions[0] = { id: 'x', type: 'number', label: 'x', shareable: true } as never;
    expect(checkTemplate(base).ok).toBe(false);
    const texts = DEFAULT_TEMPLATE.sections.flatMap((s) => s.questions).filter((x) => x.type === 'text');
    expect(texts.filter((x) => x.type === 'text' && x.shareable).map((x) => x.id)).toEqual(['strengths']);
  });
});
