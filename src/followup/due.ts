// Which open issue rows are overdue and which fall due before the next meeting (dashboard).
import type { OpenFollowup } from './queries.ts';

/** The date a row is due: its own date, else its target meeting's date. */
export const dueDate = (r: OpenFollowup): string | null => r.dueOn ?? r.targetDate;

export function dueLists(
  rows: readonly OpenFollowup[],
  today: string,
  nextMeeting: { id: number; date: string } | null,
) {
  const open = rows.filter((r) => r.status !== 'done' && dueDate(r) !== null);
  const overdue = open.filter((r) => dueDate(r)! < today);
  const beforeNext = nextMeeting
    ? open.filter(
        (r) => dueDate(r)! >= today && (dueDate(r)! <= nextMeeting.date || r.targetMeetingId === nextMeeting.id),
      )
    : [];
  return { overdue, beforeNext };
}
