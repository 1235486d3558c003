// The seed's 好事例 vs 困難事例 finding (000:257-271): for each factor, how many submitted cases
// of each classification have it (該当). Unknown and unanswered count as not 該当; the base is
// every submitted case of the classification. Pure: no DB, no HTTP.
import type { FactorDef } from './labels.ts';

export type ShareCell = { yes: number; total: number; share: number | null };
export type FactorComparisonRow = FactorDef & { good: ShareCell; difficult: ShareCell; difference: number };

type CaseLike = { status: string; classification: string | null; factors: Record<string, string> };

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function cell(cases: CaseLike[], key: string): ShareCell {
  const yes = cases.filter((c) => c.factors[key] === 'yes').length;
  // share is undefined for an empty class: null, as the packet's other ratios
  return { yes, total: cases.length, share: cases.length ? round3(yes / cases.length) : null };
}

/** Good share minus difficult share; an empty class counts as 0. */
export function shareDifference(good: ShareCell, difficult: ShareCell): number {
  return round3((good.share ?? 0) - (difficult.share ?? 0));
}

/** Rows in definition order. */
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

/** Most typical of good cases first, most typical of difficult cases last. */
export function sortByDifference<T extends { difference: number }>(rows: readonly T[]): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.difference - a.r.difference || a.i - b.i)
    .map((x) => x.r);
}

/** `caseFactors` of the packet JSON (BUNDLE.md), in definition order. */
export function caseFactorsJson(rows: readonly FactorComparisonRow[]) {
  return rows.map((r) => ({ factor: r.key, good: { ...r.good }, difficult: { ...r.difficult } }));
}
