// What the case pages show, read before render: the sheet form's options, typed values and the
// personal-information guard's findings, and the factor comparison.
import type { Db } from '../db/client.ts';
import type { FieldErrors, FormValues } from '../http/form.ts';
import { caseCounts, caseFactorRows, involvableAgencies, listFactorDefs, type CaseSheet } from './queries.ts';
import { sheetFindings, type SaveResult, type TimelineRow } from './form.ts';
import { compareFactors, smallClassNotes, sortByDifference, type FactorComparisonRow } from './factorComparison.ts';
import type { FieldFinding } from './pii.ts';
import type { VersionDifference } from './versionConflict.ts';
import type { FactorDef } from '../lib/labels/cases.ts';

/** The case sheet form's data apart from its URLs. */
export type CaseFormData = {
  factors: FactorDef[];
  agencies: { id: number; name: string }[];
  values: FormValues;
  timeline: TimelineRow[];
  errors?: FieldErrors;
  findings: FieldFinding[];
  texts: Record<string, string>;
  submitAttempted?: boolean;
  /** A save refused because the sheet changed meanwhile: the fields where the versions differ. */
  conflict?: VersionDifference[];
};

/** What the form is showing: the stored sheet, or the typed input a save did not accept. */
export type CaseFormState = {
  values: FormValues;
  timeline: TimelineRow[];
  errors?: FieldErrors;
  result?: Extract<SaveResult, { ok: false }>;
  conflict?: VersionDifference[];
};

/** The form of a sheet; without a failed save, the guard's findings are those on what is stored. */
export function caseFormData(db: Db, sheet: CaseSheet, state: CaseFormState): CaseFormData {
  const guard = state.result ?? { ...sheetFindings(sheet), submitAttempted: false };
  return {
    factors: listFactorDefs(db, sheet.projectId),
    agencies: involvableAgencies(db, sheet.projectId, sheet),
    values: state.values,
    timeline: state.timeline,
    errors: state.errors,
    findings: guard.findings,
    texts: guard.texts,
    submitAttempted: guard.submitAttempted,
    ...(state.conflict ? { conflict: state.conflict } : {}),
  };
}

/**
 * 好事例と困難事例の比較: rows in the fixed factor order (most typical of good cases first when
 * sorted by difference), the case counts, and the small-number notes of a class under 5 cases.
 */
export function factorComparisonData(db: Db, projectId: number, sortByDiff = false) {
  const fixed = compareFactors(caseFactorRows(db, projectId), listFactorDefs(db, projectId));
  const rows: FactorComparisonRow[] = sortByDiff ? sortByDifference(fixed) : fixed;
  const counts = caseCounts(db, projectId);
  return { rows, counts, sortedByDifference: sortByDiff, notes: counts.submitted ? smallClassNotes(counts) : [] };
}
