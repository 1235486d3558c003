import { and, asc, count, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies } from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';
import { issueAgencyLink } from './links.ts';
import type { AgencyInput } from './schemas.ts';

export type Agency = typeof agencies.$inferSelect;

export function countActiveAgencies(db: Db, projectId: number): number {
  return db
    .select({ n: count() })
    .from(agencies)
    .where(and(eq(agencies.projectId, projectId), isNull(agencies.archivedAt)))
    .get()!.n;
}

export function listAgencies(db: Db, projectId: number, which: 'active' | 'archived'): Agency[] {
  return db
    .select()
    .from(agencies)
    .where(
      and(
        eq(agencies.projectId, projectId),
        which === 'active' ? isNull(agencies.archivedAt) : isNotNull(agencies.archivedAt),
      ),
    )
    .orderBy(asc(agencies.id))
    .all();
}

export function findAgency(db: Db, projectId: number, id: number): Agency | undefined {
  return db
    .select()
    .from(agencies)
    .where(and(eq(agencies.projectId, projectId), eq(agencies.id, id)))
    .get();
}

export function agencyKeys(db: Db, projectId: number): string[] {
  return db
    .select({ key: agencies.key })
    .from(agencies)
    .where(eq(agencies.projectId, projectId))
    .all()
    .map((r) => r.key);
}

export function agencyNames(db: Db, projectId: number): string[] {
  return db
    .select({ name: agencies.name })
    .from(agencies)
    .where(eq(agencies.projectId, projectId))
    .all()
    .map((r) => r.name);
}

/** The keys and names already registered in the project, which an import must not repeat. */
export function existingAgencies(db: Db, projectId: number): { keys: string[]; names: string[] } {
  return { keys: agencyKeys(db, projectId), names: agencyNames(db, projectId) };
}

/** Is `key` used by an agency of the project other than `exceptId`? */
export function keyTaken(db: Db, projectId: number, key: string, exceptId?: number): boolean {
  const row = db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.projectId, projectId), eq(agencies.key, key)))
    .get();
  return !!row && row.id !== exceptId;
}

/** Keys "a1", "a2", … continuing after the highest such key already in use. */
export function nextAgencyKeys(usedKeys: readonly string[], howMany: number): string[] {
  let max = 0;
  for (const k of usedKeys) {
    const m = /^a(\d+)$/.exec(k);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return Array.from({ length: howMany }, (_, i) => `a${max + i + 1}`);
}

/**
 * Inserts agencies and issues each its link; keys left blank are generated.
 * Call inside the caller's transaction when inserting several.
 */
export function insertAgencies(db: Db, projectId: number, inputs: readonly AgencyInput[]): Agency[] {
  const given = inputs.map((i) => i.key).filter(Boolean);
  const generated = nextAgencyKeys([...agencyKeys(db, projectId), ...given], inputs.length);
  let g = 0;
  return inputs.map((input) => {
    const row = db
      .insert(agencies)
      .values({ ...input, key: input.key || generated[g++], projectId })
      .returning()
      .get();
    issueAgencyLink(db, row.id);
    return findAgency(db, projectId, row.id)!;
  });
}

export function updateAgency(db: Db, projectId: number, id: number, input: AgencyInput): void {
  db.update(agencies)
    .set(input)
    .where(and(eq(agencies.projectId, projectId), eq(agencies.id, id)))
    .run();
}

export function setAgencyArchived(db: Db, projectId: number, id: number, archived: boolean): void {
  db.update(agencies)
    .set({ archivedAt: archived ? nowIso() : null })
    .where(and(eq(agencies.projectId, projectId), eq(agencies.id, id)))
    .run();
}
