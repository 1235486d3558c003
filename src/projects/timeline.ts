import { SURVEY_PARTS, type StepStatus, type SurveyPart } from '../lib/labels/projects.ts';
import type { MeetingKind } from '../lib/labels/meetings.ts';
import { caseStudiesPath } from '../lib/paths/caseStudies.ts';
import { casesPath } from '../lib/paths/cases.ts';
import { hearingsPath } from '../lib/paths/hearings.ts';
import { meetingPath } from '../lib/paths/meetings.ts';
import { packetPath } from '../lib/paths/packet.ts';
import { questionnairePath } from '../lib/paths/questionnaire.ts';

/** Where each survey part's staff pages start. */
const SURVEY_PART_PATH: Record<SurveyPart, (projectId: number) => string> = {
  questionnaire: questionnairePath,
  hearing: hearingsPath,
  cases: casesPath,
};

export type TimelineStep = {
  kind: MeetingKind | SurveyPart;
  title: string;
  href: string | null;
  start: string | null;
  end: string | null;
  status: StepStatus;
  /** false where the feature for this step is not built yet ("準備中"). */
  available: boolean;
  progress: string | null;
  next: string;
  /** The records `next` refers to (a held meeting's packet and case-study sheets). */
  nextLinks: { label: string; href: string }[];
};

/** `progress`: the meeting's figures, e.g. its attendance line (招待・回答・出席). */
type MeetingLike = { id: number; kind: MeetingKind; title: string; date: string; progress?: string };
type WindowLike = { part: SurveyPart; opensOn: string | null; closesOn: string | null };

function statusFor(start: string | null, end: string | null, today: string): StepStatus {
  if (!start && !end) return 'unscheduled';
  if (start && today < start) return 'not_started';
  if (end && today > end) return 'closed';
  if (!start && end && today <= end) return 'open';
  return 'open';
}

/** Where a held meeting's records are: its packet (issued versions) and, for network meetings, case studies. */
function heldMeetingLinks(pid: number, m: MeetingLike): { label: string; href: string }[] {
  const links = [{ label: '会議資料', href: packetPath(pid, m.id) }];
  if (m.kind !== 'working_group') links.push({ label: '事例検討シート', href: caseStudiesPath(pid, m.id) });
  return links;
}

/** The project's year as one ordered list of steps (seed 000 表1), with status as of `today`. */
export function buildTimeline(input: {
  projectId: number;
  meetings: MeetingLike[];
  windows: WindowLike[];
  today: string;
  available: Partial<Record<SurveyPart, boolean>>;
  progress?: Partial<Record<SurveyPart, string>>;
}): TimelineStep[] {
  const { projectId: pid, today } = input;
  const meetingSteps: TimelineStep[] = input.meetings.map((m) => {
    const status = statusFor(m.date, m.date, today);
    return {
      kind: m.kind,
      title: m.title,
      href: meetingPath(pid, m.id),
      start: m.date,
      end: m.date,
      status,
      available: true,
      progress: m.progress ?? null,
      next:
        status === 'not_started'
          ? '議題・出席機関を確認し、資料を準備する'
          : status === 'open'
            ? '本日開催'
            : m.kind !== 'working_group'
              ? '配布した会議資料と事例検討シートを確認し、次の会議に反映する'
              : '配布した会議資料を確認し、次の会議に反映する',
      nextLinks: status === 'closed' ? heldMeetingLinks(pid, m) : [],
    };
  });
  const surveySteps: TimelineStep[] = SURVEY_PARTS.map(({ part, label }) => {
    const w = input.windows.find((x) => x.part === part);
    const status = statusFor(w?.opensOn ?? null, w?.closesOn ?? null, today);
    const available = input.available[part] ?? false;
    const next = !available
      ? 'この機能は準備中です'
      : status === 'unscheduled'
        ? 'プロジェクト設定で期間を決める'
        : status === 'not_started'
          ? '開始までに内容を確定し、機関へ案内する'
          : status === 'open'
            ? '回答状況を確認し、未回答の機関へ連絡する'
            : '結果を集計し、会議資料に反映する';
    return {
      kind: part,
      title: label,
      href: available ? SURVEY_PART_PATH[part](pid) : null,
      start: w?.opensOn ?? null,
      end: w?.closesOn ?? null,
      status,
      available,
      progress: input.progress?.[part] ?? null,
      next,
      nextLinks: [],
    };
  });
  // Undated steps go last; survey parts sort by their opening day among the meetings.
  return [...meetingSteps, ...surveySteps].sort((a, b) => {
    const ka = a.start ?? '9999';
    const kb = b.start ?? '9999';
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
