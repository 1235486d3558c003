// A summary of every question of the template, driven by the template as data: choice questions
// count options (base: the agencies that answered that question), number questions give total,
// mean, median and range, age-band questions and runs of "見出し：項目" number questions give a
// matrix with row and column totals, and free text is listed (named only when shareable).
// Pure: callers pass agency and response rows; only submitted responses count.
import { sharePercent, submittedOnly, type AggregateResponse } from './aggregate.ts';
import { choicesOf, type Question, type Template } from './template.ts';
import { AGENCY_KINDS, fieldLabel } from '../lib/labels/agencies.ts';
import { AGE_BANDS, otherKey } from '../lib/labels/questionnaire.ts';

export type SummaryAgency = { id: number; key: string; name: string; kind?: string; field?: string };

export type OptionShare = { option: string; count: number; share: number };
export type ChoiceSummary = {
  kind: 'choice';
  multi: boolean;
  /** 回答機関数: agencies that answered this question (the base of every share). */
  base: number;
  options: OptionShare[];
  /** Texts written with "その他" (no agency names). */
  otherTexts: string[];
};
export type NumberSummary = {
  kind: 'number';
  unit: string;
  base: number;
  total: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
};
export type MatrixSummary = {
  kind: 'matrix';
  unit: string;
  base: number;
  columns: string[];
  rows: { label: string; values: number[]; total: number }[];
  columnTotals: number[];
  total: number;
};
export type TextSummary = {
  kind: 'text';
  base: number;
  shareable: boolean;
  /** `agency` is null unless the template marks the question shareable. */
  answers: { agency: string | null; text: string }[];
};
export type SummaryBody = ChoiceSummary | NumberSummary | MatrixSummary | TextSummary;

export type QuestionSummary = {
  id: string;
  label: string;
  type: Question['type'];
  summary: SummaryBody;
  /** Drawn as bars next to its table (isChartable). */
  chartable: boolean;
};
/** Number questions labelled "見出し：項目" next to each other, read as one matrix (e.g. 性別). */
export type GroupSummary = { id: string; label: string; summary: MatrixSummary };
export type SectionSummary = {
  heading: string;
  questions: QuestionSummary[];
  groups: GroupSummary[];
};

/** A question has a chart when its summary can be drawn as bars. */
export function isChartable(s: SummaryBody): boolean {
  return (s.kind === 'choice' && s.base > 0) || (s.kind === 'matrix' && s.total > 0);
}

/** Mean and median to one decimal. */
const round1 = (n: number) => Math.round(n * 10) / 10;

