import { and, asc, eq, gt, lt, desc, inArray, max } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  agencies,
  caseSheets,
  hearingPassages,
  hearingRecords,
  hearingThemes,
  issueTableRows,
  issueTableSources,
  meetings,
} from '../db/schema.ts';
import { ANONYMOUS_AGENCY } from '../lib/labels/privacy.ts';
import { nowIso } from '../lib/time.ts';
import type { IssueStatus } from '../lib/labels/issuesTable.ts';
import { issueSourcePath } from '../lib/paths/issuesTable.ts';

export type IssueRow = typeof issueTableRows.$inferSelect;
export type SourceKind = (typeof issueTableSources.$inferSelect)['kind'];
export type SourceRef =
  | { kind: 'hearing_theme'; themeId: number }
  | { kind: 'hearing_passage'; passageId: number }
  | { kind: 'case'; caseId: number }
  | { kind: 'meeting'; meetingId: number };
/** A source as shown: what it is and where it links. */
/** `printLabel`: the label as packets print it (an unshared hearing passage names no agency). */
export type SourceView = { id: number; kind: SourceKind; label: string; printLabel: string; href: string };
export type IssueRowView = IssueRow & { sources: SourceView[] };

const ORIGIN: Record<SourceKind, IssueRow['origin']> = {
  hearing_theme: 'hearing',
  hearing_passage: 'hearing',
  case: 'case',
  meeting: 'meeting',
};
/** The reference a new row starts from (?theme= / ?passage= / ?case=, or the form's hidden fields). */
export function startRef(v: {
  fromTheme: number | null;
  fromPassage: number | null;
  fromCase: number | null;
}): SourceRef | null {
  if (v.fromTheme) return { kind: 'hearing_theme', themeId: v.fromTheme };
  if (v.fromPassage) return { kind: 'hearing_passage', passageId: v.fromPassage };
  if (v.fromCase) return { kind: 'case', caseId: v.fromCase };
  return null;
}

export const originOf = (refs: SourceRef[]): IssueRow['origin'] => (refs.length ? ORIGIN[refs[0].kind] : 'manual');

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Sources of the given rows, resolved to labels and links within the project. */
function sourcesOf(db: Db, projectId: number, rowIds: number[]): Map<number, SourceView[]> {
  const out = new Map<number, SourceView[]>();
  if (!rowIds.length) return out;
  const rows = db
    .select({
      s: issueTableSources,
      themeLabel: hearingThemes.label,
      passageExcerpt: hearingPassages.excerpt,
      passageHearing: hearingPassages.hearingId,
      passageAgency: agencies.name,
      passageShared: hearingPassages.shared,
      caseKey: caseSheets.key,
      caseClass: caseSheets.classification,
      meetingTitle: meetings.title,
    })
    .from(issueTableSources)
    .leftJoin(hearingThemes, eq(hearingThemes.id, issueTableSources.themeId))
    .leftJoin(hearingPassages, eq(hearingPassages.id, issueTableSources.passageId))
    .leftJoin(hearingRecords, eq(hearingRecords.id, hearingPassages.hearingId))
    .leftJoin(agencies, eq(agencies.id, hearingRecords.agencyId))
    .leftJoin(caseSheets, eq(caseSheets.id, issueTableSources.caseId))
    .leftJoin(meetings, eq(meetings.id, issueTableSources.meetingId))
    .where(inArray(issueTableSources.rowId, rowIds))
    .orderBy(asc(issueTableSources.id))
    .all();
  for (const r of rows) {
    const s = r.s;
    const label =
      s.kind === 'hearing_theme'
        ? `ヒアリング：テーマ「${r.themeLabel ?? ''}」`
        : s.kind === 'hearing_passage'
          ? `ヒアリング（${r.passageAgency ?? ''}）${r.passageExcerpt ? `「${clip(r.passageExcerpt, 30)}」` : ''}`
          : s.kind === 'case'
            ? `事例 ${r.caseKey ?? ''}${r.caseClass === 'good' ? '（好事例）' : r.caseClass === 'difficult' ? '（困難事例）' : ''}`
            : `会議：${r.meetingTitle ?? ''}`;
    const href = issueSourcePath(projectId, { ...s, hearingId: r.passageHearing });
    // an unshared passage prints with neither its agency nor its words (they may name the agency)
    const printLabel = s.kind === 'hearing_passage' && !r.passageShared ? `ヒアリング（${ANONYMOUS_AGENCY}）` : label;
    const view: SourceView = { id: s.id, kind: s.kind, label, printLabel, href };
    out.set(s.rowId, [...(out.get(s.rowId) ?? []), view]);
  }
  return out;
}

