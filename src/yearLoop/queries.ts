// Which project came before and after this one in the yearly chain (次年度への引き継ぎ).
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { projectLineage, projects } from '../db/schema.ts';

/** The lineage row of a next-year project (null for a first year). */
export function findLineage(db: Db, projectId: number) {
  return db.select().from(projectLineage).where(eq(projectLineage.projectId, projectId)).get();
}

/** The project made from this one with 「次年度のプロジェクトを作成」, if any. */
export function findNextYear(db: Db, projectId: number) {
  return db.select().from(projectLineage).where(eq(projectLineage.previousProjectId, projectId)).get();
}

export type YearNeighbour = { id: number; name: string };

/** The previous and next year's projects, for the dashboard's links between years. */
export function yearNeighbours(db: Db, projectId: number) {
  const named = (id: number | null | undefined): YearNeighbour | null =>
    id == null
      ? null
      : (db.select({ id: projects.id, name: projects.name }).from(projects).where(eq(projects.id, id)).get() ?? null);
  return {
    previousYear: named(findLineage(db, projectId)?.previousProjectId),
    nextYear: named(findNextYear(db, projectId)?.projectId),
  };
}
