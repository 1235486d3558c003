import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { meetingMinutes, minutesVersions } from '../db/schema.ts';
import type { MinutesContent } from './content.ts';

export type MinutesVersion = typeof minutesVersions.$inferSelect;

export function findDraft(db: Db, meetingId: number) {
  return db.select().from(meetingMinutes).where(eq(meetingMinutes.meetingId, meetingId)).get();
}

export function upsertDraft(db: Db, projectId: number, meetingId: number, content: MinutesContent, at: string) {
  db.insert(meetingMinutes)
    .values({ projectId, meetingId, content, updatedAt: at })
    .onConflictDoUpdate({ target: meetingMinutes.meetingId, set: { content, updatedAt: at } })
    .run();
}

export function listVersions(db: Db, meetingId: number): MinutesVersion[] {
  return db
    .select()
    .from(minutesVersions)
    .where(eq(minutesVersions.meetingId, meetingId))
    .orderBy(desc(minutesVersions.version))
    .all();
}

export function latestVersion(db: Db, meetingId: number): MinutesVersion | undefined {
  return listVersions(db, meetingId)[0];
}

export function findVersion(db: Db, meetingId: number, version: number): MinutesVersion | undefined {
  return db
    .select()
    .from(minutesVersions)
    .where(and(eq(minutesVersions.meetingId, meetingId), eq(minutesVersions.version, version)))
    .get();
}

export function insertVersion(db: Db, values: typeof minutesVersions.$inferInsert): MinutesVersion {
  return db.insert(minutesVersions).values(values).returning().get();
}
