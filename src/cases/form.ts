// Saving a case sheet from its form, shared by the agency's pages and staff's proxy entry:
// validation, the personal-information guard and the submission rules in one place.
import type { Db } from '../db/client.ts';
import type { FieldErrors, FormValues, RawForm } from '../http/form.ts';
import { validate } from '../lib/validation.ts';
import { getSurveyWindows } from '../projects/queries.ts';
import { todayJst } from '../lib/time.ts';
import { scanFields, type FieldFinding } from './pii.ts';
import { caseFormSchema, caseTexts, submissionErrors } from './schemas.ts';
import { saveCase, type CaseSheet } from './queries.ts';
import { formatDate } from '../lib/format.ts';
import { CASE_TEXT_FIELDS, type FactorDef } from '../lib/labels/cases.ts';

/** One row of the support timeline as the form shows it: the agency is its id as a string, or ''. */
export type TimelineRow = { when: string; agency: string; event: string };

export function sheetFormValues(sheet: CaseSheet): FormValues {
  const v: FormValues = {
    classification: sheet.classification ?? '',
    ageBand: sheet.ageBand ?? '',
    sex: sheet.sex ?? '',
    household: sheet.household,
    duration: sheet.duration ?? '',
    firstContact: sheet.firstContact ?? '',
    consent: sheet.consent ?? '',
    involvedAgencyIds: sheet.involvedAgencyIds.map(String),
    gapPoints: sheet.gapPoints,
  };
  for (const f of CASE_TEXT_FIELDS) v[f.key] = sheet[f.key];
  for (const [k, val] of Object.entries(sheet.factors)) v[`factor_${k}`] = val;
  return v;
}

export function sheetTimeline(sheet: CaseSheet): TimelineRow[] {
  return sheet.timeline.map((r) => ({ when: r.when, agency: r.agencyId ? String(r.agencyId) : '', event: r.event }));
}

/** The rows as typed, blank ones dropped, for re-rendering a form that was not accepted. */
export function formTimeline(form: RawForm): TimelineRow[] {
  const arr = (k: string) =>
    form[k] === undefined ? [] : Array.isArray(form[k]) ? (form[k] as string[]) : [form[k] as string];
  const events = arr('tl_event');
  const whens = arr('tl_when');
  const agencies = arr('tl_agency');
  return events
    .map((event, i) => ({ when: whens[i] ?? '', agency: agencies[i] ?? '', event }))
    .filter((r) => r.when.trim() || r.agency || r.event.trim());
}

/** Findings of the guard on what is stored (shown while editing a draft). */
export function sheetFindings(sheet: CaseSheet): { findings: FieldFinding[]; texts: Record<string, string> } {
  const texts = caseTexts(sheet);
  return { findings: scanFields(texts, sheet.piiConfirmed), texts };
}

export type SaveResult =
  | { ok: true; status: 'draft' | 'submitted'; findings: FieldFinding[] }
  | {
      ok: false;
      reason: 'invalid';
      errors: FieldErrors;
      findings: FieldFinding[];
      texts: Record<string, string>;
      submitAttempted: boolean;
    };

/**
 * Validates and saves. A draft is saved whatever the guard finds. A submission needs the
 * required fields and every finding fixed or confirmed; when it fails a draft keeps the
 * typed text (saved as draft), while an already submitted sheet stays as it was.
 */
export function saveCaseForm(
  db: Db,
  sheet: CaseSheet,
  form: RawForm,
  opts: { action: 'draft' | 'submit'; factors: FactorDef[]; agencyIds: Set<number>; enteredByUserId?: number | null },
): SaveResult {
  const parsed = validate(caseFormSchema(opts.factors.map((f) => f.key)), form);
  if (!parsed.ok)
    return {
      ok: false,
      reason: 'invalid',
      errors: parsed.errors,
      findings: [],
      texts: {},
      submitAttempted: opts.action === 'submit',
    };
  const input = parsed.data;
  const texts = caseTexts(input);
  const findings = scanFields(texts, input.piiConfirmed);
  // keep only confirmations of findings still present
  input.piiConfirmed = findings.filter((f) => f.confirmed).map((f) => f.fingerprint);
  const errors: FieldErrors = {};
  if (
    input.involvedAgencyIds.some((id) => !opts.agencyIds.has(id)) ||
    input.timeline.some((r) => r.agencyId !== null && !opts.agencyIds.has(r.agencyId))
  )
    errors.involvedAgencyIds = '選択できない機関が含まれています。画面を再読み込みしてください。';
  if (Object.keys(errors).length)
    return { ok: false, reason: 'invalid', errors, findings, texts, submitAttempted: opts.action === 'submit' };

  if (opts.action === 'draft') {
    saveCase(db, sheet, input, 'draft', opts.enteredByUserId);
    return { ok: true, status: 'draft', findings };
  }
  Object.assign(errors, submissionErrors(input, opts.factors));
  for (const f of findings.filter((x) => !x.confirmed)) {
    const key = f.field.startsWith('timeline.') ? 'timeline' : f.field;
    errors[key] ??= '個人を特定できる情報の可能性がある記載があります。上の一覧で確認してください。';
  }
  if (Object.keys(errors).length) {
    if (sheet.status === 'draft') saveCase(db, sheet, input, 'draft', opts.enteredByUserId);
    return { ok: false, reason: 'invalid', errors, findings, texts, submitAttempted: true };
  }
  saveCase(db, sheet, input, 'submitted', opts.enteredByUserId);
  return { ok: true, status: 'submitted', findings };
}

export type CaseWindow = {
  opensOn: string | null;
  closesOn: string | null;
  editable: boolean;
  submittable: boolean;
  message: string | null;
};

/** Agencies may write until the closing day (JST) and submit once the window has opened. */
export function caseWindow(db: Db, projectId: number, today = todayJst()): CaseWindow {
  const { opensOn, closesOn } = getSurveyWindows(db, projectId).cases;
  const editable = !closesOn || today <= closesOn;
  const submittable = editable && (!opensOn || today >= opensOn);
  const message = !editable
    ? '事例の受付期間が終了しました。追加・修正が必要な場合は保健所の担当者にご連絡ください。'
    : !submittable
      ? `事例の受付は${formatDate(opensOn)}から始まります。それまでは下書きとして保存できます。`
      : null;
  return { opensOn, closesOn, editable, submittable, message };
}
