import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  agencies,
  hearingComments,
  hearingPassages,
  hearingPassageThemes,
  hearingRecords,
  hearingThemes,
} from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';
import type { HearingInput } from './schemas.ts';
import { summariseThemes, type ThemeSummary, type ThemeSummaryInput } from './themeSummary.ts';
import { DEFAULT_HEARING_THEMES } from '../lib/labels/hearings.ts';

export type HearingRecord = typeof hearingRecords.$inferSelect;
export type HearingTheme = typeof hearingThemes.$inferSelect;
export type HearingComment = typeof hearingComments.$inferSelect;
export type Passage = {
  id: number;
  hearingId: number;
  sectionId: string | null;
  excerpt: string;
  themeIds: number[];
  /** The agency agreed that the passage prints with its name (else 「ある機関」). */
  shared: boolean;
};

// ---- themes ----

/** The project's themes; a project without any gets the seed's list first. */
export function listThemes(db: Db, projectId: number): HearingTheme[] {
  const rows = db
    .select()
    .from(hearingThemes)
    .where(eq(hearingThemes.projectId, projectId))
    .orderBy(asc(hearingThemes.position), asc(hearingThemes.id))
    .all();
  if (rows.length) return rows;
  db.insert(hearingThemes)
    .values(DEFAULT_HEARING_THEMES.map((t, i) => ({ projectId, key: t.key, label: t.label, position: i })))
    .onConflictDoNothing()
    .run();
  return db
    .select()
    .from(hearingThemes)
    .where(eq(hearingThemes.projectId, projectId))
    .orderBy(asc(hearingThemes.position), asc(hearingThemes.id))
    .all();
}

/** Adds a theme with the next free key "t1", "t2", … (keys of the seed list are words). */
export function addTheme(db: Db, projectId: number, label: string, key?: string): HearingTheme {
  const existing = listThemes(db, projectId);
  const same = existing.find((t) => t.label === label || (key !== undefined && t.key === key));
  if (same) return same;
  let n = existing.length + 1;
  while (!key && existing.some((t) => t.key === `t${n}`)) n++;
  return db
    .insert(hearingThemes)
    .values({ projectId, key: key ?? `t${n}`, label, position: Math.max(-1, ...existing.map((t) => t.position)) + 1 })
    .returning()
    .get();
}

export function deleteTheme(db: Db, projectId: number, themeId: number): HearingTheme | undefined {
  return db
    .delete(hearingThemes)
    .where(and(eq(hearingThemes.projectId, projectId), eq(hearingThemes.id, themeId)))
    .returning()
    .get();
}

// ---- records ----

export type HearingListItem = HearingRecord & {
  agencyName: string;
  agencyKey: string;
  passages: number;
  openComments: number;
};

export function listHearings(db: Db, projectId: number): HearingListItem[] {
  const rows = db
    .select({ h: hearingRecords, agencyName: agencies.name, agencyKey: agencies.key })
    .from(hearingRecords)
    .innerJoin(agencies, eq(agencies.id, hearingRecords.agencyId))
    .where(eq(hearingRecords.projectId, projectId))
    .orderBy(asc(hearingRecords.date), asc(hearingRecords.id))
    .all();
  const ids = rows.map((r) => r.h.id);
  const passageCounts = countBy(
    ids.length
      ? db
          .select({ id: hearingPassages.hearingId, n: count() })
          .from(hearingPassages)
          .where(inArray(hearingPassages.hearingId, ids))
          .groupBy(hearingPassages.hearingId)
          .all()
      : [],
  );
  const commentCounts = countBy(
    ids.length
      ? db
          .select({ id: hearingComments.hearingId, n: count() })
          .from(hearingComments)
          .where(and(inArray(hearingComments.hearingId, ids), isNull(hearingComments.resolvedAt)))
          .groupBy(hearingComments.hearingId)
          .all()
      : [],
  );
  return rows.map((r) => ({
    ...r.h,
    agencyName: r.agencyName,
    agencyKey: r.agencyKey,
    passages: passageCounts.get(r.h.id) ?? 0,
    openComments: commentCounts.get(r.h.id) ?? 0,
  }));
}

function countBy(rows: { id: number; n: number }[]): Map<number, number> {
  return new Map(rows.map((r) => [r.id, r.n]));
}

export function findHearing(db: Db, projectId: number, id: number): HearingRecord | undefined {
  return db
    .select()
    .from(hearingRecords)
    .where(and(eq(hearingRecords.projectId, projectId), eq(hearingRecords.id, id)))
    .get();
}

/** A record the agency may read: its own, and only once staff shared it. */
export function findSharedHearing(
  db: Db,
  agency: { id: number; projectId: number },
  id: number,
): HearingRecord | undefined {
  return db
    .select()
    .from(hearingRecords)
    .where(
      and(
        eq(hearingRecords.projectId, agency.projectId),
        eq(hearingRecords.agencyId, agency.id),
        eq(hearingRecords.id, id),
        isNotNull(hearingRecords.sharedAt),
      ),
    )
    .get();
}

export function listSharedHearings(db: Db, agency: { id: number; projectId: number }): HearingRecord[] {
  return db
    .select()
    .from(hearingRecords)
    .where(
      and(
        eq(hearingRecords.projectId, agency.projectId),
        eq(hearingRecords.agencyId, agency.id),
        isNotNull(hearingRecords.sharedAt),
      ),
    )
    .orderBy(asc(hearingRecords.date), asc(hearingRecords.id))
    .all();
}

export function insertHearing(db: Db, projectId: number, input: HearingInput, userId: number | null): HearingRecord {
  return db
    .insert(hearingRecords)
    .values({ ...input, projectId, createdByUserId: userId, updatedAt: nowIso() })
    .returning()
    .get();
}

