// The year-end report (事業報告書) in seed 000's shape, as document blocks: 事業目的, 実施方法,
// 経過 (one row per meeting), 結果 (age bands with the chart and drop-off sentence, hearing themes,
// case-factor comparison), ネットワーク会議の内容, 考察・今後の課題, 助言者. Each text block has a
// generated draft; staff's edited text (report_texts) replaces it.
import type { DocBlock } from './docx.ts';
import type { PacketJson } from '../packet/json.ts';
import type { FactorComparisonRow } from '../cases/factorComparison.ts';
import { AGE_BAND_LABEL } from '../lib/labels/questionnaire.ts';
import { MEETING_KIND_LABEL } from '../lib/labels/meetings.ts';
import { ISSUE_STATUS_LABEL, type IssueStatus } from '../lib/labels/issuesTable.ts';
import { formatDate, percent, reiwa, signed } from '../lib/format.ts';
import type { YearComparisonView } from '../yearLoop/comparison.ts';

export const REPORT_BLOCKS = ['purpose', 'method', 'network', 'discussion', 'adviser'] as const;
export type ReportBlock = (typeof REPORT_BLOCKS)[number];
export const REPORT_BLOCK_LABEL: Record<ReportBlock, string> = {
  purpose: '１ 事業目的',
  method: '２ 実施方法',
  network: '５ ネットワーク会議の内容',
  discussion: '６ 考察・今後の課題',
  adviser: '７ 助言者',
};

export type ReportInput = {
  project: { name: string; municipality: string; fiscalYear: number; adviser: string; hostHealthCentre: string };
  meetings: {
    kind: keyof typeof MEETING_KIND_LABEL;
    title: string;
    date: string;
    agenda: string[];
    attendance: { present: number; invited: number };
    decisions: string[];
  }[];
  figures: PacketJson;
  factors: FactorComparisonRow[];
  hearingsHeld: number;
  casesSubmitted: number;
  issues: { problem: string; issue: string; status: IssueStatus; nextStep: string }[];
  texts: Partial<Record<ReportBlock, string>>;
  /** A next-year project: last year's age bands beside this year's. */
  comparison?: YearComparisonView | null;
  /** The age-band chart as PNG (omitted when it could not be drawn). */
  chart?: { png: Uint8Array; width: number; height: number };
};

const countKind = (r: ReportInput, kind: string) => r.meetings.filter((m) => m.kind === kind).length;

/** The generated draft of each text block (what staff start from). */
export function draftTexts(r: ReportInput): Record<ReportBlock, string> {
  const f = r.figures;
  return {
    purpose: `${r.project.municipality}のひきこもり支援機関が互いの機能・役割を理解し、本人と家族が適切な支援機関につながる連携体制をつくることを目的として、${reiwa(r.project.fiscalYear)}度に${r.project.hostHealthCentre || '保健所'}が本事業を実施した。`,
    method: [
      `ワーキンググループ ${countKind(r, 'working_group')}回、ネットワーク会議 ${countKind(r, 'network')}回を開催した。`,
      `実態調査として、支援機関へのアンケート（回答 ${f.questionnaire.respondents}／${f.questionnaire.agencies}機関）、ヒアリング（${r.hearingsHeld}機関）、支援事例の提供（提出 ${r.casesSubmitted}件）を行った。`,
    ].join('\n'),
    network: r.meetings
      .filter((m) => m.kind === 'network')
      .map(
        (m) =>
          `${m.title}（${formatDate(m.date)}）：${m.agenda.join('、') || '議題未登録'}。${m.decisions.length ? `決定事項：${m.decisions.join('、')}。` : ''}`,
      )
      .join('\n'),
    discussion: r.issues.length
      ? r.issues
          .map(
            (i) =>
              `・${i.problem}${i.issue ? ` → ${i.issue}` : ''}（${ISSUE_STATUS_LABEL[i.status]}${i.nextStep ? `、次の対応：${i.nextStep}` : ''}）`,
          )
          .join('\n')
      : '問題点→課題の表はまだ空です。',
    adviser: r.project.adviser || '助言者は登録されていません。',
  };
}

