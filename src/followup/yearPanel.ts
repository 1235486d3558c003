// The dashboard's follow-up figures: overdue rows and rows due before the next meeting, and the
// projects of the previous and next fiscal year.
import type { Db } from '../db/client.ts';
import type { Meeting } from '../meetings/queries.ts';
import { todayJst } from '../lib/time.ts';
import { listFollowups, type OpenFollowup } from './queries.ts';
import { dueLists } from './due.ts';
import { yearNeighbours, type YearNeighbour } from '../yearLoop/queries.ts';

export type YearPanelProps = {
  projectId: number;
  overdue: OpenFollowup[];
  beforeNext: OpenFollowup[];
  nextMeeting: { title: string; date: string } | null;
  previousYear: YearNeighbour | null;
  nextYear: YearNeighbour | null;
};

export function yearPanel(db: Db, projectId: number, meetings: readonly Meeting[]): YearPanelProps {
  const today = todayJst();
  const next = meetings.find((m) => m.date >= today) ?? null;
  return {
    projectId,
    nextMeeting: next,
    ...dueLists(listFollowups(db, projectId), today, next),
    ...yearNeighbours(db, projectId),
  };
}
