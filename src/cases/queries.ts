import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, caseFactorDefs, caseMeetingCandidates, caseSheets, meetings } from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';
import { listAgencies } from '../agencies/queries.ts';
import type { CaseInput } from './schemas.ts';
import { FIXED_FACTORS, type FactorDef, type FactorGroup } from '../lib/labels/cases.ts';

export type CaseSheet = typeof caseSheets.$inferSelect;
export type CaseListItem = CaseSheet & { agencyName: string; agencyKey: string };

// ---- factors ----

/** The nine fixed factors followed by the project's own. */
export function listFactorDefs(db: Db, projectId: number): FactorDef[] {
  const extra = db
    .select({ key: caseFactorDefs.key, label: caseFactorDefs.label, group: caseFactorDefs.group })
    .from(caseFactorDefs)
    .where(eq(caseFactorDefs.projectId, projectId))
    .orderBy(asc(caseFactorDefs.position), asc(caseFactorDefs.id))
    .all();
  return [...FIXED_FACTORS, ...extra];
}

/** Adds a project factor; its key is "x1", "x2", … unless one is given (bundle import). */
export function addFactorDef(
  db: Db,
  projectId: number,
  def: { label: string; group: FactorGroup; key?: string },
): FactorDef {
  const existing = db.select().from(caseFactorDefs).where(eq(caseFactorDefs.projectId, projectId)).all();
  const same = existing.find((f) => f.label === def.label || f.key === def.key);
  if (same) return same;
  let n = existing.length + 1;
  while (existing.some((f) => f.key === `x${n}`)) n++;
  const row = db
    .insert(caseFactorDefs)
    .values({ projectId, key: def.key ?? `x${n}`, label: def.label, group: def.group, position: existing.length })
    .returning()
    .get();
  return { key: row.key, label: row.label, group: row.group };
}

/** Every agency of the project by id (archived ones too, so old sheets keep their names). */
export function projectAgencyNames(db: Db, projectId: number): Map<number, string> {
  return new Map(
    db
      .select({ id: agencies.id, name: agencies.name })
      .from(agencies)
      .where(eq(agencies.projectId, projectId))
      .all()
      .map((a) => [a.id, a.name]),
  );
}

/** Agencies a sheet may name: the active directory plus any already named on it. */
export function involvableAgencies(
  db: Db,
  projectId: number,
  sheet?: { involvedAgencyIds: number[]; timeline: { agencyId: number | null }[] },
) {
  const active = listAgencies(db, projectId, 'active').map((a) => ({ id: a.id, name: a.name }));
  const names = projectAgencyNames(db, projectId);
  const named = [...(sheet?.involvedAgencyIds ?? []), ...(sheet?.timeline ?? []).map((r) => r.agencyId)].filter(
    (id): id is number => id !== null,
  );
  for (const id of new Set(named))
    if (!active.some((a) => a.id === id) && names.has(id)) active.push({ id, name: names.get(id)! });
  return active;
}

// ---- case sheets ----

const withAgency = { c: caseSheets, agencyName: agencies.name, agencyKey: agencies.key };
const flatten = (r: { c: CaseSheet; agencyName: string; agencyKey: string }): CaseListItem => ({
  ...r.c,
  agencyName: r.agencyName,
  agencyKey: r.agencyKey,
});

export function listCases(db: Db, projectId: number): CaseListItem[] {
  return db
    .select(withAgency)
    .from(caseSheets)
    .innerJoin(agencies, eq(agencies.id, caseSheets.agencyId))
    .where(eq(caseSheets.projectId, projectId))
    .orderBy(asc(caseSheets.id))
    .all()
    .map(flatten);
}

/** Only the agency's own sheets, within its project. */
export function listAgencyCases(db: Db, agency: { id: number; projectId: number }): CaseSheet[] {
  return db
    .select()
    .from(caseSheets)
    .where(and(eq(caseSheets.projectId, agency.projectId), eq(caseSheets.agencyId, agency.id)))
    .orderBy(asc(caseSheets.id))
    .all();
}

export function findCase(db: Db, projectId: number, id: number): CaseListItem | undefined {
  const row = db
    .select(withAgency)
    .from(caseSheets)
    .innerJoin(agencies, eq(agencies.id, caseSheets.agencyId))
    .where(and(eq(caseSheets.projectId, projectId), eq(caseSheets.id, id)))
    .get();
  return row && flatten(row);
}

export function findAgencyCase(
  db: Db,
  agency: { id: number; projectId: number },
  id: number,
): CaseListItem | undefined {
  const row = findCase(db, agency.projectId, id);
  return row && row.agencyId === agency.id ? row : undefined;
}

