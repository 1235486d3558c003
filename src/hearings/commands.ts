// Every state change of the hearing records, one function each: it checks what needs the
// database (the record, theme or comment belongs to the project, the agency is the project's,
// the excerpt quotes the record), writes inside one transaction together with its audit entry,
// and says what happened. Input is already parsed by the schemas in ./schemas.ts.
import type { Db } from '../db/client.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import type { FieldErrors } from '../http/form.ts';
import { findAgency, listAgencies } from '../agencies/queries.ts';
import { replaceHearingPlan } from './planQueries.ts';
import type { HearingInput, PassageInput } from './schemas.ts';
import {
  addTheme,
  deleteHearing,
  deletePassage,
  deleteTheme,
  findHearing,
  findSharedHearing,
  insertComment,
  insertHearing,
  insertPassage,
  setPassageShared,
  listThemes,
  resolveComment,
  setHearingShared,
  updateHearing,
  type HearingRecord,
  type HearingTheme,
} from './queries.ts';
import { HEARING_SECTION_IDS } from '../lib/labels/hearings.ts';
import type { VersionDifference } from '../cases/versionConflict.ts';
import { hearingVersionDifferences } from './versionConflict.ts';

/** The message a form shows when the chosen agency is not one of the project's. */
const audit = (
  db: Db,
  actor: Actor,
  projectId: number,
  action: string,
  entity: string,
  entityId: number,
  detail = '',
) => recordAudit(db, { projectId, actor, action, entity, entityId, detail });

export const UNKNOWN_AGENCY_ERRORS: FieldErrors = { agencyId: 'ヒアリング先の機関を選んでください' };

export type CreateHearingResult = { ok: true; hearing: HearingRecord } | { ok: false; reason: 'unknown_agency' };

/** Staff record a hearing with one of the project's agencies (audited). */
export function createHearing(
  db: Db,
  actor: Actor,
  input: { projectId: number; userId: number | null; hearing: HearingInput },
): CreateHearingResult {
  return db.transaction(() => {
    if (!findAgency(db, input.projectId, input.hearing.agencyId))
      return { ok: false as const, reason: 'unknown_agency' };
    const hearing = insertHearing(db, input.projectId, input.hearing, input.userId);
    audit(db, actor, input.projectId, 'create', 'hearing', hearing.id, hearing.date);
    return { ok: true as const, hearing };
  });
}

export type EditHearingResult =
  | { ok: true }
  | { ok: false; reason: 'not_found' | 'unknown_agency' }
  | { ok: false; reason: 'conflict'; differences: VersionDifference[] };

/**
 * Staff save changes to a record (audited). `loadedVersion` is the version the form was loaded
 * with: when somebody saved a different text since, the save is refused with both versions.
 */
export function editHearing(
  db: Db,
  actor: Actor,
  input: { projectId: number; hearingId: number; hearing: HearingInput; loadedVersion?: number },
): EditHearingResult {
  return db.transaction(() => {
    const stored = findHearing(db, input.projectId, input.hearingId);
    if (!stored) return { ok: false as const, reason: 'not_found' };
    if (!findAgency(db, input.projectId, input.hearing.agencyId))
      return { ok: false as const, reason: 'unknown_agency' };
    if (input.loadedVersion !== undefined && input.loadedVersion !== stored.version) {
      const name = (id: number) => findAgency(db, input.projectId, id)?.name ?? '';
      const differences = hearingVersionDifferences(stored, input.hearing, name);
      if (differences.length) return { ok: false as const, reason: 'conflict', differences };
    }
    updateHearing(db, input.projectId, input.hearingId, input.hearing);
    audit(db, actor, input.projectId, 'update', 'hearing', input.hearingId, input.hearing.date);
    return { ok: true as const };
  });
}

export type RemoveHearingResult = { ok: true } | { ok: false; reason: 'not_found' };

/** Staff delete a record with its passages and comments (audited). */
export function removeHearing(
  db: Db,
  actor: Actor,
  input: { projectId: number; hearingId: number },
): RemoveHearingResult {
  return db.transaction(() => {
    const hearing = findHearing(db, input.projectId, input.hearingId);
    if (!hearing) return { ok: false as const, reason: 'not_found' };
    deleteHearing(db, input.projectId, hearing.id);
    audit(db, actor, input.projectId, 'delete', 'hearing', hearing.id, hearing.date);
    return { ok: true as const };
  });
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/**
 * A passage must quote the record: the excerpt has to appear in the chosen section (or, for
 * "記録全体", in some section, which then becomes its section). Themes must be the project's.
 */
function checkPassage(
  hearing: HearingRecord,
  themeIds: Set<number>,
  p: PassageInput,
): { ok: true; data: PassageInput } | { ok: false; errors: FieldErrors } {
  if (p.themeIds.some((id) => !themeIds.has(id)))
    return { ok: false, errors: { themeIds: '選択できないテーマが含まれています。画面を再読み込みしてください。' } };
  if (p.sectionId && !hearing.sections[p.sectionId])
    return { ok: false, errors: { sectionId: 'この項目には本文がありません。' } };
  if (!p.excerpt) return { ok: true, data: p };
  const needle = squash(p.excerpt);
  const candidates = p.sectionId ? [p.sectionId] : HEARING_SECTION_IDS;
  const found = candidates.find((id) => squash(hearing.sections[id] ?? '').includes(needle));
  if (!found)
    return {
      ok: false,
      errors: { excerpt: '記録の本文にある文章をそのまま貼り付けてください（選んだ項目の中に見つかりません）。' },
    };
  return { ok: true, data: { ...p, sectionId: found } };
}

export type TagPassageResult =
  | { ok: true; passageId: number }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'invalid'; errors: FieldErrors };

