// Spreadsheet exports: the raw answers (one row per agency) and one sheet per aggregate.
// Text cells that a spreadsheet would read as a formula are neutralised.
import { dateTimeCell, percentPointsCell, sheetName, toCsv, type Cell } from '../lib/spreadsheet.ts';
import { writeWorkbook } from '../lib/workbook.ts';
import { ageBandTotal } from './answers.ts';
import type { AggregateResponse } from './aggregate.ts';
import { allQuestions, type Template } from './template.ts';
import type { QuestionnaireResults, ResultsAgency } from './resultsViewModel.ts';
import { ageBandSheets } from './ageBandExport.ts';
import type { QuestionSummary, SectionSummary } from './questionSummaries.ts';
import { AGE_BANDS, otherKey, RESPONSE_STATUS_LABEL } from '../lib/labels/questionnaire.ts';

export type Table = { header: string[]; rows: Cell[][] };

type RawResponse = AggregateResponse & { savedAt: string; submittedAt: string | null };

/** One row per agency (those that never opened the form too), one column per answer cell. */
export function rawAnswersTable(
  template: Template,
  agencies: readonly ResultsAgency[],
  responses: readonly RawResponse[],
): Table {
  const questions = allQuestions(template);
  const header = ['機関キー', '機関名', '状況', '最終保存', '提出日時'];
  for (const q of questions) {
    if (q.type === 'age_bands') header.push(...AGE_BANDS.map((b) => `${q.label}：${b.label}`), `${q.label}：合計`);
    else header.push(q.label);
    if (q.type === 'multi' && q.other) header.push(`${q.label}：その他の内容`);
  }
  const byAgency = new Map(responses.map((r) => [r.agencyId, r]));
  const rows = agencies.map((a) => {
    const r = byAgency.get(a.id);
    const answers = r?.answers ?? {};
    const row: Cell[] = [
      a.key,
      a.name,
      RESPONSE_STATUS_LABEL[r?.status ?? 'none'],
      dateTimeCell(r?.savedAt),
      dateTimeCell(r?.submittedAt),
    ];
    for (const q of questions) {
      const v = answers[q.id];
      if (q.type === 'age_bands') {
        const bands = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
        for (const b of AGE_BANDS) row.push(cellOf(bands[b.key]));
        row.push(v === undefined ? null : ageBandTotal(v));
      } else if (Array.isArray(v)) row.push(v.join('、'));
      else row.push(cellOf(v));
      if (q.type === 'multi' && q.other) row.push(cellOf(answers[otherKey(q.id)]));
    }
    return row;
  });
  return { header, rows };
}

function cellOf(v: unknown): Cell {
  if (v === undefined || v === null || v === '') return null;
  return typeof v === 'number' ? v : String(v);
}

/** The aggregate tables, each becoming one sheet. */
export function aggregateTables(results: QuestionnaireResults): { name: string; table: Table }[] {
  const sheets = [
    ...ageBandSheets(results),
    { name: '資格', table: choiceTable('資格', results.professions) },
    { name: '支援内容', table: choiceTable('支援内容', results.supportContent) },
  ];
  const used = new Set(['回答一覧', ...sheets.map((x) => x.name)]);
  return [...sheets, ...sectionSheets(results.summaries, used), ...crossTabSheets(results)];
}

const SUMMARY_HEADER = ['設問', '項目', '機関数・値', '割合'];

function summaryRows(q: Pick<QuestionSummary, 'label' | 'summary'>): Cell[][] {
  const s = q.summary;
  const rows: Cell[][] = [[q.label, `回答機関数 ${s.base} 機関`, s.base, null]];
  if (s.kind === 'choice') {
    for (const o of s.options) rows.push([null, o.option, o.count, percentPointsCell(o.share)]);
    for (const t of s.otherTexts) rows.push([null, 'その他の内容（機関名なし）', t, null]);
  } else if (s.kind === 'number') {
    const unit = s.unit ? `（${s.unit}）` : '';
    const figures: [string, number | null][] = [
      [`合計${unit}`, s.total],
      ['平均', s.mean],
      ['中央値', s.median],
      ['最小', s.min],
      ['最大', s.max],
    ];
    for (const [label, v] of figures) rows.push([null, label, v, null]);
  } else if (s.kind === 'matrix') {
    s.columns.forEach((c, i) => rows.push([null, `${c}（${s.unit}、合計）`, s.columnTotals[i], null]));
    rows.push([null, `合計（${s.unit}）`, s.total, null]);
  } else {
    for (const a of s.answers) rows.push([null, a.agency ?? '機関名なし', a.text, null]);
  }
  return [...rows, []];
}

/** One sheet per template section (names unique beside `used`) with every question's summary (and its "見出し：項目" matrices). */
function sectionSheets(sections: SectionSummary[], used: Set<string>): { name: string; table: Table }[] {
  return sections.map((section) => ({
    name: sheetName(section.heading, used),
    table: {
      header: SUMMARY_HEADER,
      rows: [
        ...section.questions.flatMap(summaryRows),
        ...section.groups.flatMap((g) => summaryRows({ label: `${g.label}（まとめ）`, summary: g.summary })),
      ],
    },
  }));
}

function crossTabSheets(results: QuestionnaireResults): { name: string; table: Table }[] {
  const ct = results.crossTabs;
  if (!ct) return [];
  return ct.tabs.map((tab) => ({
    name: `課題×${tab.byLabel}`,
    table: {
      header: [ct.label, ...tab.groups.map((g) => `${g.label}（回答${g.base}機関）`), '計'],
      rows: tab.rows.map((r) => [r.option, ...r.counts, r.total]),
    },
  }));
}

function choiceTable(
  label: string,
  s: { base: number; options: { option: string; count: number; share: number }[] },
): Table {
  return {
    header: [label, '機関数', `割合（回答機関 ${s.base} 機関中）`],
    rows: s.options.map((o) => [o.option, o.count, percentPointsCell(o.share)]),
  };
}

/** The results workbook: 回答一覧 first, then one sheet per aggregate (print setup in src/lib/workbook.ts). */
export function toXlsx(
  project: { name: string },
  raw: Table,
  aggregates: { name: string; table: Table }[],
): Promise<Buffer> {
  return writeWorkbook(
    { project: project.name, title: 'アンケート結果' },
    [{ name: '回答一覧', table: raw }, ...aggregates].map(({ name, table }) => ({ name, ...table })),
  );
}

/** The table as CSV text (formulas neutralised; the encoding is chosen at download). */
export function tableToCsv(table: Table): string {
  return toCsv([table.header, ...table.rows]);
}
