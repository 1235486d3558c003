// State changes of the meetings, one function per action. Each checks what needs the database
// (the ticked agencies belong to the project, nothing refers to a meeting being deleted), writes
// inside one transaction together with its audit entry, and returns a result union.
import type { Db } from '../db/client.ts';
import type { FieldErrors } from '../http/form.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import {
  deleteMeeting,
  insertMeeting,
  listAttendeeOptions,
  listMeetings,
  updateMeeting,
  type Meeting,
} from './queries.ts';
import type { MeetingInput } from './schemas.ts';
import { standardSchedule } from './schedule.ts';
import { referencesTo } from './extensions.ts';

type Invalid = { ok: false; errors: FieldErrors };

const auditMeeting = (db: Db, actor: Actor, action: string, m: Meeting) =>
  recordAudit(db, {
    projectId: m.projectId,
    actor,
    action,
    entity: 'meeting',
    entityId: m.key,
    detail: `${m.title}（${m.date}）`,
  });

/** Every ticked agency must be one the form offered: the project's active ones plus those already on it. */
function checkAttendees(db: Db, projectId: number, input: MeetingInput, current: number[]): Invalid | null {
  const allowed = new Set(listAttendeeOptions(db, projectId, current).map((a) => a.id));
  if (input.attendeeAgencyIds.every((id) => allowed.has(id))) return null;
  return {
    ok: false,
    errors: { attendeeAgencyIds: '選択できない機関が含まれています。画面を再読み込みしてください。' },
  };
}

export type StandardScheduleResult = { ok: true } | { ok: false; reason: 'not_empty' };

/** Staff create the year's standard meetings, only on a project that has none (audited per meeting). */
export function createStandardSchedule(
  db: Db,
  actor: Actor,
  input: { projectId: number; fiscalYear: number },
): StandardScheduleResult {
  const { projectId } = input;
  // Only on an empty project: a second click must not duplicate the year.
  if (listMeetings(db, projectId).length) return { ok: false, reason: 'not_empty' };
  const everyone = listAttendeeOptions(db, projectId).map((a) => a.id);
  db.transaction(() => {
    for (const meeting of standardSchedule(input.fiscalYear, everyone))
      auditMeeting(db, actor, 'create', insertMeeting(db, projectId, meeting));
  });
  return { ok: true };
}

export type CreateMeetingResult = { ok: true; meeting: Meeting } | Invalid;

/** Staff create one meeting (audited). */
export function createMeeting(
  db: Db,
  actor: Actor,
  input: { projectId: number; meeting: MeetingInput },
): CreateMeetingResult {
  const invalid = checkAttendees(db, input.projectId, input.meeting, []);
  if (invalid) return invalid;
  return db.transaction(() => {
    const meeting = insertMeeting(db, input.projectId, input.meeting);
    auditMeeting(db, actor, 'create', meeting);
    return { ok: true as const, meeting };
  });
}

export type EditMeetingResult = { ok: true } | Invalid;

/** Staff change a meeting (audited). */
export function editMeeting(
  db: Db,
  actor: Actor,
  input: { meeting: Meeting; changes: MeetingInput },
): EditMeetingResult {
  const { meeting, changes } = input;
  const invalid = checkAttendees(db, meeting.projectId, changes, meeting.attendeeAgencyIds);
  if (invalid) return invalid;
  db.transaction(() => {
    updateMeeting(db, meeting.projectId, meeting.id, changes);
    auditMeeting(db, actor, 'update', { ...meeting, ...changes });
  });
  return { ok: true };
}

export type RemoveMeetingResult =
  { ok: true } | { ok: false; reason: 'referenced'; blockers: { label: string; count: number }[] };

/** Staff delete a meeting that nothing refers to any more (audited). */
export function removeMeeting(db: Db, actor: Actor, input: { meeting: Meeting }): RemoveMeetingResult {
  const { meeting } = input;
  const blockers = referencesTo(db, meeting);
  if (blockers.length) return { ok: false, reason: 'referenced', blockers };
  db.transaction(() => {
    deleteMeeting(db, meeting.projectId, meeting.id);
    auditMeeting(db, actor, 'delete', meeting);
  });
  return { ok: true };
}
