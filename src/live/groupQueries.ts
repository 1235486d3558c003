// Named queries for a live meeting's groups and the participants who joined them.
import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { liveGroups, liveParticipants } from '../db/schema.ts';
import { agencyNames, listAttendeeOptions } from '../meetings/queries.ts';
import { recordState } from './eventQueries.ts';
import { countCards } from './cardQueries.ts';
import { cachedGroups, preparedParticipant } from './liveCache.ts';

export type LiveGroup = typeof liveGroups.$inferSelect;
export type LiveParticipant = typeof liveParticipants.$inferSelect;

export function listGroups(db: Db, meetingId: number): LiveGroup[] {
  return cachedGroups(db, meetingId);
}

export function findGroup(db: Db, meetingId: number, groupId: number): LiveGroup | undefined {
  return cachedGroups(db, meetingId).find((g) => g.id === groupId);
}

export function findGroupByName(db: Db, meetingId: number, name: string): LiveGroup | undefined {
  return db
    .select()
    .from(liveGroups)
    .where(and(eq(liveGroups.meetingId, meetingId), eq(liveGroups.name, name)))
    .get();
}

export function createGroup(db: Db, meetingId: number, name: string, agencyIds: number[] = []): LiveGroup {
  return db.transaction(() => {
    const group = db.insert(liveGroups).values({ meetingId, name, agencyIds }).returning().get();
    recordState(db, meetingId);
    return group;
  });
}

/** Deletes a group that holds no cards; returns false when it still has some. */
export function deleteGroup(db: Db, meetingId: number, groupId: number): boolean {
  return db.transaction(() => {
    if (countCards(db, meetingId, { groupId }) > 0) return false;
    db.delete(liveGroups)
      .where(and(eq(liveGroups.meetingId, meetingId), eq(liveGroups.id, groupId)))
      .run();
    recordState(db, meetingId);
    return true;
  });
}

export function participantCounts(db: Db, meetingId: number): Map<number, number> {
  const rows = db
    .select({ groupId: liveParticipants.groupId, n: count() })
    .from(liveParticipants)
    .where(eq(liveParticipants.meetingId, meetingId))
    .groupBy(liveParticipants.groupId)
    .all();
  return new Map(rows.filter((r) => r.groupId !== null).map((r) => [r.groupId!, r.n]));
}

export function findParticipant(db: Db, meetingId: number, tokenHash: string): LiveParticipant | undefined {
  return preparedParticipant(db, meetingId, tokenHash);
}

export function saveParticipant(
  db: Db,
  meetingId: number,
  input: { tokenHash: string; groupId: number; agencyId: number | null; agencyLabel: string },
): LiveParticipant {
  const existing = findParticipant(db, meetingId, input.tokenHash);
  if (existing) {
    return db
      .update(liveParticipants)
      .set({ groupId: input.groupId, agencyId: input.agencyId, agencyLabel: input.agencyLabel })
      .where(eq(liveParticipants.id, existing.id))
      .returning()
      .get();
  }
  return db
    .insert(liveParticipants)
    .values({ meetingId, ...input })
    .returning()
    .get();
}

/** The agencies a participant may pick: the meeting's attendees, or else every active agency of the project. */
export function participantAgencies(
  db: Db,
  meeting: { projectId: number; attendeeAgencyIds: number[] },
): { id: number; name: string }[] {
  const attendees = agencyNames(db, meeting.projectId, meeting.attendeeAgencyIds);
  return attendees.length ? attendees : listAttendeeOptions(db, meeting.projectId).filter((a) => !a.archived);
}
