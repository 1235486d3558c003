// Reads and writes of the hearing plan: which of the project's active agencies staff chose for a
// hearing, and which active agencies have a hearing record.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, hearingPlans, hearingRecords } from '../db/schema.ts';
import { hearingProgress, type HearingProgress } from './progress.ts';

/** Active agencies chosen for a hearing. */
export function listPlannedAgencyIds(db: Db, projectId: number): number[] {
  return db
    .select({ id: hearingPlans.agencyId })
    .from(hearingPlans)
    .innerJoin(agencies, eq(agencies.id, hearingPlans.agencyId))
    .where(and(eq(hearingPlans.projectId, projectId), isNull(agencies.archivedAt)))
    .all()
    .map((r) => r.id);
}

/** Active agencies with at least one hearing record. */
export function listHeardAgencyIds(db: Db, projectId: number): number[] {
  return db
    .selectDistinct({ id: hearingRecords.agencyId })
    .from(hearingRecords)
    .innerJoin(agencies, eq(agencies.id, hearingRecords.agencyId))
    .where(and(eq(hearingRecords.projectId, projectId), isNull(agencies.archivedAt)))
    .all()
    .map((r) => r.id);
}

/** The hearing 実施率 of the project (dashboard, hearing list, packet). */
export function hearingProgressFor(db: Db, projectId: number): HearingProgress {
  return hearingProgress(listPlannedAgencyIds(db, projectId), listHeardAgencyIds(db, projectId));
}

/**
 * Sets the plan for the agencies in `choices` (the active ones the form listed): those in `chosen`
 * are planned, the others not; archived agencies keep what they had.
 */
export function replaceHearingPlan(db: Db, projectId: number, choices: readonly number[], chosen: readonly number[]) {
  if (choices.length)
    db.delete(hearingPlans)
      .where(and(eq(hearingPlans.projectId, projectId), inArray(hearingPlans.agencyId, [...choices])))
      .run();
  for (const agencyId of chosen) db.insert(hearingPlans).values({ projectId, agencyId }).run();
}

/** Every planned agency id, archived ones included (bundle export). */
export function listAllPlannedAgencyIds(db: Db, projectId: number): number[] {
  return db
    .select({ id: hearingPlans.agencyId })
    .from(hearingPlans)
    .where(eq(hearingPlans.projectId, projectId))
    .orderBy(hearingPlans.agencyId)
    .all()
    .map((r) => r.id);
}
