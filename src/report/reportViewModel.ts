// Gathers the year-end report's input from the project's data (the same figures as the packets).
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { reportTexts } from '../db/schema.ts';
import { findProject } from '../projects/queries.ts';
import { listMeetings } from '../meetings/queries.ts';
import { buildPacketJson, loadPacketData } from '../packet/json.ts';
import { compareFactors } from '../cases/factorComparison.ts';
import { FIXED_FACTORS } from '../lib/labels/cases.ts';
import { attendanceCounts } from '../attendance/queries.ts';
import { latestVersion } from '../minutes/queries.ts';
import { hearingProgressFor } from '../hearings/planQueries.ts';
import { caseCounts } from '../cases/queries.ts';
import { listIssueRows } from '../issuesTable/queries.ts';
import { yearComparison } from '../yearLoop/comparison.ts';
import { REPORT_BLOCKS, type ReportBlock, type ReportInput } from './blocks.ts';

export function loadReportTexts(db: Db, projectId: number): Partial<Record<ReportBlock, string>> {
  const rows = db.select().from(reportTexts).where(eq(reportTexts.projectId, projectId)).all();
  return Object.fromEntries(
    rows.filter((r) => (REPORT_BLOCKS as readonly string[]).includes(r.block)).map((r) => [r.block, r.body]),
  );
}

export function clearReportText(db: Db, projectId: number, block: ReportBlock): void {
  db.delete(reportTexts)
    .where(and(eq(reportTexts.projectId, projectId), eq(reportTexts.block, block)))
    .run();
}

export function saveReportText(db: Db, projectId: number, block: ReportBlock, body: string, at: string): void {
  clearReportText(db, projectId, block);
  db.insert(reportTexts).values({ projectId, block, body, updatedAt: at }).run();
}

/** null when the project does not exist or has no meeting yet (the figures are read per meeting). */
export function loadReportInput(db: Db, projectId: number): Omit<ReportInput, 'chart'> | null {
  const project = findProject(db, projectId);
  const meetings = listMeetings(db, projectId);
  if (!project || !meetings.length) return null;
  const data = loadPacketData(db, projectId, meetings[meetings.length - 1].id)!;
  const counts = attendanceCounts(db, projectId);
  const cases = caseCounts(db, projectId);
  return {
    project,
    meetings: meetings.map((m) => ({
      ...m,
      attendance: { present: counts.get(m.id)?.present ?? 0, invited: counts.get(m.id)?.invited ?? 0 },
      decisions: (latestVersion(db, m.id)?.content.decisions ?? '').split('\n').filter((l) => l.trim()),
    })),
    figures: buildPacketJson(data),
    factors: compareFactors(data.cases ?? [], data.caseFactorDefs?.length ? data.caseFactorDefs : FIXED_FACTORS),
    hearingsHeld: hearingProgressFor(db, projectId).held,
    casesSubmitted: cases.submitted,
    issues: listIssueRows(db, projectId),
    texts: loadReportTexts(db, projectId),
    comparison: yearComparison(db, projectId),
  };
}
