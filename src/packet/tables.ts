// The packet's data as plain tables (title, columns, rows): the XLSX appendix writes one sheet
// per table. Built from the same PacketDocument as the HTML, so the numbers match.
import { AGENCY_FIELD_LABEL } from '../resourceMap/map.ts';
import type { PacketDocument } from './compile.ts';

export type Cell = string | number | null;
export type DataTable = { sheet: string; title: string; columns: string[]; rows: Cell[][] };

function meetingTable(doc: PacketDocument): DataTable {
  const m = doc.meeting;
  return {
    sheet: '会議',
    title: `${m.title}（${doc.project.name}）`,
    columns: ['項目', '内容'],
    rows: [
      ['プロジェクト', doc.project.name],
      ['市区町村', doc.project.municipality],
      ['年度', doc.project.fiscalYear],
      ['会議', m.title],
      ['種類', `${m.kindLabel} 第${m.number}回`],
      ['開催日', m.date],
      ['時間', m.startTime || m.endTime ? `${m.startTime}〜${m.endTime}` : ''],
      ['会場', m.place],
      ['主催', doc.project.hostHealthCentre],
      ['目的', m.purpose],
      ['作成日時', doc.generatedAt],
    ],
  };
}

function agendaTable(doc: PacketDocument): DataTable {
  return { sheet: '次第', title: '次第', columns: ['No.', '議題'], rows: doc.meeting.agenda.map((a, i) => [i + 1, a]) };
}

function attendanceTable(doc: PacketDocument): DataTable {
  return {
    sheet: '出席機関',
    title: '出席機関',
    columns: ['No.', '機関キー', '機関名', '種別', '分野'],
    rows: doc.attendees.map((a, i) => [i + 1, a.key, a.name, a.kind, a.field]),
  };
}

function resourceMapTables(doc: PacketDocument): DataTable[] {
  const map = doc.resourceMap;
  const bands = map.bands.map((b) => b.label);
  return [
    {
      sheet: '社会資源マップ',
      title: '社会資源マップ（対象年齢帯に 1）',
      columns: ['分野', '機関キー', '機関名', '種別', '対象年齢', '下限', '上限', ...bands],
      rows: map.fields.flatMap((f) =>
        f.agencies.map((a) => [AGENCY_FIELD_LABEL[a.field], a.key, a.name, a.kind, a.ageLabel, a.ageMin, a.ageMax, ...a.bands.map((on) => (on ? 1 : 0))]),
      ),
    },
    {
      sheet: '年齢帯別の対応機関数',
      title: '年齢帯別の対応機関数',
      columns: ['年齢帯', '年齢帯キー', '対応機関数', '状況', ...map.fields.map((f) => f.label)],
      rows: map.coverage.map((c, i) => [
        c.label,
        c.band,
        c.agencies,
        c.level === 'none' ? '支援機関なし' : c.level === 'single' ? '1機関のみ' : '',
        ...map.fields.map((f) => f.counts[i]),
      ]),
    },
  ];
}

function scheduleTable(doc: PacketDocument): DataTable {
  return {
    sheet: '会議予定',
    title: '会議の予定',
    columns: ['会議', '種類', '回', '開催日', '開始', '終了', '会場'],
    rows: doc.schedule.map((m) => [m.title, m.kindLabel, m.number, m.date, m.startTime, m.endTime, m.place]),
  };
}

/** Tables for the sections the packet includes (the meeting sheet always comes first). */
export function packetTables(doc: PacketDocument): DataTable[] {
  const tables: DataTable[] = [meetingTable(doc)];
  for (const { id } of doc.settings.sections) {
    if (id === 'agenda') tables.push(agendaTable(doc));
    else if (id === 'attendance') tables.push(attendanceTable(doc));
    else if (id === 'resource_map') tables.push(...resourceMapTables(doc));
    else if (id === 'next_steps') tables.push(scheduleTable(doc));
  }
  return tables;
}