/** Both years' 支援件数 per age band, with what changed, for a project carrying last year's figures. */
function yearOverYearBlocks(c: ReportInput['comparison']): DocBlock[] {
  if (!c) return [];
  return [
    { kind: 'p', text: c.sentences.join('\n') },
    {
      kind: 'table',
      caption: '表2-2 年齢帯別の支援件数（前年度との比較）',
      head: ['年齢帯', ...c.years, '増減'],
      rows: c.bands.map((b) => [AGE_BAND_LABEL[b.band], String(b.before), String(b.now), signed(b.change)]),
    },
  ];
}

export function reportBlocks(r: ReportInput): DocBlock[] {
  const drafts = draftTexts(r);
  const text = (b: ReportBlock) => r.texts[b] ?? drafts[b];
  const section = (b: ReportBlock): DocBlock[] => [
    { kind: 'h1', text: REPORT_BLOCK_LABEL[b] },
    { kind: 'p', text: text(b) },
  ];
  const f = r.figures;
  const drop = f.dropOffs.length
    ? `前後の年齢帯より支援件数が少ない年齢帯（落ち込み）：${f.dropOffs.map((d) => `${AGE_BAND_LABEL[d.band]}${d.confirmed ? '（1歳あたりの人数でも少ない）' : '（年齢帯の幅による見かけの可能性あり）'}`).join('、')}。`
    : '前後の年齢帯より支援件数が少ない年齢帯はなかった。';
  return [
    { kind: 'title', text: `${r.project.name} 事業報告書` },
    { kind: 'p', text: `${reiwa(r.project.fiscalYear)}度　${r.project.hostHealthCentre}` },
    ...section('purpose'),
    ...section('method'),
    { kind: 'h1', text: '３ 経過' },
    {
      kind: 'table',
      caption: '表1 会議の経過',
      head: ['開催日', '種類', '内容', '出席'],
      // on A4, 種類 (ワーキンググループ) and 出席 (10／11機関) stay on one line
      widths: [21, 23, 39, 17],
      rows: r.meetings.map((m) => [
        formatDate(m.date),
        MEETING_KIND_LABEL[m.kind],
        `${m.title}${m.agenda.length ? `\n${m.agenda.join('、')}` : ''}`,
        // no roll-call taken is not "nobody came"
        m.attendance.present ? `${m.attendance.present}／${m.attendance.invited}機関` : '未記録',
      ]),
    },
    { kind: 'h1', text: '４ 結果' },
    { kind: 'h2', text: '(1) アンケート調査：年齢帯別の支援件数' },
    {
      kind: 'p',
      text: `回答 ${f.questionnaire.respondents}／${f.questionnaire.agencies}機関。支援件数（各機関の実人数の合計。機関間の重複を含む）は${f.caseloadTotal}人（年齢不明 ${f.ageUnknown}人を含む）。${drop}`,
    },
    ...(r.chart ? [{ kind: 'image' as const, ...r.chart, alt: '年齢帯別の支援件数のグラフ' }] : []),
    {
      kind: 'table',
      caption: '表2 年齢帯別の支援件数',
      head: ['年齢帯', '支援件数（人）', '支援機関数', '1歳あたり（人/歳）'],
      rows: f.ageBands.map((b) => [AGE_BAND_LABEL[b.band], String(b.cases), String(b.agencies), String(b.perYear)]),
    },
    ...yearOverYearBlocks(r.comparison),
    { kind: 'h2', text: '(2) ヒアリング調査：テーマ別の記録' },
    {
      kind: 'table',
      caption: '表3 ヒアリングのテーマ',
      head: ['テーマ', '機関数', '記録の箇所数'],
      rows: f.hearingThemes.map((t) => [t.label, String(t.agencies), String(t.passages)]),
    },
    { kind: 'h2', text: '(3) 支援事例：好事例と困難事例の要因の比較' },
    {
      kind: 'table',
      caption: '表4 要因「あり」の割合（あり ÷（あり＋なし））',
      head: ['要因', '好事例', '困難事例'],
      rows: r.factors.map((x) => [x.label, percent(x.good.share), percent(x.difficult.share)]),
    },
    ...section('network'),
    ...section('discussion'),
    ...section('adviser'),
  ];
}
