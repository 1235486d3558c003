// After a meeting closes, its candidate-issue cards start rows in the problems → issues table
// (問題点 → 課題), each linked back to the meeting, so the next packet includes them.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { issueTableRows, issueTableSources } from '../db/schema.ts';
import { insertIssueRow } from '../issuesTable/queries.ts';
import { listCards } from './cardQueries.ts';

/** Adds one row per candidate card not already in the table for this meeting; returns how many. */
export function exportCandidateIssues(db: Db, projectId: number, meetingId: number): number {
  return db.transaction(() => {
    const candidates = listCards(db, meetingId).filter((c) => c.candidate);
    const existing = new Set(
      db
        .select({ problem: issueTableRows.problem })
        .from(issueTableRows)
        .innerJoin(issueTableSources, eq(issueTableSources.rowId, issueTableRows.id))
        .where(and(eq(issueTableRows.projectId, projectId), eq(issueTableSources.meetingId, meetingId)))
        .all()
        .map((r) => r.problem),
    );
    let added = 0;
    for (const card of candidates) {
      if (existing.has(card.text)) continue;
      existing.add(card.text);
      insertIssueRow(db, projectId, { problem: card.text, issue: '', status: 'not_started', nextStep: '' }, [
        { kind: 'meeting', meetingId },
      ]);
      added++;
    }
    return added;
  });
}