export function listIssueRows(db: Db, projectId: number): IssueRowView[] {
  const rows = db
    .select()
    .from(issueTableRows)
    .where(eq(issueTableRows.projectId, projectId))
    .orderBy(asc(issueTableRows.position), asc(issueTableRows.id))
    .all();
  const sources = sourcesOf(
    db,
    projectId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, sources: sources.get(r.id) ?? [] }));
}

export function findIssueRow(db: Db, projectId: number, id: number): IssueRowView | undefined {
  const row = db
    .select()
    .from(issueTableRows)
    .where(and(eq(issueTableRows.projectId, projectId), eq(issueTableRows.id, id)))
    .get();
  return row && { ...row, sources: sourcesOf(db, projectId, [row.id]).get(row.id) ?? [] };
}

/** Appends a row at the end. Call inside the caller's transaction (row + sources). */
export function insertIssueRow(
  db: Db,
  projectId: number,
  input: { problem: string; issue: string; status: IssueStatus; nextStep: string; origin?: IssueRow['origin'] },
  refs: SourceRef[],
): IssueRow {
  const last =
    db
      .select({ p: max(issueTableRows.position) })
      .from(issueTableRows)
      .where(eq(issueTableRows.projectId, projectId))
      .get()?.p ?? 0;
  const row = db
    .insert(issueTableRows)
    .values({
      projectId,
      position: last + 1,
      problem: input.problem,
      issue: input.issue,
      status: input.status,
      nextStep: input.nextStep,
      origin: input.origin ?? originOf(refs),
      updatedAt: nowIso(),
    })
    .returning()
    .get();
  for (const ref of refs) addSource(db, row.id, ref);
  return row;
}

export function updateIssueRow(
  db: Db,
  projectId: number,
  id: number,
  input: { problem: string; issue: string; status: IssueStatus; nextStep: string },
): void {
  db.update(issueTableRows)
    .set({ ...input, updatedAt: nowIso() })
    .where(and(eq(issueTableRows.projectId, projectId), eq(issueTableRows.id, id)))
    .run();
}

export function deleteIssueRow(db: Db, projectId: number, id: number): void {
  db.delete(issueTableRows)
    .where(and(eq(issueTableRows.projectId, projectId), eq(issueTableRows.id, id)))
    .run();
}

/** Swaps the row with its neighbour above or below; false at either end. Call in a transaction. */
export function moveIssueRow(db: Db, projectId: number, id: number, direction: 'up' | 'down'): boolean {
  const row = db
    .select()
    .from(issueTableRows)
    .where(and(eq(issueTableRows.projectId, projectId), eq(issueTableRows.id, id)))
    .get();
  if (!row) return false;
  const neighbour = db
    .select()
    .from(issueTableRows)
    .where(
      and(
        eq(issueTableRows.projectId, projectId),
        direction === 'up' ? lt(issueTableRows.position, row.position) : gt(issueTableRows.position, row.position),
      ),
    )
    .orderBy(direction === 'up' ? desc(issueTableRows.position) : asc(issueTableRows.position))
    .limit(1)
    .get();
  if (!neighbour) return false;
  db.update(issueTableRows).set({ position: neighbour.position }).where(eq(issueTableRows.id, row.id)).run();
  db.update(issueTableRows).set({ position: row.position }).where(eq(issueTableRows.id, neighbour.id)).run();
  return true;
}

