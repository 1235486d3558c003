// State changes of the case sheets, one function per action. Each checks what needs the
// database (the sheet belongs to the project or agency, the agency's window is open), writes
// inside one transaction together with its audit entry, and returns a result union.
import type { Db } from '../db/client.ts';
import type { RawForm } from '../http/form.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { findAgency } from '../agencies/queries.ts';
import { listMeetings } from '../meetings/queries.ts';
import {
  addFactorDef,
  createDraftCase,
  deleteCase,
  findAgencyCase,
  findCase,
  involvableAgencies,
  listFactorDefs,
  projectAgencyNames,
  reopenCase,
  setCandidate,
  type CaseListItem,
  type CaseSheet,
} from './queries.ts';
import { caseWindow, formTimeline, saveCaseForm, sheetFormValues, sheetTimeline, type SaveResult } from './form.ts';
import { caseVersionDifferences, formVersion, type VersionDifference } from './versionConflict.ts';
import type { FieldFinding } from './pii.ts';
import type { FieldErrors } from '../http/form.ts';
import type { FactorDef, FactorGroup } from '../lib/labels/cases.ts';

type CaseAgency = { id: number; projectId: number };
type NotFound = { ok: false; reason: 'not_found' };

const auditCase = (db: Db, projectId: number, actor: Actor, action: string, key: string, detail?: string) =>
  recordAudit(db, {
    projectId,
    actor,
    action,
    entity: 'case',
    entityId: key,
    ...(detail === undefined ? {} : { detail }),
  });

// ---- staff ----

export type CreateCaseResult = { ok: true; sheet: CaseSheet } | { ok: false; reason: 'unknown_agency' };

/** Staff start a sheet on an agency's behalf (代理入力). */
export function createCaseByStaff(
  db: Db,
  actor: Actor,
  input: { projectId: number; agencyId: number; userId: number },
): CreateCaseResult {
  if (!Number.isInteger(input.agencyId) || !findAgency(db, input.projectId, input.agencyId))
    return { ok: false, reason: 'unknown_agency' };
  return db.transaction(() => {
    const sheet = createDraftCase(db, input.projectId, input.agencyId, input.userId);
    auditCase(db, input.projectId, actor, 'create', sheet.key, '代理入力');
    return { ok: true as const, sheet };
  });
}

/** Refused: somebody saved the sheet after this form was loaded, and it now says something else. */
export type VersionConflict = { ok: false; reason: 'conflict'; differences: VersionDifference[] };

/** The conflict when the form was loaded from an older version whose content differs, else null. */
function versionConflict(db: Db, sheet: CaseSheet, form: RawForm): VersionConflict | null {
  const loaded = formVersion(form);
  if (loaded === undefined || loaded === sheet.version) return null;
  const differences = caseVersionDifferences(
    { values: sheetFormValues(sheet), timeline: sheetTimeline(sheet) },
    { values: form, timeline: formTimeline(form) },
    listFactorDefs(db, sheet.projectId),
    projectAgencyNames(db, sheet.projectId),
  );
  return differences.length ? { ok: false, reason: 'conflict', differences } : null;
}

/** Saves the sheet as typed: a draft, or a submission (audited when it went through). */
function saveAudited(
  db: Db,
  actor: Actor,
  sheet: CaseSheet,
  form: RawForm,
  opts: { action: 'draft' | 'submit'; enteredByUserId?: number },
): SaveResult | VersionConflict {
  return db.transaction(() => {
    const conflict = versionConflict(db, sheet, form);
    if (conflict) return conflict;
    const result = saveCaseForm(db, sheet, form, {
      action: opts.action,
      factors: listFactorDefs(db, sheet.projectId),
      agencyIds: new Set(involvableAgencies(db, sheet.projectId, sheet).map((a) => a.id)),
      ...(opts.enteredByUserId === undefined ? {} : { enteredByUserId: opts.enteredByUserId }),
    });
    if (result.ok)
      auditCase(db, sheet.projectId, actor, result.status === 'submitted' ? 'submit' : 'save_draft', sheet.key);
    return result;
  });
}

