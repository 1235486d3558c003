// State changes of an issue row's follow-up: owner/due/target meeting, and a dated history entry
// (a new status also changes the row's status). Checked against the project, audited.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, meetings } from '../db/schema.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { nowIso } from '../lib/time.ts';
import { insertHistory, setRowStatus, upsertFollowup } from './queries.ts';
import type { FollowupInput, HistoryInput } from './schemas.ts';

type Result = { ok: true } | { ok: false; reason: 'not_found' };
const audit = (db: Db, actor: Actor, projectId: number, action: string, rowId: number, detail = '') =>
  recordAudit(db, { projectId, actor, action, entity: 'issue_row', entityId: rowId, detail });

const agencyIn = (db: Db, projectId: number, id: number) =>
  !!db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.projectId, projectId), eq(agencies.id, id)))
    .get();
const meetingIn = (db: Db, projectId: number, id: number) =>
  !!db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.projectId, projectId), eq(meetings.id, id)))
    .get();

export function saveFollowup(db: Db, actor: Actor, projectId: number, rowId: number, input: FollowupInput): Result {
  const agencyId = input.owner.startsWith('agency:') ? Number(input.owner.slice('agency:'.length)) : null;
  if (agencyId !== null && !agencyIn(db, projectId, agencyId)) return { ok: false, reason: 'not_found' };
  if (input.targetMeetingId !== null && !meetingIn(db, projectId, input.targetMeetingId))
    return { ok: false, reason: 'not_found' };
  db.transaction(() => {
    upsertFollowup(db, {
      rowId,
      ownerKind: agencyId !== null ? 'agency' : input.owner === 'centre' ? 'centre' : '',
      ownerAgencyId: agencyId,
      dueOn: input.dueOn,
      targetMeetingId: input.targetMeetingId,
    });
    audit(db, actor, projectId, 'follow_up', rowId, `${input.owner} ${input.dueOn ?? ''}`);
  });
  return { ok: true };
}

export function addHistory(db: Db, actor: Actor, projectId: number, rowId: number, input: HistoryInput): Result {
  if (input.meetingId !== null && !meetingIn(db, projectId, input.meetingId)) return { ok: false, reason: 'not_found' };
  db.transaction(() => {
    insertHistory(db, { projectId, rowId, ...input });
    if (input.status) setRowStatus(db, projectId, rowId, input.status, nowIso());
    audit(db, actor, projectId, 'history', rowId, input.note.slice(0, 60));
  });
  return { ok: true };
}
