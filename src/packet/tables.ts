// The packet's data as plain tables (title, columns, rows): the XLSX appendix writes one sheet
// per table. Built from the same PacketDocument as the HTML, so the numbers match.
import { resourceMapTables } from '../resourceMap/mapTables.ts';
import type { PacketDocument } from './compile.ts';
import { ageBandTables } from './ageBandTables.ts';
import { historyLine, ISSUE_STATUS_LABEL } from '../lib/labels/issuesTable.ts';
import { ANONYMOUS_AGENCY } from '../lib/labels/privacy.ts';
import {
  dateCell,
  dateTimeCell,
  percentCell,
  percentPointsCell,
  timeCell,
  type DataTable,
} from '../lib/spreadsheet.ts';

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
      ['開催日', dateCell(m.date)],
      ['時間', m.startTime || m.endTime ? `${m.startTime}〜${m.endTime}` : ''],
      ['会場', m.place],
      ['主催', doc.project.hostHealthCentre],
      ['目的', m.purpose],
      ['作成日時', dateTimeCell(doc.generatedAt)],
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

function scheduleTable(doc: PacketDocument): DataTable {
  return {
    sheet: '会議予定',
    title: '会議の予定',
    columns: ['会議', '種類', '回', '開催日', '開始', '終了', '会場'],
    rows: doc.schedule.map((m) => [
      m.title,
      m.kindLabel,
      m.number,
      dateCell(m.date),
      timeCell(m.startTime),
      timeCell(m.endTime),
      m.place,
    ]),
  };
}

function surveyTable(doc: PacketDocument): DataTable {
  return {
    sheet: '調査の実施状況',
    title: '調査の実施状況',
    columns: ['調査', '開始日', '締切日', '対象機関', '回答・実施', '回収率・実施率', '注'],
    rows: doc.survey.map((s) => [
      s.label,
      dateCell(s.opensOn),
      dateCell(s.closesOn),
      s.agencies,
      s.done,
      percentCell(s.agencies ? s.done / s.agencies : null),
      s.note,
    ]),
  };
}

function questionnaireTables(doc: PacketDocument): DataTable[] {
  const j = doc.json;
  const choice = (sheet: string, label: string, summary: typeof j.supportContent): DataTable => ({
    sheet,
    title: `${sheet}（回答 ${summary.base} 機関中の割合）`,
    columns: [label, '機関数', '割合'],
    rows: summary.options.map((o) => [o.option, o.count, percentPointsCell(o.share)]),
  });
  return [
    ...ageBandTables(doc),
    choice('資格', '資格', j.professions),
    choice('支援内容', '支援内容', j.supportContent),
  ];
}

function hearingTables(doc: PacketDocument): DataTable[] {
  const h = doc.hearings;
  return [
    {
      sheet: 'ヒアリング（テーマ別）',
      title: 'ヒアリング：テーマ別の件数と機関数',
      columns: ['テーマキー', 'テーマ', '件数', '機関数', ...h.agencies.map((a) => a.name)],
      rows: doc.json.hearingThemes.map((r) => [
        r.theme,
        r.label,
        r.passages,
        r.agencies,
        ...h.agencies.map((a) => r.byAgency[a.key] ?? 0),
      ]),
    },
    {
      sheet: 'ヒアリング（発言）',
      title: 'ヒアリング：テーマ別の発言',
      columns: ['テーマ', '機関キー', '機関名', '発言'],
      // a passage the agency did not mark shared names no agency (「ある機関」)
      rows: h.groups.flatMap((g) =>
        g.passages.map((p) =>
          p.shared
            ? [g.theme.label, p.agency.key, p.agency.name, p.text]
            : [g.theme.label, '', ANONYMOUS_AGENCY, p.text],
        ),
      ),
    },
  ];
}

function groupWorkTable(doc: PacketDocument): DataTable {
  const g = doc.groupWork;
  return {
    sheet: 'グループワーク',
    title: g ? `${g.meeting.title}（${g.meeting.date}）のグループワーク` : 'グループワーク（記録なし）',
    columns: ['問い', 'グループ', '意見', '票数'],
    rows: g
      ? g.prompts.flatMap((p) => p.groups.flatMap((grp) => grp.cards.map((c) => [p.text, grp.name, c.text, c.votes])))
      : [],
  };
}

function issuesTable(doc: PacketDocument): DataTable {
  return {
    sheet: '問題点と課題',
    title: '見えてきた問題点と課題',
    columns: ['No.', '問題点', '課題', '根拠', '状況', '次の対応'],
    rows: doc.issues.map((r, i) => [i + 1, r.problem, r.issue, r.sources, ISSUE_STATUS_LABEL[r.status], r.nextStep]),
  };
}