export function addSource(db: Db, rowId: number, ref: SourceRef): void {
  const existing = db.select().from(issueTableSources).where(eq(issueTableSources.rowId, rowId)).all();
  const same = existing.some(
    (s) =>
      s.kind === ref.kind &&
      (ref.kind === 'hearing_theme'
        ? s.themeId === ref.themeId
        : ref.kind === 'hearing_passage'
          ? s.passageId === ref.passageId
          : ref.kind === 'case'
            ? s.caseId === ref.caseId
            : s.meetingId === ref.meetingId),
  );
  if (!same)
    db.insert(issueTableSources)
      .values({ rowId, ...ref })
      .run();
}

export function removeSource(db: Db, rowId: number, sourceId: number): boolean {
  return (
    db
      .delete(issueTableSources)
      .where(and(eq(issueTableSources.rowId, rowId), eq(issueTableSources.id, sourceId)))
      .run().changes > 0
  );
}

/** Whether each referenced thing belongs to the project (ids come from forms). */
export function refBelongs(db: Db, projectId: number, ref: SourceRef): boolean {
  switch (ref.kind) {
    case 'hearing_theme':
      return !!db
        .select({ id: hearingThemes.id })
        .from(hearingThemes)
        .where(and(eq(hearingThemes.projectId, projectId), eq(hearingThemes.id, ref.themeId)))
        .get();
    case 'hearing_passage':
      return !!db
        .select({ id: hearingPassages.id })
        .from(hearingPassages)
        .where(and(eq(hearingPassages.projectId, projectId), eq(hearingPassages.id, ref.passageId)))
        .get();
    case 'case':
      return !!db
        .select({ id: caseSheets.id })
        .from(caseSheets)
        .where(and(eq(caseSheets.projectId, projectId), eq(caseSheets.id, ref.caseId)))
        .get();
    case 'meeting':
      return !!db
        .select({ id: meetings.id })
        .from(meetings)
        .where(and(eq(meetings.projectId, projectId), eq(meetings.id, ref.meetingId)))
        .get();
  }
}

/** What a new row is being started from, for the form's context line; undefined if not in the project. */
export function describeRef(db: Db, projectId: number, ref: SourceRef): { label: string; detail: string } | undefined {
  if (!refBelongs(db, projectId, ref)) return undefined;
  switch (ref.kind) {
    case 'hearing_theme': {
      const t = db.select().from(hearingThemes).where(eq(hearingThemes.id, ref.themeId)).get()!;
      return { label: `ヒアリング：テーマ「${t.label}」`, detail: '' };
    }
    case 'hearing_passage': {
      const p = db
        .select({
          excerpt: hearingPassages.excerpt,
          sectionId: hearingPassages.sectionId,
          sections: hearingRecords.sections,
          agency: agencies.name,
        })
        .from(hearingPassages)
        .innerJoin(hearingRecords, eq(hearingRecords.id, hearingPassages.hearingId))
        .innerJoin(agencies, eq(agencies.id, hearingRecords.agencyId))
        .where(eq(hearingPassages.id, ref.passageId))
        .get()!;
      return {
        label: `ヒアリング（${p.agency}）`,
        detail: p.excerpt || (p.sectionId ? (p.sections[p.sectionId] ?? '') : ''),
      };
    }
    case 'case': {
      const c = db.select().from(caseSheets).where(eq(caseSheets.id, ref.caseId)).get()!;
      return {
        label: `事例 ${c.key}${c.classification === 'good' ? '（好事例）' : c.classification === 'difficult' ? '（困難事例）' : ''}`,
        detail: [c.gapText, c.missing].filter(Boolean).join('\n') || c.summary,
      };
    }
    case 'meeting': {
      const m = db.select().from(meetings).where(eq(meetings.id, ref.meetingId)).get()!;
      return { label: `会議：${m.title}`, detail: '' };
    }
  }
}
