// The live_events log: every change that participants or the wall must see appends a row here
// inside the same transaction as the change; the hub reads it back to publish (and to replay).
import { and, asc, eq, gt, max } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { liveEvents } from '../db/schema.ts';

export type LiveEvent = typeof liveEvents.$inferSelect;

export function recordCell(db: Db, meetingId: number, groupId: number, promptId: number): void {
  db.insert(liveEvents).values({ meetingId, kind: 'cell', groupId, promptId }).run();
}

export function recordState(db: Db, meetingId: number): void {
  db.insert(liveEvents).values({ meetingId, kind: 'state' }).run();
}

export function eventsAfter(db: Db, meetingId: number, afterId: number): LiveEvent[] {
  return db
    .select()
    .from(liveEvents)
    .where(and(eq(liveEvents.meetingId, meetingId), gt(liveEvents.id, afterId)))
    .orderBy(asc(liveEvents.id))
    .all();
}

export function lastEventId(db: Db, meetingId: number): number {
  return (
    db
      .select({ id: max(liveEvents.id) })
      .from(liveEvents)
      .where(eq(liveEvents.meetingId, meetingId))
      .get()?.id ?? 0
  );
}