function issueProgressTable(doc: PacketDocument): DataTable {
  const { previous, rows } = doc.issueProgress;
  return {
    sheet: '課題の進捗',
    title: previous
      ? `前回の会議（${previous.title}・${previous.date}）からの課題の進捗`
      : '前回からの課題の進捗（前回の会議なし）',
    columns: ['No.', '問題点', '課題', '担当', '期限', '目標の会議', '状況', '期限切れ', '前回からの経過'],
    rows: rows.map((r, i) => [
      i + 1,
      r.problem,
      r.issue,
      r.owner,
      dateCell(r.dueOn),
      r.targetMeeting?.title ?? '',
      ISSUE_STATUS_LABEL[r.status],
      r.overdue ? '期限切れ' : '',
      r.history.map((h) => historyLine(h, (d) => d)).join('\n'),
    ]),
  };
}

function caseTables(doc: PacketDocument): DataTable[] {
  const c = doc.cases;
  return [
    {
      sheet: '事例（年齢帯別）',
      title: '年齢帯別・分類別の事例数（提出済み）',
      columns: ['年齢帯', '年齢帯キー', '好事例', '困難事例', '計'],
      rows: c.byBand.map((r) => [r.label, r.band, r.good, r.difficult, r.total]),
    },
    {
      sheet: '事例（機関・年齢帯・性別）',
      // the cells are already suppressed: 1 and 2 are the text 「3未満」
      title: '提供機関・年齢帯・性別ごとの事例数（1件・2件は「3未満」）',
      columns: ['提供機関', '年齢帯', ...c.breakdown.columns],
      rows: [...c.breakdown.rows.map((r) => [r.agency, r.band, ...r.cells]), [`※ ${c.breakdown.note}`]],
    },
    {
      sheet: '事例の要因比較',
      title: '要因ごとの件数と割合（割合 = 該当 ÷（該当＋非該当）。不明は未回答を含み、割合の母数に含めない）',
      columns: [
        '要因キー',
        '要因',
        '分類',
        '好事例 該当',
        '好事例 非該当',
        '好事例 不明',
        '好事例 件数',
        '好事例 割合',
        '困難事例 該当',
        '困難事例 非該当',
        '困難事例 不明',
        '困難事例 件数',
        '困難事例 割合',
      ],
      rows: doc.json.caseFactors.map((f) => {
        const def = c.factors[f.factor];
        return [
          f.factor,
          def?.label ?? f.factor,
          def?.groupLabel ?? '',
          f.good.yes,
          f.good.no,
          f.good.unknown,
          f.good.total,
          percentCell(f.good.share),
          f.difficult.yes,
          f.difficult.no,
          f.difficult.unknown,
          f.difficult.total,
          percentCell(f.difficult.share),
        ];
      }),
    },
  ];
}

function caseStudyTable(doc: PacketDocument): DataTable {
  const cs = doc.caseStudies;
  return {
    sheet: '事例検討',
    title: cs ? `${cs.meeting.title}（${cs.meeting.date}）の事例検討` : '事例検討（記録なし）',
    columns: ['事例', '分類', '機関', '項目', '内容'],
    rows: cs
      ? cs.studies.flatMap((s) => [
          ...s.agencyViews.flatMap((a) => a.views.map((v) => [s.caseKey, s.classification, a.agency, v.label, v.text])),
          ...s.sections.map((x) => [s.caseKey, s.classification, '', x.label, x.text]),
        ])
      : [],
  };
}

/** Tables for the sections the packet includes (the meeting sheet always comes first). */
export function packetTables(doc: PacketDocument): DataTable[] {
  const tables: DataTable[] = [meetingTable(doc)];
  for (const { id } of doc.settings.sections) {
    if (id === 'agenda') tables.push(agendaTable(doc));
    else if (id === 'attendance') tables.push(attendanceTable(doc));
    else if (id === 'survey_overview') tables.push(surveyTable(doc));
    else if (id === 'questionnaire') tables.push(...questionnaireTables(doc));
    else if (id === 'hearings') tables.push(...hearingTables(doc));
    else if (id === 'cases') tables.push(...caseTables(doc));
    else if (id === 'case_studies') tables.push(caseStudyTable(doc));
    else if (id === 'group_work') tables.push(groupWorkTable(doc));
    else if (id === 'issues') tables.push(issuesTable(doc));
    else if (id === 'issue_progress') tables.push(issueProgressTable(doc));
    else if (id === 'resource_map') tables.push(...resourceMapTables(doc.resourceMap));
    else if (id === 'next_steps') tables.push(scheduleTable(doc));
  }
  return tables;
}
