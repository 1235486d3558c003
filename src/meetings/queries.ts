import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { meetings } from '../db/schema.ts';

export type Meeting = typeof meetings.$inferSelect;

export function listMeetings(db: Db, projectId: number): Meeting[] {
  return db.select().from(meetings).where(eq(meetings.projectId, projectId)).orderBy(asc(meetings.date), asc(meetings.id)).all();
}