function numberOf(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function picked(q: Question, v: unknown): string[] {
  const choices = choicesOf(q);
  const list = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return [...new Set(list.filter((x): x is string => typeof x === 'string' && choices.includes(x)))];
}

function choiceSummary(q: Question, answers: Record<string, unknown>[]): ChoiceSummary {
  const choices = choicesOf(q);
  const answered = answers.map((a) => picked(q, a[q.id])).filter((p) => p.length > 0);
  const base = answered.length;
  return {
    kind: 'choice',
    multi: q.type === 'multi',
    base,
    options: choices.map((option) => {
      const count = answered.filter((p) => p.includes(option)).length;
      return { option, count, share: sharePercent(count, base) };
    }),
    otherTexts: answers.map((a) => String(a[otherKey(q.id)] ?? '').trim()).filter((t) => t !== ''),
  };
}

/** Total, agencies answering, mean, median (middle value, or the mean of the two middle ones), min/max. */
export function numberSummary(values: readonly number[], unit: string): NumberSummary {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const total = sorted.reduce((s, v) => s + v, 0);
  const mid = Math.floor(n / 2);
  return {
    kind: 'number',
    unit,
    base: n,
    total,
    mean: n ? round1(total / n) : null,
    median: n ? round1(n % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2) : null,
    min: n ? sorted[0] : null,
    max: n ? sorted[n - 1] : null,
  };
}

/** Rows with no value at all are left out; a blank cell in an answered row counts as 0. */
export function matrixSummary(
  columns: string[],
  rows: { label: string; values: (number | null)[] }[],
  unit: string,
): MatrixSummary {
  const kept = rows
    .filter((r) => r.values.some((v) => v !== null))
    .map((r) => {
      const values = r.values.map((v) => v ?? 0);
      return { label: r.label, values, total: values.reduce((s, v) => s + v, 0) };
    });
  const columnTotals = columns.map((_, i) => kept.reduce((s, r) => s + r.values[i], 0));
  return {
    kind: 'matrix',
    unit,
    base: kept.length,
    columns,
    rows: kept,
    columnTotals,
    total: columnTotals.reduce((s, v) => s + v, 0),
  };
}

type Answered = { agency: SummaryAgency; answers: Record<string, unknown> };

function summariseQuestion(q: Question, rows: Answered[]): SummaryBody {
  const answers = rows.map((r) => r.answers);
  switch (q.type) {
    case 'single':
    case 'multi':
      return choiceSummary(q, answers);
    case 'number':
      return numberSummary(
        answers.map((a) => numberOf(a[q.id])).filter((v): v is number => v !== null),
        q.unit,
      );
    case 'age_bands':
      return matrixSummary(
        AGE_BANDS.map((b) => b.label),
        rows.map((r) => {
          const v = r.answers[q.id];
          const bands = (v && typeof v === 'object' ? v : {}) as Record<string, unknown>;
          return { label: r.agency.name, values: AGE_BANDS.map((b) => numberOf(bands[b.key])) };
        }),
        q.unit,
      );
    case 'text': {
      const shareable = q.shareable === true;
      const list = rows
        .map((r) => ({ agency: shareable ? r.agency.name : null, text: String(r.answers[q.id] ?? '').trim() }))
        .filter((a) => a.text !== '');
      return { kind: 'text', base: list.length, shareable, answers: list };
    }
  }
}

const GROUP_LABEL = /^(.+?)：(.+)$/;

/** Runs of two or more adjacent number questions sharing a "見出し：" prefix and unit. */
function numberGroups(questions: Question[], rows: Answered[]): GroupSummary[] {
  const runs: { label: string; unit: string; qs: Question[]; items: string[] }[] = [];
  let previous: Question | undefined;
  for (const q of questions) {
    const m = q.type === 'number' ? GROUP_LABEL.exec(q.label) : null;
    const last = runs.at(-1);
    if (m && q.type === 'number') {
      if (last && last.qs.at(-1) === previous && last.label === m[1] && last.unit === q.unit) {
        last.qs.push(q);
        last.items.push(m[2]);
      } else runs.push({ label: m[1], unit: q.unit, qs: [q], items: [m[2]] });
    }
    previous = q;
  }
  return runs
    .filter((g) => g.qs.length > 1)
    .map((g) => ({
      id: g.qs[0].id,
      label: g.label,
      summary: matrixSummary(
        g.items,
        rows.map((r) => ({ label: r.agency.name, values: g.qs.map((q) => numberOf(r.answers[q.id])) })),
        g.unit,
      ),
    }));
}

function answeredRows(agencies: readonly SummaryAgency[], responses: readonly AggregateResponse[]): Answered[] {
  const submitted = new Map(submittedOnly(responses).map((r) => [r.agencyId, r.answers]));
  return agencies.filter((a) => submitted.has(a.id)).map((agency) => ({ agency, answers: submitted.get(agency.id)! }));
}

/** Every section and question of the template with its summary, in template order. */
export function summariseTemplate(
  template: Template,
  agencies: readonly SummaryAgency[],
  responses: readonly AggregateResponse[],
): SectionSummary[] {
  const rows = answeredRows(agencies, responses);
  return template.sections.map((s) => ({
    heading: s.heading,
    questions: s.questions.map((q) => {
      const summary = summariseQuestion(q, rows);
      return { id: q.id, label: q.label, type: q.type, summary, chartable: isChartable(summary) };
    }),
    groups: numberGroups(s.questions, rows),
  }));
}

/** The question cross-tabulated by agency kind and field where seed 000 reports one (課題). */
export const CROSS_TAB_QUESTION = 'challenge_types';

export type CrossTab = {
  by: 'kind' | 'field';
  byLabel: string;
  /** Each group of agencies with its 回答機関数 (those that answered the question). */
  groups: { label: string; base: number }[];
  rows: { option: string; counts: number[]; shares: number[]; total: number }[];
};

function kindOrder(kind: string): number {
  const i = (AGENCY_KINDS as readonly string[]).indexOf(kind);
  return i < 0 ? AGENCY_KINDS.length : i;
}

/** Options of a choice question by group of agencies; shares within each group's own base. */
export function crossTab(
  q: Question,
  agencies: readonly SummaryAgency[],
  responses: readonly AggregateResponse[],
  by: 'kind' | 'field',
): CrossTab {
  const groupOf = (a: SummaryAgency) => (by === 'kind' ? (a.kind ?? 'その他') : fieldLabel(a.field ?? 'other'));
  const answered = answeredRows(agencies, responses)
    .map((r) => ({ group: groupOf(r.agency), picked: picked(q, r.answers[q.id]), agency: r.agency }))
    .filter((r) => r.picked.length > 0);
  const labels = [...new Set(answered.map((r) => r.group))];
  if (by === 'kind') labels.sort((a, b) => kindOrder(a) - kindOrder(b) || a.localeCompare(b, 'ja'));
  else {
    const order = ['保健医療', '福祉・居場所', '就労', '教育', 'その他'];
    labels.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }
  const groups = labels.map((label) => ({ label, base: answered.filter((r) => r.group === label).length }));
  return {
    by,
    byLabel: by === 'kind' ? '機関の種別' : '機関の分野',
    groups,
    rows: choicesOf(q).map((option) => {
      const counts = groups.map((g) => answered.filter((r) => r.group === g.label && r.picked.includes(option)).length);
      return {
        option,
        counts,
        shares: counts.map((c, i) => sharePercent(c, groups[i].base)),
        total: counts.reduce((s, c) => s + c, 0),
      };
    }),
  };
}
