// The questionnaire aggregates the staff results page and the meeting packet both show, as table
// data and chart rows: a column, label or figure format changes here for both. The two differ
// only in print details, set by the callers' options.
import type { AgeBandTotal, ContactsPerCaseRow, MultiChoiceSummary } from '../../src/questionnaire/aggregate.ts';
import { num, type TableData } from '../components/dataTable.ts';
import { esc } from '../markup.ts';
import { AGE_BAND_LABEL } from '../../src/questionnaire/labels.ts';
import type { HBarRow } from '../charts/hBarChart.tsx';
import type { StackedCategory } from '../charts/stackedBarChart.tsx';

/** Contacts per case, one decimal; no cases: a dash. */
export const perCaseText = (n: number | null) => (n === null ? '—' : n.toFixed(1));

/** The seed's comparison: agencies for ages up to 18 against the rest. */
export const CONTACT_GROUP_LABELS = ['18歳以下を対象とする機関', 'その他の機関'] as const;

type GroupTotals = { agencies: number; people: number; contacts: number; perCase: number | null };

/** The two groups of CONTACT_GROUP_LABELS; `emphasise` marks the per-case figure in bold. */
export function contactsByGroupTable(groups: readonly [GroupTotals, GroupTotals], emphasise = false): TableData {
  return {
    caption: '対象年齢による比較',
    columns: ['区分', num('機関数'), num('実人数'), num('延べ対応回数'), num('1人あたり')],
    rows: groups.map((g, i) => [
      CONTACT_GROUP_LABELS[i],
      String(g.agencies),
      String(g.people),
      String(g.contacts),
      emphasise ? `<strong>${perCaseText(g.perCase)}</strong>` : perCaseText(g.perCase),
    ]),
  };
}

/** One row per agency; with `ageRange`, a column of the ages each agency serves. */
export function contactsPerAgencyTable(
  caption: string,
  rows: readonly ContactsPerCaseRow[],
  name: (key: string) => string,
  ageRange?: (key: string) => string,
): TableData {
  const figures = (x: ContactsPerCaseRow) => [String(x.people), String(x.contacts), perCaseText(x.perCase)];
  return {
    caption,
    columns: ['機関', ...(ageRange ? ['対象年齢'] : []), num('実人数'), num('延べ対応回数'), num('1人あたり')],
    rows: rows.map((x) =>
      ageRange ? [esc(name(x.agency)), esc(ageRange(x.agency)), ...figures(x)] : [esc(name(x.agency)), ...figures(x)],
    ),
  };
}

/**
 * A multiple-choice question's options with the number and share of agencies choosing each.
 * `percentIn` puts the % sign in the heading (screen) or after each figure (print).
 */
export function choiceTable(label: string, summary: MultiChoiceSummary, percentIn: 'heading' | 'cells'): TableData {
  const sign = percentIn === 'cells' ? '%' : '';
  return {
    caption: `${label}（回答 ${summary.base} 機関）`,
    columns: [label, num('機関数'), num(percentIn === 'heading' ? '割合（%）' : '割合')],
    rows: summary.options.map((o) => [esc(o.option), String(o.count), `${o.share.toFixed(1)}${sign}`]),
  };
}

/** Bars of a multiple-choice question: share of agencies per option, on a 0–100 axis. */
export function shareBars(summary: MultiChoiceSummary): HBarRow[] {
  return summary.options.map((o) => ({ label: o.option, value: o.share, valueLabel: `${o.share.toFixed(1)}%` }));
}

/** Age bands as chart categories: the number of agencies under each, drop-off bands flagged. */
export function ageBandCategories(bands: readonly AgeBandTotal[], drop: ReadonlySet<string>): StackedCategory[] {
  return bands.map((t) => ({
    key: t.band,
    label: AGE_BAND_LABEL[t.band],
    note: `${t.agencies}機関`,
    flagged: drop.has(t.band),
  }));
}

/** "10代 12人（5機関）、…": the chart's totals in words, for its description. */
export function ageBandTotalsText(bands: readonly AgeBandTotal[]): string {
  return bands.map((t) => `${AGE_BAND_LABEL[t.band]} ${t.cases}人（${t.agencies}機関）`).join('、');
}
