// 「前回からの課題の進捗」 (a packet section): the issue rows that moved from the previous meeting of
// the project (its day included: what was reviewed there) to this one — a dated note or status
// change, or due by this meeting — each with its owner, due date, current status and the notes of
// that period. Pure.
import type { IssueStatus } from '../lib/labels/issuesTable.ts';
import type { HistoryEntry, OpenFollowup } from './queries.ts';
import { dueDate } from './due.ts';

type MeetingRef = { id: number; title: string; date: string };

export type ProgressRow = {
  problem: string;
  issue: string;
  /** 担当: the agency's name, 保健所（事務局）, or 未定. */
  owner: string;
  dueOn: string | null;
  targetMeeting: { title: string; date: string } | null;
  status: IssueStatus;
  /** Not done and its due date (or target meeting's date) is before `asOf`. */
  overdue: boolean;
  /** The row's dated notes from the previous meeting's day to this meeting's. */
  history: Pick<HistoryEntry, 'onDate' | 'status' | 'note' | 'meetingTitle'>[];
};

export type IssueProgress = {
  previous: { title: string; date: string } | null;
  /** The day overdue is judged on (the packet's making, JST, or the meeting's day if earlier). */
  asOf: string;
  rows: ProgressRow[];
  /** Overdue rows that did not move in the period (counted, so none is forgotten). */
  otherOverdue: number;
};

/** The latest meeting held on an earlier day than `current` (meetings in any order). */
export function previousMeeting<M extends MeetingRef>(meetings: readonly M[], current: MeetingRef): M | null {
  const earlier = meetings.filter((m) => m.date < current.date);
  return earlier.reduce<M | null>((last, m) => (!last || m.date >= last.date ? m : last), null);
}

const ownerLabel = (r: OpenFollowup) =>
  r.ownerKind === 'centre' ? '保健所（事務局）' : r.ownerKind === 'agency' && r.ownerName ? r.ownerName : '未定';

export function issueProgress(input: {
  rows: readonly OpenFollowup[];
  history: readonly HistoryEntry[];
  current: MeetingRef;
  previous: MeetingRef | null;
  asOf: string;
}): IssueProgress {
  const { current, previous, asOf } = input;
  const isOverdue = (r: OpenFollowup) => {
    const due = dueDate(r);
    return r.status !== 'done' && due !== null && due < asOf;
  };
  if (!previous) return { previous: null, asOf, rows: [], otherOverdue: 0 };
  const within = (day: string | null) => day !== null && day >= previous.date && day <= current.date;
  let otherOverdue = 0;
  const rows = input.rows.flatMap((r): ProgressRow[] => {
    const history = input.history.filter((h) => h.rowId === r.rowId && within(h.onDate));
    const targeted = r.targetMeetingId === current.id || within(r.dueOn);
    if (!history.length && !targeted) {
      if (isOverdue(r)) otherOverdue += 1;
      return [];
    }
    return [
      {
        problem: r.problem,
        issue: r.issue,
        owner: ownerLabel(r),
        dueOn: r.dueOn,
        targetMeeting: r.targetTitle && r.targetDate ? { title: r.targetTitle, date: r.targetDate } : null,
        status: r.status,
        overdue: isOverdue(r),
        history: history.map(({ onDate, status, note, meetingTitle }) => ({ onDate, status, note, meetingTitle })),
      },
    ];
  });
  return { previous: { title: previous.title, date: previous.date }, asOf, rows, otherOverdue };
}
