// The problems → issues table (問題点→課題) as a workbook sheet, in the order staff arranged it.
import { dateTimeCell, type DataTable } from '../lib/spreadsheet.ts';
import { ISSUE_STATUS_LABEL } from '../lib/labels/issuesTable.ts';
import type { IssueRowView } from './queries.ts';

export function issuesTableSheet(rows: readonly IssueRowView[]): DataTable {
  return {
    sheet: '問題点と課題',
    title: '見えてきた問題点と課題',
    columns: ['No.', '問題点', '課題', '根拠', '状況', '次の対応', '更新日時'],
    rows: rows.map((r, i) => [
      i + 1,
      r.problem,
      r.issue || null,
      r.sources.map((s) => s.printLabel).join('\n') || null,
      ISSUE_STATUS_LABEL[r.status],
      r.nextStep || null,
      dateTimeCell(r.updatedAt),
    ]),
  };
}