/** Staff tag a passage of a record (an excerpt, a section or the whole record) with themes (audited). */
export function tagPassage(
  db: Db,
  actor: Actor,
  input: { projectId: number; hearingId: number; passage: PassageInput },
): TagPassageResult {
  return db.transaction(() => {
    const hearing = findHearing(db, input.projectId, input.hearingId);
    if (!hearing) return { ok: false as const, reason: 'not_found' as const };
    const themeIds = new Set(listThemes(db, input.projectId).map((t) => t.id));
    const checked = checkPassage(hearing, themeIds, input.passage);
    if (!checked.ok) return { ok: false as const, reason: 'invalid' as const, errors: checked.errors };
    const passageId = insertPassage(db, input.projectId, hearing.id, checked.data);
    audit(db, actor, input.projectId, 'create', 'hearing_passage', passageId, checked.data.excerpt.slice(0, 60));
    return { ok: true as const, passageId };
  });
}

export type NotFoundResult = { ok: true } | { ok: false; reason: 'not_found' };

/** Staff remove a tagged passage from a record (audited). */
export function untagPassage(
  db: Db,
  actor: Actor,
  input: { projectId: number; hearingId: number; passageId: number },
): NotFoundResult {
  return db.transaction(() => {
    if (!deletePassage(db, input.projectId, input.hearingId, input.passageId))
      return { ok: false as const, reason: 'not_found' as const };
    audit(db, actor, input.projectId, 'delete', 'hearing_passage', input.passageId);
    return { ok: true as const };
  });
}

/**
 * The agency's choice for one passage of its record — print with its name, or as 「ある機関」 and
 * never on another agency's link — recorded by staff or by the agency itself (audited).
 */
export function setPassageSharing(
  db: Db,
  actor: Actor,
  input: { projectId: number; hearingId: number; passageId: number; shared: boolean },
): NotFoundResult {
  return db.transaction(() => {
    if (!setPassageShared(db, input.projectId, input.hearingId, input.passageId, input.shared))
      return { ok: false as const, reason: 'not_found' as const };
    audit(db, actor, input.projectId, input.shared ? 'share' : 'unshare', 'hearing_passage', input.passageId);
    return { ok: true as const };
  });
}

/** Staff share a record with its agency, or stop sharing it (audited as share / unshare). */
export function setHearingSharing(
  db: Db,
  actor: Actor,
  input: { projectId: number; hearingId: number; shared: boolean },
): NotFoundResult {
  return db.transaction(() => {
    if (!findHearing(db, input.projectId, input.hearingId)) return { ok: false as const, reason: 'not_found' as const };
    setHearingShared(db, input.projectId, input.hearingId, input.shared);
    audit(db, actor, input.projectId, input.shared ? 'share' : 'unshare', 'hearing', input.hearingId);
    return { ok: true as const };
  });
}

/** Staff mark an agency's correction request as dealt with (audited). */
export function resolveCorrection(
  db: Db,
  actor: Actor,
  input: { projectId: number; hearingId: number; commentId: number },
): NotFoundResult {
  return db.transaction(() => {
    if (!findHearing(db, input.projectId, input.hearingId) || !resolveComment(db, input.hearingId, input.commentId))
      return { ok: false as const, reason: 'not_found' as const };
    audit(db, actor, input.projectId, 'resolve', 'hearing_comment', input.commentId);
    return { ok: true as const };
  });
}

/** The agency sends a correction request on a record shared with it (audited). */
export function sendCorrection(
  db: Db,
  actor: Actor,
  input: { agency: { id: number; projectId: number }; hearingId: number; body: string },
): NotFoundResult {
  return db.transaction(() => {
    if (!findSharedHearing(db, input.agency, input.hearingId))
      return { ok: false as const, reason: 'not_found' as const };
    insertComment(db, input.hearingId, input.agency.id, input.body);
    audit(db, actor, input.agency.projectId, 'comment', 'hearing', input.hearingId);
    return { ok: true as const };
  });
}

/** Staff add a theme to tag with; an existing theme of that name is returned as is (audited either way). */
export function addHearingTheme(
  db: Db,
  actor: Actor,
  input: { projectId: number; label: string },
): { ok: true; theme: HearingTheme } {
  return db.transaction(() => {
    const theme = addTheme(db, input.projectId, input.label);
    audit(db, actor, input.projectId, 'create', 'hearing_theme', theme.id, theme.label);
    return { ok: true as const, theme };
  });
}

/** Staff delete a theme; its tags come off the passages (audited). */
export function removeHearingTheme(
  db: Db,
  actor: Actor,
  input: { projectId: number; themeId: number },
): NotFoundResult {
  return db.transaction(() => {
    const theme = deleteTheme(db, input.projectId, input.themeId);
    if (!theme) return { ok: false as const, reason: 'not_found' as const };
    audit(db, actor, input.projectId, 'delete', 'hearing_theme', theme.id, theme.label);
    return { ok: true as const };
  });
}

export type SetHearingPlanResult = { ok: true; planned: number } | { ok: false; reason: 'unknown_agency' };

/** Staff choose the agencies to hear (ヒアリング予定), the base of the 実施率 (audited). */
export function setHearingPlan(
  db: Db,
  actor: Actor,
  input: { projectId: number; agencyIds: number[] },
): SetHearingPlanResult {
  return db.transaction(() => {
    const active = listAgencies(db, input.projectId, 'active').map((a) => a.id);
    if (input.agencyIds.some((id) => !active.includes(id))) return { ok: false as const, reason: 'unknown_agency' };
    replaceHearingPlan(db, input.projectId, active, input.agencyIds);
    audit(db, actor, input.projectId, 'update', 'hearing_plan', input.projectId, `予定 ${input.agencyIds.length}機関`);
    return { ok: true as const, planned: input.agencyIds.length };
  });
}