/** Staff save or submit a sheet at any time; the window only limits the agency's link. */
export function saveCaseByStaff(
  db: Db,
  actor: Actor,
  input: { projectId: number; caseId: number; form: RawForm; action: 'draft' | 'submit'; userId: number },
): SaveResult | VersionConflict | NotFound {
  const sheet = findCase(db, input.projectId, input.caseId);
  if (!sheet) return { ok: false, reason: 'not_found' };
  return saveAudited(db, actor, sheet, input.form, { action: input.action, enteredByUserId: input.userId });
}

export type AutosaveResult =
  | { ok: true; savedAt: string; version: number; findings: FieldFinding[] }
  | VersionConflict
  | { ok: false; reason: 'invalid'; errors: FieldErrors }
  /** Not saved: the sheet is submitted, or the agency's window is closed; message is the window's, if any. */
  | { ok: false; reason: 'not_draft' | 'closed'; message: string | null }
  | NotFound;

/** Saves a draft as it is being typed (not audited, as every keystroke batch would be). */
function autosave(
  db: Db,
  sheet: CaseListItem,
  form: RawForm,
  reload: () => CaseListItem | undefined,
  enteredByUserId?: number,
): AutosaveResult {
  const result = db.transaction(
    () =>
      versionConflict(db, sheet, form) ??
      saveCaseForm(db, sheet, form, {
        action: 'draft',
        factors: listFactorDefs(db, sheet.projectId),
        agencyIds: new Set(involvableAgencies(db, sheet.projectId, sheet).map((a) => a.id)),
        ...(enteredByUserId === undefined ? {} : { enteredByUserId }),
      }),
  );
  if (result.ok) {
    const saved = reload()!;
    return { ok: true, savedAt: saved.savedAt, version: saved.version, findings: result.findings };
  }
  return result.reason === 'conflict' ? result : { ok: false, reason: 'invalid', errors: result.errors };
}

/** Staff's autosave of a draft; a submitted sheet is only saved by resubmitting it. */
export function autosaveCaseByStaff(
  db: Db,
  input: { projectId: number; caseId: number; form: RawForm; userId: number },
): AutosaveResult {
  const sheet = findCase(db, input.projectId, input.caseId);
  if (!sheet) return { ok: false, reason: 'not_found' };
  if (sheet.status !== 'draft') return { ok: false, reason: 'not_draft', message: null };
  return autosave(db, sheet, input.form, () => findCase(db, input.projectId, sheet.id), input.userId);
}

export type CandidateResult = { ok: true } | { ok: false; reason: 'not_found' | 'unknown_meeting' | 'consent_missing' };

/**
 * Marks a case (or stops marking it) as a candidate for a meeting's case study. Proposing needs
 * the case's consent state recorded (同意あり / 同意なし / 不明): it decides what the packet prints.
 */
export function setCaseCandidate(
  db: Db,
  actor: Actor,
  input: { projectId: number; caseId: number; meetingId: number; on: boolean },
): CandidateResult {
  const sheet = findCase(db, input.projectId, input.caseId);
  if (!sheet) return { ok: false, reason: 'not_found' };
  if (!listMeetings(db, input.projectId).some((m) => m.id === input.meetingId))
    return { ok: false, reason: 'unknown_meeting' };
  if (input.on && !sheet.consent) return { ok: false, reason: 'consent_missing' };
  return db.transaction(() => {
    setCandidate(db, sheet.id, input.meetingId, input.on);
    auditCase(
      db,
      input.projectId,
      actor,
      input.on ? 'candidate_add' : 'candidate_remove',
      sheet.key,
      `meeting ${input.meetingId}`,
    );
    return { ok: true as const };
  });
}

/** Staff delete a sheet, draft or submitted. */
export function deleteCaseByStaff(
  db: Db,
  actor: Actor,
  input: { projectId: number; caseId: number },
): { ok: true } | NotFound {
  const sheet = findCase(db, input.projectId, input.caseId);
  if (!sheet) return { ok: false, reason: 'not_found' };
  return db.transaction(() => {
    deleteCase(db, sheet);
    auditCase(db, input.projectId, actor, 'delete', sheet.key);
    return { ok: true as const };
  });
}

