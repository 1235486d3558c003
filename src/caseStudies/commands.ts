// State changes of the case-study sheets (事例検討シート), one function per action: each checks
// what needs the database, writes inside one transaction together with its audit entry, and
// returns a result union.
import type { Db } from '../db/client.ts';
import type { FieldErrors } from '../http/form.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { listAgencies } from '../agencies/queries.ts';
import { findCase } from '../cases/queries.ts';
import {
  addAgencyView,
  ensureCaseStudy,
  findCaseStudy,
  saveEntries,
  sheetAgencies,
  type CaseStudy,
  type EntryInput,
  type SaveOutcome,
} from './queries.ts';
import { AGENCY_VIEW_FIELDS, agencySlot, CASE_STUDY_SECTIONS } from '../lib/labels/caseStudies.ts';

type StudyRef = { projectId: number; meetingId: number; studyId: number };
type NotFound = { ok: false; reason: 'not_found' };

const auditStudy = (db: Db, actor: Actor, action: string, study: CaseStudy, detail: string) =>
  recordAudit(db, { projectId: study.projectId, actor, action, entity: 'case_study', entityId: study.id, detail });

/**
 * Starts the sheet of a submitted case at a meeting (or returns the one already started), with
 * the agencies that know the case: the one that submitted it and those involved.
 */
export function createCaseStudy(
  db: Db,
  actor: Actor,
  input: { projectId: number; meetingId: number; caseId: number; userId: number | null },
): { ok: true; study: CaseStudy } | { ok: false; reason: 'not_submitted' } {
  const sheet =
    Number.isInteger(input.caseId) && input.caseId > 0 ? findCase(db, input.projectId, input.caseId) : undefined;
  if (!sheet || sheet.status !== 'submitted') return { ok: false, reason: 'not_submitted' };
  return db.transaction(() => {
    const study = ensureCaseStudy(db, input.projectId, input.meetingId, sheet.id);
    for (const agencyId of new Set([sheet.agencyId, ...sheet.involvedAgencyIds]))
      addAgencyView(db, study.id, agencyId, input.userId);
    auditStudy(db, actor, 'create', study, `事例 ${sheet.key}`);
    return { ok: true as const, study };
  });
}

export type SaveSheetResult =
  ({ ok: true } & SaveOutcome) | { ok: false; reason: 'invalid'; errors: FieldErrors } | NotFound;

/**
 * Saves the fields this person changed, each against the version it was loaded with; fields of
 * slots the sheet does not have are ignored. A field somebody else changed meanwhile comes back
 * as a conflict (the others are saved).
 */
export function saveCaseStudySheet(
  db: Db,
  actor: Actor,
  input: StudyRef & { entries: EntryInput[]; errors: FieldErrors; userId: number | null; autosave?: boolean },
): SaveSheetResult {
  const study = findCaseStudy(db, input.projectId, input.meetingId, input.studyId);
  if (!study) return { ok: false, reason: 'not_found' };
  const sheet = findCase(db, input.projectId, study.caseId)!;
  const allowed = new Set<string>(CASE_STUDY_SECTIONS.map((s) => s.key));
  for (const a of sheetAgencies(db, input.projectId, study, sheet.agencyId))
    for (const f of AGENCY_VIEW_FIELDS) allowed.add(agencySlot(a.id, f.key));
  const errors = Object.fromEntries(Object.entries(input.errors).filter(([key]) => allowed.has(key.slice(2))));
  if (Object.keys(errors).length) return { ok: false, reason: 'invalid', errors };
  const entries = input.entries.filter((e) => allowed.has(e.slot));
  return db.transaction(() => {
    const outcome = saveEntries(db, study.id, entries, input.userId);
    // autosaves are not audited (every pause in typing would be an entry); the save button is
    if (outcome.saved && !input.autosave)
      auditStudy(db, actor, 'update', study, `事例 ${sheet.key}：${outcome.saved}欄を保存`);
    return { ok: true as const, ...outcome };
  });
}

/** Adds an active agency of the project to the sheet so its view can be written. */
export function addCaseStudyAgency(
  db: Db,
  actor: Actor,
  input: StudyRef & { agencyId: string | string[] | undefined; userId: number | null },
): { ok: true; agency: { id: number; name: string } } | NotFound | { ok: false; reason: 'unknown_agency' } {
  const study = findCaseStudy(db, input.projectId, input.meetingId, input.studyId);
  if (!study) return { ok: false, reason: 'not_found' };
  const agency = listAgencies(db, input.projectId, 'active').find((a) => String(a.id) === input.agencyId);
  if (!agency) return { ok: false, reason: 'unknown_agency' };
  return db.transaction(() => {
    addAgencyView(db, study.id, agency.id, input.userId);
    auditStudy(db, actor, 'update', study, `機関を追加：${agency.name}`);
    return { ok: true as const, agency: { id: agency.id, name: agency.name } };
  });
}