export function updateHearing(db: Db, projectId: number, id: number, input: HearingInput): void {
  db.update(hearingRecords)
    .set({ ...input, updatedAt: nowIso(), version: sql`${hearingRecords.version} + 1` })
    .where(and(eq(hearingRecords.projectId, projectId), eq(hearingRecords.id, id)))
    .run();
}

export function setHearingShared(db: Db, projectId: number, id: number, shared: boolean): void {
  db.update(hearingRecords)
    .set({ sharedAt: shared ? nowIso() : null })
    .where(and(eq(hearingRecords.projectId, projectId), eq(hearingRecords.id, id)))
    .run();
}

export function deleteHearing(db: Db, projectId: number, id: number): void {
  db.delete(hearingRecords)
    .where(and(eq(hearingRecords.projectId, projectId), eq(hearingRecords.id, id)))
    .run();
}

// ---- passages ----

/** Call inside the caller's transaction (two tables). */
export function insertPassage(
  db: Db,
  projectId: number,
  hearingId: number,
  p: { sectionId: string | null; excerpt: string; themeIds: number[]; shared?: boolean },
): number {
  const row = db
    .insert(hearingPassages)
    .values({ projectId, hearingId, sectionId: p.sectionId, excerpt: p.excerpt, shared: p.shared ?? false })
    .returning({ id: hearingPassages.id })
    .get();
  if (p.themeIds.length)
    db.insert(hearingPassageThemes)
      .values(p.themeIds.map((themeId) => ({ passageId: row.id, themeId })))
      .run();
  return row.id;
}

/** One passage of one record of the project (the others' ids never reach it). */
const onePassage = (projectId: number, hearingId: number, passageId: number) =>
  and(
    eq(hearingPassages.projectId, projectId),
    eq(hearingPassages.hearingId, hearingId),
    eq(hearingPassages.id, passageId),
  );

export function deletePassage(db: Db, projectId: number, hearingId: number, passageId: number): boolean {
  const res = db
    .delete(hearingPassages)
    .where(onePassage(projectId, hearingId, passageId))
    .run();
  return res.changes > 0;
}

/** Passages of the project (or of one record) with their theme ids. */
export function listPassages(db: Db, projectId: number, hearingId?: number): Passage[] {
  const rows = db
    .select()
    .from(hearingPassages)
    .where(
      and(
        eq(hearingPassages.projectId, projectId),
        hearingId === undefined ? undefined : eq(hearingPassages.hearingId, hearingId),
      ),
    )
    .orderBy(asc(hearingPassages.id))
    .all();
  if (!rows.length) return [];
  const tags = db
    .select()
    .from(hearingPassageThemes)
    .where(
      inArray(
        hearingPassageThemes.passageId,
        rows.map((r) => r.id),
      ),
    )
    .all();
  return rows.map((r) => ({
    id: r.id,
    hearingId: r.hearingId,
    sectionId: r.sectionId,
    excerpt: r.excerpt,
    themeIds: tags.filter((t) => t.passageId === r.id).map((t) => t.themeId),
    shared: r.shared,
  }));
}

/** Records the agency's choice for one passage; false when the passage is not in the record. */
export function setPassageShared(db: Db, projectId: number, hearingId: number, passageId: number, shared: boolean) {
  const res = db
    .update(hearingPassages)
    .set({ shared })
    .where(onePassage(projectId, hearingId, passageId))
    .run();
  return res.changes > 0;
}

export function findPassage(db: Db, projectId: number, passageId: number) {
  return db
    .select()
    .from(hearingPassages)
    .where(and(eq(hearingPassages.projectId, projectId), eq(hearingPassages.id, passageId)))
    .get();
}

// ---- comments ----

export function listComments(db: Db, hearingId: number): HearingComment[] {
  return db
    .select()
    .from(hearingComments)
    .where(eq(hearingComments.hearingId, hearingId))
    .orderBy(desc(hearingComments.id))
    .all();
}

export function insertComment(db: Db, hearingId: number, agencyId: number, body: string): void {
  db.insert(hearingComments).values({ hearingId, agencyId, body }).run();
}

export function resolveComment(db: Db, hearingId: number, commentId: number): boolean {
  const res = db
    .update(hearingComments)
    .set({ resolvedAt: nowIso() })
    .where(
      and(
        eq(hearingComments.hearingId, hearingId),
        eq(hearingComments.id, commentId),
        isNull(hearingComments.resolvedAt),
      ),
    )
    .run();
  return res.changes > 0;
}

/** Theme × agency counts and grouped passages for the whole project. */
export function themeSummaryFor(db: Db, projectId: number): ThemeSummary {
  return summariseThemes(themeSummaryInput(db, projectId));
}

/** The rows the theme summary is computed from (the packet JSON loads these). */
export function themeSummaryInput(db: Db, projectId: number): ThemeSummaryInput {
  return {
    themes: listThemes(db, projectId),
    agencies: db
      .select({ id: agencies.id, key: agencies.key, name: agencies.name })
      .from(agencies)
      .where(eq(agencies.projectId, projectId))
      .orderBy(asc(agencies.id))
      .all(),
    hearings: db
      .select({
        id: hearingRecords.id,
        agencyId: hearingRecords.agencyId,
        sections: hearingRecords.sections,
        date: hearingRecords.date,
      })
      .from(hearingRecords)
      .where(eq(hearingRecords.projectId, projectId))
      .orderBy(asc(hearingRecords.date), asc(hearingRecords.id))
      .all(),
    passages: listPassages(db, projectId),
  };
}
