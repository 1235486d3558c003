// Submitted cases broken down by agency, age band and sex together: one row per agency × age
// band that has a case, one column per sex. Three small keys together can point at one person,
// so packets and exports print the cells through suppressSmall (「3未満」, src/lib/labels/privacy.ts);
// the staff page shows the real counts. Pure: no DB, no HTTP.
import { CASE_AGE_BAND_LABEL, CASE_AGE_BANDS, SEXES } from '../lib/labels/cases.ts';
import { SMALL_CELL_NOTE, suppressSmall } from '../lib/labels/privacy.ts';

type CaseLike = { agencyId: number; ageBand: string | null; sex: string | null };
type AgencyRef = { key: string; name: string };

export type CaseBreakdown = {
  /** Column heads: the sexes of the case sheet, 不明 included. */
  columns: string[];
  rows: { agency: string; band: string; counts: number[] }[];
};

/** Real counts, rows in directory order then age-band order; agencies named by `label`. */
export function caseBreakdown(
  cases: readonly CaseLike[],
  directory: ReadonlyMap<number, AgencyRef>,
  label: (agency: AgencyRef) => string,
): CaseBreakdown {
  const sexes = SEXES.map((s) => s.value as string);
  const bands = CASE_AGE_BANDS.map((b) => b.value);
  const bandOf = (c: CaseLike) => (c.ageBand && bands.includes(c.ageBand) ? c.ageBand : 'unknown');
  const sexOf = (c: CaseLike) => (c.sex && sexes.includes(c.sex) ? c.sex : 'unknown');
  const rows: CaseBreakdown['rows'] = [];
  for (const [id, agency] of directory) {
    const own = cases.filter((c) => c.agencyId === id);
    for (const band of bands) {
      const inBand = own.filter((c) => bandOf(c) === band);
      if (!inBand.length) continue;
      rows.push({
        agency: label(agency),
        band: CASE_AGE_BAND_LABEL[band] ?? band,
        counts: sexes.map((s) => inBand.filter((c) => sexOf(c) === s).length),
      });
    }
  }
  return { columns: SEXES.map((s) => s.label), rows };
}

/** The table as packets and exports print it: 1 and 2 as 「3未満」, with the note that says so. */
export type SuppressedBreakdown = {
  columns: string[];
  rows: { agency: string; band: string; cells: (number | string)[] }[];
  note: string;
};
export function suppressedBreakdown(b: CaseBreakdown): SuppressedBreakdown {
  return {
    columns: b.columns,
    rows: b.rows.map((r) => ({ agency: r.agency, band: r.band, cells: r.counts.map(suppressSmall) })),
    note: SMALL_CELL_NOTE,
  };
}