/** The next free key "c1", "c2", … of the project. */
export function nextCaseKey(db: Db, projectId: number): string {
  const keys = db.select({ key: caseSheets.key }).from(caseSheets).where(eq(caseSheets.projectId, projectId)).all();
  const max = Math.max(0, ...keys.map((k) => Number(/^c(\d+)$/.exec(k.key)?.[1] ?? 0)));
  return `c${max + 1}`;
}

export function createDraftCase(
  db: Db,
  projectId: number,
  agencyId: number,
  enteredByUserId: number | null,
): CaseSheet {
  return db
    .insert(caseSheets)
    .values({ projectId, agencyId, key: nextCaseKey(db, projectId), savedAt: nowIso(), enteredByUserId })
    .returning()
    .get();
}

/** Saves the sheet as a draft or as submitted (keeping the first submission time on resubmit). */
export function saveCase(
  db: Db,
  sheet: CaseSheet,
  input: CaseInput,
  status: 'draft' | 'submitted',
  enteredByUserId?: number | null,
): void {
  const now = nowIso();
  db.update(caseSheets)
    .set({
      ...input,
      status,
      savedAt: now,
      submittedAt: status === 'submitted' ? (sheet.submittedAt ?? now) : null,
      ...(enteredByUserId ? { enteredByUserId } : {}),
      version: sql`${caseSheets.version} + 1`,
    })
    .where(and(eq(caseSheets.projectId, sheet.projectId), eq(caseSheets.id, sheet.id)))
    .run();
}

export function reopenCase(db: Db, sheet: CaseSheet): void {
  db.update(caseSheets)
    .set({ status: 'draft', submittedAt: null, savedAt: nowIso(), version: sql`${caseSheets.version} + 1` })
    .where(and(eq(caseSheets.projectId, sheet.projectId), eq(caseSheets.id, sheet.id)))
    .run();
}

export function deleteCase(db: Db, sheet: CaseSheet): void {
  db.delete(caseSheets)
    .where(and(eq(caseSheets.projectId, sheet.projectId), eq(caseSheets.id, sheet.id)))
    .run();
}

export function caseCounts(db: Db, projectId: number) {
  const rows = db
    .select({ status: caseSheets.status, classification: caseSheets.classification })
    .from(caseSheets)
    .where(eq(caseSheets.projectId, projectId))
    .all();
  const submitted = rows.filter((r) => r.status === 'submitted');
  return {
    submitted: submitted.length,
    drafts: rows.length - submitted.length,
    good: submitted.filter((r) => r.classification === 'good').length,
    difficult: submitted.filter((r) => r.classification === 'difficult').length,
  };
}

/** Classification and factors of every sheet, for the comparison (which keeps only submitted). */
export function caseFactorRows(db: Db, projectId: number) {
  return db
    .select({ status: caseSheets.status, classification: caseSheets.classification, factors: caseSheets.factors })
    .from(caseSheets)
    .where(eq(caseSheets.projectId, projectId))
    .all();
}

// ---- case study candidates ----

export function candidateMeetingIds(db: Db, caseId: number): number[] {
  return db
    .select({ id: caseMeetingCandidates.meetingId })
    .from(caseMeetingCandidates)
    .where(eq(caseMeetingCandidates.caseId, caseId))
    .all()
    .map((r) => r.id);
}

export function setCandidate(db: Db, caseId: number, meetingId: number, on: boolean): void {
  if (on) db.insert(caseMeetingCandidates).values({ caseId, meetingId }).onConflictDoNothing().run();
  else
    db.delete(caseMeetingCandidates)
      .where(and(eq(caseMeetingCandidates.caseId, caseId), eq(caseMeetingCandidates.meetingId, meetingId)))
      .run();
}

/** Cases staff proposed for a meeting's case study (事例検討), submitted ones only. */
export function listCandidateCases(db: Db, projectId: number, meetingId: number): CaseListItem[] {
  return db
    .select(withAgency)
    .from(caseMeetingCandidates)
    .innerJoin(caseSheets, eq(caseSheets.id, caseMeetingCandidates.caseId))
    .innerJoin(agencies, eq(agencies.id, caseSheets.agencyId))
    .innerJoin(meetings, eq(meetings.id, caseMeetingCandidates.meetingId))
    .where(
      and(
        eq(caseSheets.projectId, projectId),
        eq(meetings.projectId, projectId),
        eq(caseMeetingCandidates.meetingId, meetingId),
        eq(caseSheets.status, 'submitted'),
      ),
    )
    .orderBy(asc(caseSheets.id))
    .all()
    .map(flatten);
}
