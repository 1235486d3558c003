// State changes of the year-end report: staff's edited text blocks, written with their audit entry.
import type { Db } from '../db/client.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { nowIso } from '../lib/time.ts';
import { REPORT_BLOCKS } from './blocks.ts';
import { clearReportText, saveReportText } from './reportViewModel.ts';
import type { ReportTextsInput } from './schemas.ts';

/**
 * Staff save the report's text blocks: a block left blank, or equal to its generated draft, goes
 * back to following the draft (so later figures flow into it).
 */
export function saveReportTexts(
  db: Db,
  actor: Actor,
  projectId: number,
  input: ReportTextsInput,
  drafts: Record<string, string>,
): void {
  const at = nowIso();
  db.transaction(() => {
    for (const block of REPORT_BLOCKS) {
      const body = input[block].replace(/\r\n/g, '\n');
      if (!body || body === drafts[block]) clearReportText(db, projectId, block);
      else saveReportText(db, projectId, block, body, at);
    }
    recordAudit(db, { projectId, actor, action: 'report.save', entity: 'report', entityId: projectId });
  });
}
