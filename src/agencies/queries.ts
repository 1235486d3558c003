import { and, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies } from '../db/schema.ts';

export type Agency = typeof agencies.$inferSelect;

export function countActiveAgencies(db: Db, projectId: number): number {
  return db
    .select({ n: count() })
    .from(agencies)
    .where(and(eq(agencies.projectId, projectId), isNull(agencies.archivedAt)))
    .get()!.n;
}
