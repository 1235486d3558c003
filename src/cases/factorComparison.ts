// The seed's 好事例 vs 困難事例 finding (000:257-271): for each factor, how many submitted cases
// of each classification were marked 該当 (yes), 非該当 (no) and 不明 (unknown; an unanswered
// factor counts as unknown). The share is yes ÷ (yes + no): 不明 is shown, never counted as "no".
// Pure: no DB, no HTTP.
import type { FactorDef } from '../lib/labels/cases.ts';

export type ShareCell = { yes: number; no: number; unknown: number; total: number; share: number | null };
export type FactorComparisonRow = FactorDef & { good: ShareCell; difficult: ShareCell; difference: number };

type CaseLike = { status: string; classification: string | null; factors: Record<string, string> };

/** A class with fewer cases than this gets a small-number note wherever its shares are printed. */
export const SMALL_CLASS = 5;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function cell(cases: CaseLike[], key: string): ShareCell {
  const yes = cases.filter((c) => c.factors[key] === 'yes').length;
  const no = cases.filter((c) => c.factors[key] === 'no').length;
  const unknown = cases.length - yes - no;
  // share is undefined when no case says yes or no: null, as the packet's other ratios
  return { yes, no, unknown, total: cases.length, share: yes + no ? round3(yes / (yes + no)) : null };
}

/** Good share minus difficult share; a missing share counts as 0. */
export function shareDifference(good: ShareCell, difficult: ShareCell): number {
  return round3((good.share ?? 0) - (difficult.share ?? 0));
}

/** Rows in definition order (the fixed factor order, then the project's own factors). */
export function compareFactors(cases: readonly CaseLike[], defs: readonly FactorDef[]): FactorComparisonRow[] {
  const submitted = cases.filter((c) => c.status === 'submitted');
  const good = submitted.filter((c) => c.classification === 'good');
  const difficult = submitted.filter((c) => c.classification === 'difficult');
  return defs.map((d) => {
    const g = cell(good, d.key);
    const h = cell(difficult, d.key);
    return { ...d, good: g, difficult: h, difference: shareDifference(g, h) };
  });
}

/** Most typical of good cases first, most typical of difficult cases last (only when the user asks). */
export function sortByDifference<T extends { difference: number }>(rows: readonly T[]): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.difference - a.r.difference || a.i - b.i)
    .map((x) => x.r);
}

/** The small-number note for each class with fewer than SMALL_CLASS cases (an empty class has no shares). */
export function smallClassNotes(counts: { good: number; difficult: number }): string[] {
  const classes = [
    ['好事例', counts.good],
    ['困難事例', counts.difficult],
  ] as const;
  return classes
    .filter(([, n]) => n < SMALL_CLASS)
    .map(([label, n]) =>
      n === 0
        ? `${label}の提出がないため、${label}の割合は示せません。`
        : `${label}は${n}件と少ないため（${SMALL_CLASS}件未満）、割合は1件の違いで大きく変わります。傾向の目安としてご覧ください。`,
    );
}

/** `caseFactors` of the packet JSON (BUNDLE.md), in definition order. */
export function caseFactorsJson(rows: readonly FactorComparisonRow[]) {
  const shape = (c: ShareCell): ShareCell => ({
    yes: c.yes,
    no: c.no,
    unknown: c.unknown,
    total: c.total,
    share: c.share,
  });
  return rows.map((r) => ({ factor: r.key, good: shape(r.good), difficult: shape(r.difficult) }));
}
