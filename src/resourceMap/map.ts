// 社会資源マップ (after 町田市's image map, seed 002): the project's agencies grouped by field
// against the age bands they serve, so bands that nobody or only one agency covers stand out.
// Pure: callers pass agency rows.
import { buildAgeCoverage, type AgeCoverage } from './coverage.ts';
import { AGENCY_FIELDS, type AgencyField } from '../lib/labels/agencies.ts';
import { AGE_BANDS, type AgeBandKey } from '../lib/labels/questionnaire.ts';

export const AGENCY_FIELD_LABEL = Object.fromEntries(AGENCY_FIELDS.map((f) => [f.value, f.label])) as Record<
  AgencyField,
  string
>;

export type MapAgency = {
  key: string;
  name: string;
  kind: string;
  field: AgencyField;
  ageMin: number | null;
  ageMax: number | null;
};

/** none = no agency serves the band, single = only one does (a hand-off with no alternative). */
export type CoverageLevel = 'none' | 'single' | 'covered';

export type MapRow = MapAgency & { ageLabel: string; bands: boolean[] };
export type ResourceMap = {
  bands: { key: AgeBandKey; label: string }[];
  fields: { field: AgencyField; label: string; agencies: MapRow[]; counts: number[] }[];
  coverage: { band: AgeBandKey; label: string; agencies: number; level: CoverageLevel }[];
  gapBands: AgeBandKey[];
  singleBands: AgeBandKey[];
  /** Agencies per field and year of age 0–70, with the ages where coverage drops. */
  ages: AgeCoverage;
};

/** "16〜39歳", "18歳以上", "年齢制限なし" — a blank minimum means from birth, a blank maximum no upper limit. */
export function ageRangeLabel(ageMin: number | null, ageMax: number | null): string {
  if (ageMin === null && ageMax === null) return '年齢制限なし';
  if (ageMax === null) return `${ageMin}歳以上`;
  if (ageMin === null || ageMin === 0) return `${ageMax}歳以下`;
  return `${ageMin}〜${ageMax}歳`;
}

/** An agency serves a band when its age range overlaps the band at all. */
export function servesBand(
  a: Pick<MapAgency, 'ageMin' | 'ageMax'>,
  band: { min: number; max: number | null },
): boolean {
  const lo = a.ageMin ?? 0;
  const hi = a.ageMax ?? Infinity;
  return lo <= (band.max ?? Infinity) && hi >= band.min;
}

export function coverageLevel(agencies: number): CoverageLevel {
  return agencies === 0 ? 'none' : agencies === 1 ? 'single' : 'covered';
}

export function buildResourceMap(agencies: readonly MapAgency[]): ResourceMap {
  const rows: MapRow[] = agencies.map((a) => ({
    ...a,
    ageLabel: ageRangeLabel(a.ageMin, a.ageMax),
    bands: AGE_BANDS.map((b) => servesBand(a, b)),
  }));
  const countBands = (list: MapRow[]) => AGE_BANDS.map((_, i) => list.filter((r) => r.bands[i]).length);
  const fields = AGENCY_FIELDS.map(({ value: key, label }) => {
    const inField = rows.filter((r) => r.field === key);
    return { field: key, label, agencies: inField, counts: countBands(inField) };
  }).filter((f) => f.agencies.length > 0 || f.field !== 'other');
  const totals = countBands(rows);
  const coverage = AGE_BANDS.map((b, i) => ({
    band: b.key,
    label: b.label,
    agencies: totals[i],
    level: coverageLevel(totals[i]),
  }));
  return {
    bands: AGE_BANDS.map((b) => ({ key: b.key, label: b.label })),
    fields,
    coverage,
    gapBands: coverage.filter((c) => c.level === 'none').map((c) => c.band),
    singleBands: coverage.filter((c) => c.level === 'single').map((c) => c.band),
    ages: buildAgeCoverage(agencies),
  };
}
