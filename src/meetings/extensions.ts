// Extension points for features built on top of meetings (packet, group work, case studies).
// Each feature adds ONE entry to the lists below; the meeting pages pick them up.
import type { Db } from '../db/client.ts';
import type { Meeting } from './queries.ts';
import { countMeetingCaseStudies } from '../caseStudies/queries.ts';
import { countMeetingCards } from '../live/cardQueries.ts';
import { caseStudiesPath } from '../lib/paths/caseStudies.ts';
import { consolePath } from '../lib/paths/live.ts';
import { packetPath } from '../lib/paths/packet.ts';
import { attendancePath, minutesPath } from '../lib/paths/attendance.ts';

/** A link shown under "この会議の資料・運営" on the meeting's detail page. */
export type MeetingTool = {
  label: string;
  description: string;
  href: (meeting: Meeting) => string;
  /** Limit to one kind of meeting (e.g. group work only at network meetings). */
  kinds?: Meeting['kind'][];
};

/** Something stored against a meeting that must be removed before the meeting can be deleted. */
export type MeetingReference = {
  /** Japanese noun for the referencing records, e.g. "事例検討シート". */
  label: string;
  count: (db: Db, meeting: Meeting) => number;
};

export const MEETING_TOOLS: MeetingTool[] = [
  {
    label: '会議資料',
    description: '配布資料の項目と順番を選び、印刷用（A4）・PDF・Excel で出力して発行します。',
    href: (m) => packetPath(m.projectId, m.id),
  },
  {
    label: 'グループワーク（進行・投影）',
    description:
      '参加コードで参加者がスマートフォンから書いたカードを、投影画面にリアルタイムで表示します。お題・タイマー・投票を進行します。',
    href: (m) => consolePath(m.projectId, m.id),
    kinds: ['network'],
  },
  {
    label: '事例検討シート',
    description: '検討する事例ごとに、各機関の見方・制度の狭間・共有したアセスメント・結論と今後の取組を記録します。',
    href: (m) => caseStudiesPath(m.projectId, m.id),
    kinds: ['network', 'support_meeting'],
  },
  {
    label: '出欠',
    description: '招待する機関、機関からの出欠の回答、当日の出席確認（タブレット向け）と助言者・オブザーバー。',
    href: (m) => attendancePath(m.projectId, m.id),
  },
  {
    label: '議事録',
    description: '出欠・次第・グループワーク・事例検討から下書きを作り、編集して版を発行します（A4印刷・Word）。',
    href: (m) => minutesPath(m.projectId, m.id),
  },
];

export const MEETING_REFERENCES: MeetingReference[] = [
  { label: 'グループワークのカード', count: (db, m) => countMeetingCards(db, m.id) },
  { label: '事例検討シート', count: (db, m) => countMeetingCaseStudies(db, m.id) },
];

export function toolsFor(meeting: Meeting): { label: string; description: string; href: string }[] {
  return MEETING_TOOLS.filter((t) => !t.kinds || t.kinds.includes(meeting.kind)).map((t) => ({
    label: t.label,
    description: t.description,
    href: t.href(meeting),
  }));
}

/** Non-zero reference counts, e.g. [{ label: '事例検討シート', count: 2 }]. */
export function referencesTo(db: Db, meeting: Meeting): { label: string; count: number }[] {
  return MEETING_REFERENCES.map((r) => ({ label: r.label, count: r.count(db, meeting) })).filter((r) => r.count > 0);
}