/** Adds a project factor (要因) that every sheet of the project then asks about. */
export function addProjectFactor(
  db: Db,
  actor: Actor,
  input: { projectId: number; label: string; group: FactorGroup },
): { ok: true; factor: FactorDef } {
  return db.transaction(() => {
    const factor = addFactorDef(db, input.projectId, { label: input.label, group: input.group });
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'create',
      entity: 'case_factor',
      entityId: factor.key,
      detail: factor.label,
    });
    return { ok: true as const, factor };
  });
}

// ---- agency (/a/:token/cases) ----

/** An agency starts a new sheet while the window is open. */
export function createCaseByAgency(
  db: Db,
  actor: Actor,
  agency: CaseAgency,
): { ok: true; sheet: CaseSheet } | { ok: false; reason: 'closed' } {
  if (!caseWindow(db, agency.projectId).editable) return { ok: false, reason: 'closed' };
  return db.transaction(() => {
    const sheet = createDraftCase(db, agency.projectId, agency.id, null);
    auditCase(db, agency.projectId, actor, 'create', sheet.key);
    return { ok: true as const, sheet };
  });
}

/**
 * An agency saves or submits its draft. Outside the window (or once submitted) nothing is
 * written and the reason comes back, so the typed text can be shown again.
 */
export function saveCaseByAgency(
  db: Db,
  actor: Actor,
  input: { agency: CaseAgency; caseId: number; form: RawForm; action: 'draft' | 'submit' },
): SaveResult | VersionConflict | NotFound | { ok: false; reason: 'refused'; message: string } {
  const sheet = findAgencyCase(db, input.agency, input.caseId);
  if (!sheet) return { ok: false, reason: 'not_found' };
  const window = caseWindow(db, input.agency.projectId);
  const refusal =
    !window.editable || sheet.status !== 'draft'
      ? (window.message ?? '提出済みの事例です。修正する場合は下書きに戻してください。')
      : input.action === 'submit' && !window.submittable
        ? window.message
        : null;
  if (refusal) return { ok: false, reason: 'refused', message: refusal };
  return saveAudited(db, actor, sheet, input.form, { action: input.action });
}

/** The agency's autosave of a draft while the window is open. */
export function autosaveCaseByAgency(
  db: Db,
  input: { agency: CaseAgency; caseId: number; form: RawForm },
): AutosaveResult {
  const sheet = findAgencyCase(db, input.agency, input.caseId);
  if (!sheet) return { ok: false, reason: 'not_found' };
  const window = caseWindow(db, input.agency.projectId);
  if (!window.editable || sheet.status !== 'draft')
    return { ok: false, reason: window.editable ? 'not_draft' : 'closed', message: window.message };
  return autosave(db, sheet, input.form, () => findAgencyCase(db, input.agency, sheet.id));
}

/** An agency takes its submitted sheet back to draft while the window is open. */
export function reopenCaseByAgency(
  db: Db,
  actor: Actor,
  input: { agency: CaseAgency; caseId: number },
): { ok: true } | NotFound | { ok: false; reason: 'not_submitted' | 'closed' } {
  const sheet = findAgencyCase(db, input.agency, input.caseId);
  if (!sheet) return { ok: false, reason: 'not_found' };
  if (sheet.status !== 'submitted') return { ok: false, reason: 'not_submitted' };
  if (!caseWindow(db, input.agency.projectId).editable) return { ok: false, reason: 'closed' };
  return db.transaction(() => {
    reopenCase(db, sheet);
    auditCase(db, input.agency.projectId, actor, 'reopen', sheet.key);
    return { ok: true as const };
  });
}

/** An agency deletes one of its drafts (a submitted sheet stays). */
export function deleteCaseByAgency(
  db: Db,
  actor: Actor,
  input: { agency: CaseAgency; caseId: number },
): { ok: true } | NotFound | { ok: false; reason: 'not_draft' } {
  const sheet = findAgencyCase(db, input.agency, input.caseId);
  if (!sheet) return { ok: false, reason: 'not_found' };
  if (sheet.status !== 'draft') return { ok: false, reason: 'not_draft' };
  return db.transaction(() => {
    deleteCase(db, sheet);
    auditCase(db, input.agency.projectId, actor, 'delete', sheet.key);
    return { ok: true as const };
  });
}
