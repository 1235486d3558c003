import { and, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, meetings } from '../db/schema.ts';
import type { MeetingInput } from './schemas.ts';

export type Meeting = typeof meetings.$inferSelect;
export type AgencyOption = { id: number; name: string; archived: boolean };

export function listMeetings(db: Db, projectId: number): Meeting[] {
  return db
    .select()
    .from(meetings)
    .where(eq(meetings.projectId, projectId))
    .orderBy(asc(meetings.date), asc(meetings.id))
    .all();
}

export function findMeeting(db: Db, projectId: number, meetingId: number): Meeting | undefined {
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.projectId, projectId), eq(meetings.id, meetingId)))
    .get();
}

/** The next free "m<n>" key of a project (imported bundles may bring their own keys). */
function nextMeetingKey(db: Db, projectId: number): string {
  const used = db.select({ key: meetings.key }).from(meetings).where(eq(meetings.projectId, projectId)).all();
  const max = used.reduce((m, { key }) => {
    const n = /^m(\d+)$/.exec(key);
    return n ? Math.max(m, Number(n[1])) : m;
  }, 0);
  return `m${max + 1}`;
}

/** Inserts one meeting with the next free key; several inserts belong in the caller's transaction. */
export function insertMeeting(db: Db, projectId: number, input: MeetingInput): Meeting {
  return db
    .insert(meetings)
    .values({ ...input, projectId, key: nextMeetingKey(db, projectId) })
    .returning()
    .get();
}

export function updateMeeting(db: Db, projectId: number, meetingId: number, input: MeetingInput): void {
  db.update(meetings)
    .set(input)
    .where(and(eq(meetings.projectId, projectId), eq(meetings.id, meetingId)))
    .run();
}

export function deleteMeeting(db: Db, projectId: number, meetingId: number): void {
  db.delete(meetings)
    .where(and(eq(meetings.projectId, projectId), eq(meetings.id, meetingId)))
    .run();
}

/**
 * Agencies that can be ticked as attendees: the project's active agencies, plus archived ones
 * already on the meeting so editing never silently drops them.
 */
export function listAttendeeOptions(db: Db, projectId: number, selected: number[] = []): AgencyOption[] {
  const active = isNull(agencies.archivedAt);
  return db
    .select({ id: agencies.id, name: agencies.name, archivedAt: agencies.archivedAt })
    .from(agencies)
    .where(
      and(eq(agencies.projectId, projectId), selected.length ? or(active, inArray(agencies.id, selected)) : active),
    )
    .orderBy(asc(agencies.id))
    .all()
    .map((a) => ({ id: a.id, name: a.name, archived: a.archivedAt !== null }));
}

/** Names of the given agencies, in the order given, restricted to the project. */
export function agencyNames(db: Db, projectId: number, ids: number[]): { id: number; name: string }[] {
  if (!ids.length) return [];
  const rows = db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(and(eq(agencies.projectId, projectId), inArray(agencies.id, ids)))
    .all();
  return ids.flatMap((id) => rows.filter((r) => r.id === id));
}
