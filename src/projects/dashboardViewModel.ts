// What the project dashboard shows: the year's timeline with each survey part's progress and each
// meeting's attendance, and how many agencies and meetings the project has.
import type { Db } from '../db/client.ts';
import { todayJst } from '../lib/time.ts';
import { getSurveyWindows } from './queries.ts';
import { buildTimeline, type TimelineStep } from './timeline.ts';
import { listMeetings } from '../meetings/queries.ts';
import { countActiveAgencies } from '../agencies/queries.ts';
import { submissionProgress } from '../questionnaire/queries.ts';
import { hearingProgressFor } from '../hearings/planQueries.ts';
import { percent } from '../lib/format.ts';
import { caseCounts } from '../cases/queries.ts';
import { yearPanel, type YearPanelProps } from '../followup/yearPanel.ts';
import { attendanceCounts } from '../attendance/queries.ts';
import { attendanceLine } from '../lib/labels/attendance.ts';

export type DashboardView = {
  steps: TimelineStep[];
  counts: { agencies: number; meetings: number };
  year: YearPanelProps;
};

export function dashboardView(db: Db, projectId: number): DashboardView {
  const windows = getSurveyWindows(db, projectId);
  const meetings = listMeetings(db, projectId);
  const questionnaire = submissionProgress(db, projectId);
  const cases = caseCounts(db, projectId);
  const hearing = hearingProgressFor(db, projectId);
  const attendance = attendanceCounts(db, projectId);
  const steps = buildTimeline({
    projectId,
    // invited / replied / present, as the meeting list shows them
    meetings: meetings.map((m) => {
      const counts = attendance.get(m.id);
      return counts ? { ...m, progress: attendanceLine(counts) } : m;
    }),
    windows: Object.values(windows),
    today: todayJst(),
    available: { questionnaire: true, hearing: true, cases: true },
    progress: {
      questionnaire: `提出 ${questionnaire.submitted}/${questionnaire.total}機関`,
      // 実施率 = 実施済み ÷ 予定機関数 (agencies chosen for a hearing, not every agency)
      hearing: `実施 ${hearing.held}/予定 ${hearing.planned}機関（実施率 ${percent(hearing.rate)}）`,
      cases: `提出 ${cases.submitted}件（好事例 ${cases.good}・困難事例 ${cases.difficult}）`,
    },
  });
  return {
    steps,
    counts: { agencies: countActiveAgencies(db, projectId), meetings: meetings.length },
    year: yearPanel(db, projectId, meetings),
  };
}
