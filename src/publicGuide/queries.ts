// Named reads and writes of the public consultation guide.
import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, projects, publicGuideEntries, publicGuides } from '../db/schema.ts';
import type { GuideEntry } from './guide.ts';

export type PublicGuide = typeof publicGuides.$inferSelect;

export function findGuide(db: Db, projectId: number): PublicGuide | undefined {
  return db.select().from(publicGuides).where(eq(publicGuides.projectId, projectId)).get();
}

/** The guide and its project's name for a public slug; only an enabled guide is found. */
export function findEnabledGuideBySlug(db: Db, slug: string) {
  return db
    .select({ guide: publicGuides, projectName: projects.name })
    .from(publicGuides)
    .innerJoin(projects, eq(projects.id, publicGuides.projectId))
    .where(and(eq(publicGuides.slug, slug), eq(publicGuides.enabled, true)))
    .get();
}

/** A slug nobody can guess from the project id (the page is public, the project list is not). */
export const newGuideSlug = () => randomBytes(8).toString('base64url').toLowerCase().replace(/[-_]/g, 'x');

export function upsertGuide(
  db: Db,
  projectId: number,
  values: { enabled: boolean; title: string; intro: string },
  now: string,
): PublicGuide {
  return db
    .insert(publicGuides)
    .values({ projectId, slug: newGuideSlug(), ...values, updatedAt: now })
    .onConflictDoUpdate({ target: publicGuides.projectId, set: { ...values, updatedAt: now } })
    .returning()
    .get();
}

const entryColumns = {
  agencyId: agencies.id,
  name: agencies.name,
  field: agencies.field,
  ageMin: agencies.ageMin,
  ageMax: agencies.ageMax,
  archivedAt: agencies.archivedAt,
  optedIn: publicGuideEntries.optedIn,
  offers: publicGuideEntries.offers,
  reach: publicGuideEntries.reach,
  hours: publicGuideEntries.hours,
  familyOnly: publicGuideEntries.familyOnly,
  anonymous: publicGuideEntries.anonymous,
  needs: publicGuideEntries.needs,
  checkedAt: publicGuideEntries.checkedAt,
  updatedAt: publicGuideEntries.updatedAt,
};

function entryQuery(db: Db) {
  return db
    .select(entryColumns)
    .from(agencies)
    .leftJoin(publicGuideEntries, eq(publicGuideEntries.agencyId, agencies.id));
}
type EntryRow = ReturnType<ReturnType<typeof entryQuery>['all']>[number];

function toEntry(r: EntryRow): GuideEntry {
  return {
    agencyId: r.agencyId,
    name: r.name,
    field: r.field,
    ageMin: r.ageMin,
    ageMax: r.ageMax,
    archived: r.archivedAt !== null,
    optedIn: r.optedIn ?? false,
    offers: r.offers ?? '',
    reach: r.reach ?? '',
    hours: r.hours ?? '',
    familyOnly: r.familyOnly ?? false,
    anonymous: r.anonymous ?? false,
    needs: r.needs ?? [],
    checkedAt: r.checkedAt ?? null,
    saved: r.updatedAt !== null,
  };
}

/** Every agency of the project with its entry (an agency without one has an empty entry). */
export function listGuideEntries(db: Db, projectId: number): GuideEntry[] {
  return entryQuery(db).where(eq(agencies.projectId, projectId)).orderBy(asc(agencies.id)).all().map(toEntry);
}

export function findGuideEntry(db: Db, projectId: number, agencyId: number): GuideEntry | undefined {
  const row = entryQuery(db)
    .where(and(eq(agencies.projectId, projectId), eq(agencies.id, agencyId)))
    .get();
  return row && toEntry(row);
}

export type GuideEntryValues = Omit<typeof publicGuideEntries.$inferInsert, 'agencyId' | 'projectId' | 'updatedAt'>;

export function upsertGuideEntry(
  db: Db,
  ids: { projectId: number; agencyId: number },
  values: GuideEntryValues,
  now: string,
): void {
  db.insert(publicGuideEntries)
    .values({ ...ids, ...values, updatedAt: now })
    .onConflictDoUpdate({ target: publicGuideEntries.agencyId, set: { ...values, updatedAt: now } })
    .run();
}
