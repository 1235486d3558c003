// 年齢別の対応機関数: for each field and each year of age 0–70, how many agencies cover it.
// 0 is a gap (支援機関なし), 1 a single point of failure (1機関のみ). The ages where the count
// falls are named in sentences printed under the map. Pure: callers pass agency rows.
import { AGENCY_FIELDS } from '../lib/labels/agencies.ts';

export const COVERAGE_MAX_AGE = 70;

export type CoverageAgency = { field: string; ageMin: number | null; ageMax: number | null };

/** Coverage at `age` is lower than at `age - 1`: `from` agencies serve age − 1, `to` serve `age`. */
export type CoverageDrop = { age: number; from: number; to: number };
/** Consecutive ages (inclusive) with the same problem. */
export type AgeRange = { from: number; to: number };

export type CoverageRow = {
  /** A field value, or 'all' for every agency together. */
  field: string;
  label: string;
  /** counts[age] for ages 0…COVERAGE_MAX_AGE. */
  counts: number[];
  drops: CoverageDrop[];
  gaps: AgeRange[];
  singles: AgeRange[];
};

export type AgeCoverage = {
  ages: number[];
  fields: CoverageRow[];
  total: CoverageRow;
  /** One sentence for all agencies, then one per field that has a drop, a gap or a single agency. */
  sentences: string[];
};

/** A blank minimum means from birth, a blank maximum no upper limit. */
export function coversAge(a: Pick<CoverageAgency, 'ageMin' | 'ageMax'>, age: number): boolean {
  return (a.ageMin ?? 0) <= age && age <= (a.ageMax ?? Infinity);
}

export function coverageDrops(counts: readonly number[]): CoverageDrop[] {
  const drops: CoverageDrop[] = [];
  for (let age = 1; age < counts.length; age++) {
    if (counts[age] < counts[age - 1]) drops.push({ age, from: counts[age - 1], to: counts[age] });
  }
  return drops;
}

/** The runs of ages whose count equals `n`. */
export function agesWithCount(counts: readonly number[], n: number): AgeRange[] {
  const ranges: AgeRange[] = [];
  counts.forEach((c, age) => {
    if (c !== n) return;
    const last = ranges.at(-1);
    if (last && last.to === age - 1) last.to = age;
    else ranges.push({ from: age, to: age });
  });
  return ranges;
}

const AGES = Array.from({ length: COVERAGE_MAX_AGE + 1 }, (_, age) => age);

function row(field: string, label: string, agencies: readonly CoverageAgency[]): CoverageRow {
  const counts = AGES.map((age) => agencies.filter((a) => coversAge(a, age)).length);
  return {
    field,
    label,
    counts,
    drops: coverageDrops(counts),
    gaps: agesWithCount(counts, 0),
    singles: agesWithCount(counts, 1),
  };
}

/** "19〜70歳", "18歳" */
export function rangeText(r: AgeRange): string {
  return r.from === r.to ? `${r.from}歳` : `${r.from}〜${r.to}歳`;
}

function dropText(d: CoverageDrop): string {
  return `${d.age - 1}歳から${d.age}歳で${d.from}機関→${d.to}機関`;
}

/** The sentence printed for one row; null when nothing falls short. */
export function coverageSentence(r: CoverageRow): string | null {
  const parts: string[] = [];
  if (r.drops.length) parts.push(`対応機関数が減るのは${r.drops.map(dropText).join('、')}`);
  if (r.gaps.length) parts.push(`対応機関がない（空白）のは${r.gaps.map(rangeText).join('、')}`);
  if (r.singles.length) parts.push(`1機関のみなのは${r.singles.map(rangeText).join('、')}`);
  if (!parts.length) return null;
  return `${r.label}：${parts.join('。')}。`;
}

export function buildAgeCoverage(agencies: readonly CoverageAgency[]): AgeCoverage {
  const fields = AGENCY_FIELDS.map((f) =>
    row(
      f.value,
      f.label,
      agencies.filter((a) => a.field === f.value),
    ),
  ).filter((r) => r.field !== 'other' || agencies.some((a) => a.field === 'other'));
  const total = row('all', '全分野', agencies);
  const totalSentence =
    coverageSentence(total) ?? `全分野：0〜${COVERAGE_MAX_AGE}歳のどの年齢にも2機関以上が対応しています。`;
  const sentences = [totalSentence, ...fields.flatMap((r) => coverageSentence(r) ?? [])];
  return { ages: AGES, fields, total, sentences };
}
