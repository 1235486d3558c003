// The live_events log: every change that participants or the wall must see appends a row here
// inside the same transaction as the change; the hub reads it back to publish (and to replay).
// A 'card' event names one card, sent as a delta; a 'state' event re-renders the whole board.
import { and, asc, eq, gt, max, sql } from 'drizzle-orm';
import { perDb, type Db } from '../db/client.ts';
import { liveEvents } from '../db/schema.ts';
import { invalidateMeeting } from './liveCache.ts';

export type LiveEvent = typeof liveEvents.$inferSelect;

function prepare(db: Db) {
  const p = sql.placeholder;
  return {
    insert: db
      .insert(liveEvents)
      .values({ meetingId: p('meetingId'), kind: p('kind'), groupId: p('groupId'), cardId: p('cardId') })
      .prepare(),
    after: db
      .select()
      .from(liveEvents)
      .where(and(eq(liveEvents.meetingId, p('meetingId')), gt(liveEvents.id, p('afterId'))))
      .orderBy(asc(liveEvents.id))
      .prepare(),
    last: db
      .select({ id: max(liveEvents.id) })
      .from(liveEvents)
      .where(eq(liveEvents.meetingId, p('meetingId')))
      .prepare(),
  };
}
const q = perDb(prepare);

/** One card changed; `groupId` is the group sheet that must hear of it (a move records both). */
export function recordCard(db: Db, meetingId: number, card: { id: number; groupId: number }): void {
  q(db).insert.run({ meetingId, kind: 'card', groupId: card.groupId, cardId: card.id });
}

/** A field of a group's live sheet changed. */
export function recordField(db: Db, meetingId: number, groupId: number, fieldId: number): void {
  q(db).insert.run({ meetingId, kind: 'field', groupId, cardId: fieldId });
}

export function recordState(db: Db, meetingId: number): void {
  q(db).insert.run({ meetingId, kind: 'state', groupId: null, cardId: null });
  invalidateMeeting(db, meetingId);
}

export function eventsAfter(db: Db, meetingId: number, afterId: number): LiveEvent[] {
  return q(db).after.all({ meetingId, afterId });
}

export function lastEventId(db: Db, meetingId: number): number {
  return q(db).last.get({ meetingId })?.id ?? 0;
}
