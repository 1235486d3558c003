// The hearing theme summary as a workbook: the theme × agency counts, then every tagged passage
// by theme with its agency, section and the hearing's date (a date cell).
import { dateCell, type DataTable } from '../lib/spreadsheet.ts';
import { HEARING_SECTION_LABEL } from '../lib/labels/hearings.ts';
import type { ThemeSummary } from './themeSummary.ts';
import { themeSummaryFor } from './queries.ts';
import { tableSheet, writeWorkbook } from '../lib/workbook.ts';
import { downloadFileName } from '../lib/fileName.ts';
import { todayJst } from '../lib/time.ts';
import type { Db } from '../db/client.ts';
import type { Project } from '../context.ts';

export function themeSummarySheets(summary: ThemeSummary): DataTable[] {
  const counts: DataTable = {
    sheet: 'テーマ別の集計',
    title: 'ヒアリング：テーマ × 機関（タグが付いた発言・記述の数）',
    columns: ['テーマ', ...summary.agencies.map((a) => a.name), '機関数', '計'],
    rows: summary.rows.map((r) => [r.theme.label, ...r.byAgency.map((n) => n || null), r.agencies, r.passages]),
  };
  const passages: DataTable = {
    sheet: 'テーマ別の発言・記述',
    title: 'ヒアリング：テーマ別の発言・記述',
    columns: ['テーマ', '機関', 'ヒアリング日', '項目', '発言・記述', '資料での機関名'],
    rows: summary.groups.flatMap((g) =>
      g.passages.map((p) => [
        g.theme.label,
        p.agency.name,
        dateCell(p.date),
        p.sectionId ? (HEARING_SECTION_LABEL[p.sectionId] ?? null) : '記録全体',
        p.text || null,
        p.shared ? '出す' : '出さない（「ある機関」）',
      ]),
    ),
  };
  return [counts, passages];
}

/** The workbook and its file name, e.g. 「A市_ヒアリングテーマ別集計_2025-02-21.xlsx」. */
export async function themeSummaryXlsx(db: Db, project: Project): Promise<{ xlsx: Buffer; name: string }> {
  const sheets = themeSummarySheets(themeSummaryFor(db, project.id));
  const xlsx = await writeWorkbook(
    { project: project.name, title: 'ヒアリング：テーマ別の集計' },
    sheets.map(tableSheet),
  );
  return {
    xlsx,
    name: downloadFileName([project.municipality || project.name, 'ヒアリングテーマ別集計', todayJst()], 'xlsx'),
  };
}
