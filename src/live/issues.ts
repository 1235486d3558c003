// After a meeting closes, its candidate-issue cards start rows in the problems → issues table
// (問題点 → 課題), each linked back to the meeting, so the next packet includes them.
import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { issueTableRows, issueTableSources } from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';
import { listCards } from './queries.ts';

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
    let position = db.select({ p: max(issueTableRows.position) }).from(issueTableRows).where(eq(issueTableRows.projectId, projectId)).get()?.p ?? 0;
    let added = 0;
    for (const card of candidates) {
      if (existing.has(card.text)) continue;
      existing.add(card.text);
      const row = db
        .insert(issueTableRows)
        .values({ projectId, position: ++position, problem: card.text, origin: 'meeting', updatedAt: nowIso() })
        .returning({ id: issueTableRows.id })
        .get();
      db.insert(issueTableSources).values({ rowId: row.id, kind: 'meeting', meetingId }).run();
      added++;
    }
    return added;
  });
}
