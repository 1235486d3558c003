import type { MeetingInput } from './schemas.ts';
import { nearestWorkday } from '../lib/holidays.ts';
import type { MeetingKind } from '../lib/labels/meetings.ts';

type Numbered = { id: number; kind: MeetingKind; date: string };

/** 第n回 per kind: meetings of one kind counted in date order (ties by creation order). */
export function numberMeetings(list: readonly Numbered[]): Map<number, number> {
  const sorted = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
  const counters: Record<MeetingKind, number> = { working_group: 0, network: 0, support_meeting: 0 };
  return new Map(sorted.map((m) => [m.id, ++counters[m.kind]]));
}

/**
 * The seed-000 year (表1): WG ×2 and network meetings ×3 on the model's dates, shifted to the
 * project's fiscal year (January and February fall in the following calendar year). A date that
 * falls on 土日・祝日 (or 年末年始) moves to the nearest working day (src/lib/holidays.ts).
 * Purposes follow the seed's wording for each meeting.
 */
export function standardSchedule(fiscalYear: number, networkAttendeeIds: number[]): MeetingInput[] {
  const next = fiscalYear + 1;
  const base = { startTime: '', endTime: '', place: '' };
  return [
    {
      ...base,
      kind: 'working_group',
      title: '第1回ワーキンググループ',
      date: nearestWorkday(`${fiscalYear}-09-26`),
      purpose:
        'ひきこもり支援機関に対する実態調査（アンケート）及びヒアリング調査の内容と、支援事例抽出の方法を検討する。',
      agenda: [
        '事業の趣旨と年間スケジュールの確認',
        'アンケート調査項目の検討',
        'ヒアリング調査項目の検討',
        '事例提供の依頼方法・抽出基準の検討',
      ],
      attendeeAgencyIds: [],
    },
    {
      ...base,
      kind: 'working_group',
      title: '第2回ワーキンググループ',
      date: nearestWorkday(`${fiscalYear}-11-29`),
      purpose:
        '実態調査等の結果を共有・分析し、ネットワーク会議の企画・運営（検討内容、事例検討の進め方等）を検討する。',
      agenda: [
        '実態調査等の結果の共有',
        '結果の分析と見えてきた課題の整理',
        'ネットワーク会議の内容・事例検討の進め方の検討',
      ],
      attendeeAgencyIds: [],
    },
    {
      ...base,
      kind: 'network',
      title: '第1回ネットワーク会議',
      date: nearestWorkday(`${fiscalYear}-12-24`),
      purpose: '実態調査等の結果を共有し、実態調査等から見えてきた連携等に関する課題について意見交換する。',
      agenda: [
        '開会・事業の趣旨説明',
        '実態調査等の結果報告（アンケート・ヒアリング・事例提供）',
        '連携等に関する課題についての意見交換',
        '助言者による講評',
      ],
      attendeeAgencyIds: networkAttendeeIds,
    },
    {
      ...base,
      kind: 'network',
      title: '第2回ネットワーク会議',
      date: nearestWorkday(`${next}-01-28`),
      purpose: '事例検討（好事例・困難事例）を通じて、連携上の課題について意見交換する。',
      agenda: [
        '前回の振り返り',
        '事例検討（好事例）',
        '事例検討（困難事例）',
        '連携上の課題についての意見交換',
        '助言者による講評',
      ],
      attendeeAgencyIds: networkAttendeeIds,
    },
    {
      ...base,
      kind: 'network',
      title: '第3回ネットワーク会議',
      date: nearestWorkday(`${next}-02-21`),
      purpose: '見えてきた課題を共有し、効果的な支援や連携促進のためのツールを検討する。',
      agenda: [
        'これまでの振り返りと課題の共有',
        'グループワーク（効果的な支援・連携促進のためのツール検討）',
        'グループワークの発表',
        '次年度に向けて・助言者による講評',
      ],
      attendeeAgencyIds: networkAttendeeIds,
    },
  ];
}
