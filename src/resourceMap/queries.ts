import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies } from '../db/schema.ts';
import type { MapAgency } from './map.ts';

/** The project's current (not archived) agencies in directory order. */
export function listMapAgencies(db: Db, projectId: number): MapAgency[] {
  return db
    .select({
      key: agencies.key,
      name: agencies.name,
      kind: agencies.kind,
      field: agencies.field,
      ageMin: agencies.ageMin,
      ageMax: agencies.ageMax,
    })
    .from(agencies)
    .where(and(eq(agencies.projectId, projectId), isNull(agencies.archivedAt)))
    .orderBy(asc(agencies.id))
    .all();
}
