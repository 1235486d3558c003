// A meeting's attendance as a workbook: per invited agency its reply (出席/欠席/未返信, when, how
// many) and the roll-call, then the advisers and observers.
import { dateTimeCell, type DataTable } from '../lib/spreadsheet.ts';
import { GUEST_ROLE_LABEL, RSVP_LABEL } from '../lib/labels/attendance.ts';
import { tableSheet, writeWorkbook } from '../lib/workbook.ts';
import { downloadFileName } from '../lib/fileName.ts';
import { listGuests, listInvitations } from './queries.ts';
import type { Db } from '../db/client.ts';
import type { Project } from '../context.ts';
import type { Meeting } from '../meetings/queries.ts';

export function attendanceSheets(db: Db, meeting: Meeting): DataTable[] {
  const agencies: DataTable = {
    sheet: '出欠',
    title: `${meeting.title} 出欠（招待・返信・当日の出席）`,
    columns: ['機関', '返信', '返信日時', '出席予定人数', '出席者名', '当日の出席', '当日の人数'],
    rows: listInvitations(db, meeting).map((i) => [
      i.name,
      i.rsvp ? RSVP_LABEL[i.rsvp] : '未返信',
      dateTimeCell(i.respondedAt),
      i.headcount,
      i.names || null,
      i.present ? '出席' : null,
      i.presentCount,
    ]),
  };
  const guests: DataTable = {
    sheet: '助言者・オブザーバー',
    title: `${meeting.title} 助言者・オブザーバー`,
    columns: ['区分', '氏名', '所属', '当日の出席'],
    rows: listGuests(db, meeting.id).map((g) => [
      GUEST_ROLE_LABEL[g.role],
      g.name,
      g.affiliation || null,
      g.present ? '出席' : null,
    ]),
  };
  return [agencies, guests];
}

/** The workbook and its name, e.g. 「A市_第2回ネットワーク会議_出欠_2025-01-28.xlsx」. */
export async function attendanceXlsx(db: Db, project: Project, meeting: Meeting) {
  const sheets = attendanceSheets(db, meeting);
  const xlsx = await writeWorkbook({ project: project.name, title: sheets[0].title }, sheets.map(tableSheet));
  const name = downloadFileName([project.municipality || project.name, meeting.title, '出欠', meeting.date], 'xlsx');
  return { xlsx, name };
}
