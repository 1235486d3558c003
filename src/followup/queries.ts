// Follow-up of the 問題点→課題 rows: owner, due date or target meeting, and the dated history.
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import type { IssueStatus } from '../lib/labels/issuesTable.ts';
import { agencies, issueFollowups, issueHistory, issueTableRows, meetings } from '../db/schema.ts';

export type Followup = typeof issueFollowups.$inferSelect;
export type HistoryEntry = typeof issueHistory.$inferSelect & { meetingTitle: string | null };

export function findFollowup(db: Db, rowId: number): Followup | undefined {
  return db.select().from(issueFollowups).where(eq(issueFollowups.rowId, rowId)).get();
}

export function upsertFollowup(db: Db, values: Followup): void {
  db.insert(issueFollowups).values(values).onConflictDoUpdate({ target: issueFollowups.rowId, set: values }).run();
}

function historyWhere(db: Db, where: SQL): HistoryEntry[] {
  return db
    .select({ h: issueHistory, meetingTitle: meetings.title })
    .from(issueHistory)
    .leftJoin(meetings, eq(meetings.id, issueHistory.meetingId))
    .where(where)
    .orderBy(asc(issueHistory.onDate), asc(issueHistory.id))
    .all()
    .map((r) => ({ ...r.h, meetingTitle: r.meetingTitle }));
}

export function listHistory(db: Db, rowId: number): HistoryEntry[] {
  return historyWhere(db, eq(issueHistory.rowId, rowId));
}

/** The dated notes of every row of the project, in date order (the packet's 課題の進捗). */
export function listProjectHistory(db: Db, projectId: number): HistoryEntry[] {
  return historyWhere(db, eq(issueHistory.projectId, projectId));
}

export function insertHistory(db: Db, values: typeof issueHistory.$inferInsert): void {
  db.insert(issueHistory).values(values).run();
}

export function setRowStatus(db: Db, projectId: number, rowId: number, status: IssueStatus, at: string): void {
  db.update(issueTableRows)
    .set({ status, updatedAt: at })
    .where(and(eq(issueTableRows.projectId, projectId), eq(issueTableRows.id, rowId)))
    .run();
}

export type OpenFollowup = {
  rowId: number;
  problem: string;
  issue: string;
  status: IssueStatus;
  ownerKind: Followup['ownerKind'];
  ownerName: string | null;
  dueOn: string | null;
  targetMeetingId: number | null;
  targetDate: string | null;
  targetTitle: string | null;
};

/** Every row of the project with its follow-up (rows without one have nulls), in table order. */
export function listFollowups(db: Db, projectId: number): OpenFollowup[] {
  return db
    .select({
      rowId: issueTableRows.id,
      problem: issueTableRows.problem,
      issue: issueTableRows.issue,
      status: issueTableRows.status,
      ownerKind: issueFollowups.ownerKind,
      ownerName: agencies.name,
      dueOn: issueFollowups.dueOn,
      targetMeetingId: issueFollowups.targetMeetingId,
      targetDate: meetings.date,
      targetTitle: meetings.title,
    })
    .from(issueTableRows)
    .leftJoin(issueFollowups, eq(issueFollowups.rowId, issueTableRows.id))
    .leftJoin(agencies, eq(agencies.id, issueFollowups.ownerAgencyId))
    .leftJoin(meetings, eq(meetings.id, issueFollowups.targetMeetingId))
    .where(eq(issueTableRows.projectId, projectId))
    .orderBy(asc(issueTableRows.position))
    .all()
    .map((r) => ({ ...r, ownerKind: r.ownerKind ?? '' }));
}
