// Gathers everything one meeting's packet shows into one plain object. The HTML, PDF and XLSX
// are all rendered from this object, so every output shows the same numbers.
import type { Db } from '../db/client.ts';
import type { Project } from '../context.ts';
import { listMeetings, type Meeting } from '../meetings/queries.ts';
import { numberMeetings } from '../meetings/schedule.ts';
import { buildResourceMap, AGENCY_FIELD_LABEL, type ResourceMap } from '../resourceMap/map.ts';
import { listMapAgencies } from '../resourceMap/queries.ts';
import {
  agencyDirectory,
  findPacketSettings,
  listAttendees,
  listSubmittedCaseBands,
  submittedCaseConsent,
} from './queries.ts';
import {
  agencyLabeler,
  caseFactorNotes,
  caseFactorViews,
  caseOverviews,
  caseStudyViews,
  countCasesByBand,
  type CaseBandRow,
  type CaseCandidates,
  type CaseFactorView,
  type CaseStudyView,
} from './cases.ts';
import { listCandidateCases, listFactorDefs } from '../cases/queries.ts';
import { caseStudyResults } from '../caseStudies/queries.ts';
import { listIssueRows, type IssueRowView } from '../issuesTable/queries.ts';
import { buildPacketJson, loadPacketData, type PacketJson } from './json.ts';
import { getSurveyWindows } from '../projects/queries.ts';
import { ageBandTotals, ageUnknownTotal, submittedOnly } from '../questionnaire/aggregate.ts';
import { themeSummaryInput } from '../hearings/queries.ts';
import { hearingProgressFor } from '../hearings/planQueries.ts';
import { summariseThemes, type ThemeSummary } from '../hearings/themeSummary.ts';
import { loadBoard } from '../live/board.ts';
import { shapeGroupWork, type GroupWorkResult } from './groupWork.ts';
import { surveyTimingSentence } from './surveyTiming.ts';
import { caseBreakdown, suppressedBreakdown, type SuppressedBreakdown } from '../cases/caseBreakdown.ts';
import { defaultSettings, type PacketSettings } from './settings.ts';
import { chosenQuestionSummaries, type ChosenSummaries } from './questionSummaries.ts';
import { FACTOR_GROUP_LABEL, type FactorDef } from '../lib/labels/cases.ts';
import { ISSUE_ORIGIN_LABEL } from '../lib/labels/issuesTable.ts';
import { MEETING_KIND_LABEL } from '../lib/labels/meetings.ts';
import { meetingAttendance } from '../minutes/minutesViewModel.ts';
import type { AttendanceList } from '../attendance/summary.ts';
import { listFollowups, listProjectHistory } from '../followup/queries.ts';
import { issueProgress, previousMeeting, type IssueProgress } from '../followup/progress.ts';
import { todayJst } from '../lib/time.ts';
import { yearComparison, type YearComparisonView } from '../yearLoop/comparison.ts';

export type PacketMeeting = {
  id: number;
  key: string;
  kind: Meeting['kind'];
  kindLabel: string;
  number: number;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  purpose: string;
  agenda: string[];
};

/** One survey part's reach: how many agencies took part out of how many were asked. */
export type SurveyReach = {
  part: 'questionnaire' | 'hearing' | 'cases';
  label: string;
  opensOn: string | null;
  closesOn: string | null;
  agencies: number;
  done: number;
  note: string;
};

export type PacketDocument = {
  generatedAt: string;
  project: Pick<Project, 'name' | 'municipality' | 'fiscalYear' | 'hostHealthCentre' | 'adviser'>;
  meeting: PacketMeeting;
  settings: PacketSettings;
  attendees: { key: string; name: string; kind: string; field: string }[];
  /** 出欠 for the cover; `guestNames` false where advisers and observers print as counts (agency links). */
  attendance: { list: AttendanceList; guestNames: boolean };
  /** Every meeting of the project in date order, for the schedule section. */
  schedule: (Pick<
    PacketMeeting,
    'key' | 'kindLabel' | 'number' | 'title' | 'date' | 'startTime' | 'endTime' | 'place'
  > & { current: boolean })[];
  resourceMap: ResourceMap;
  survey: SurveyReach[];
  /** When the survey parts ran: 「並行して」 only for overlapping periods. */
  surveyTiming: string;
  /** Hearing passages grouped by theme (the counts printed come from json.hearingThemes). */
  hearings: ThemeSummary;
  /** Group work of the latest earlier meeting that had any cards; null when there is none. */
  groupWork: GroupWorkResult | null;
  cases: {
    byBand: CaseBandRow[];
    /** Labels for the factor keys of json.caseFactors. */
    factors: Record<string, FactorDef & { groupLabel: string }>;
    /** json.caseFactors labelled, in the fixed factor order. */
    factorViews: CaseFactorView[];
    /** Small-number notes for a class under 5 cases. */
    factorNotes: string[];
    /** Cases proposed for this meeting's case study whose text may print here, and how many may not. */
    candidates: CaseCandidates;
    /** Cases by agency × age band × sex, small cells already printed as 「3未満」 (never the real counts). */
    breakdown: SuppressedBreakdown;
  };
  /**
   * Case-study sheets of this meeting, or else of the latest earlier meeting that has some;
   * `withheld` sheets are of cases whose text may not print in this meeting's packet.
   */
  caseStudies: { meeting: { title: string; date: string }; studies: CaseStudyView[]; withheld: number } | null;
  /** The problems → issues table as it stands. */
  issues: { problem: string; issue: string; status: IssueRowView['status']; nextStep: string; sources: string }[];
  /** Both fiscal years' age bands when the project is a next year of another (null otherwise). */
  yearComparison: YearComparisonView | null;
  /** 前回からの課題の進捗: rows that moved since the previous meeting of the project. */
  issueProgress: IssueProgress;
  /** The packet JSON (same builder as packet.json): every figure the packet prints comes from here. */
  json: PacketJson;
  /** Each responding agency's caseload per age band (the segments of the age-band figure) and of unknown age. */
  ageBandsByAgency: { agency: string; values: number[]; unknown: number }[];
  /** Summaries of the questions chosen for the question_summaries section (none when it is not chosen). */
  questionSummaries: ChosenSummaries;
  /** Display names for the agency keys used in `json`. */
  agencyNames: Record<string, string>;
};

function toPacketMeeting(m: Meeting, number: number): PacketMeeting {
  return {
    id: m.id,
    key: m.key,
    kind: m.kind,
    kindLabel: MEETING_KIND_LABEL[m.kind],
    number,
    title: m.title,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    purpose: m.purpose,
    agenda: m.agenda,
  };
}

/** The saved settings, or the defaults for this meeting's kind and number. */
export function effectiveSettings(
  db: Db,
  projectId: number,
  meeting: Pick<Meeting, 'id' | 'kind'>,
  number: number,
): PacketSettings {
  return findPacketSettings(db, projectId, meeting.id) ?? defaultSettings(meeting.kind, number);
}

/** Returns null when the meeting is not in the project. */
export function compilePacket(
  db: Db,
  project: Project,
  meetingId: number,
  opts: { generatedAt: string; settings?: PacketSettings },
): PacketDocument | null {
  const meetings = listMeetings(db, project.id);
  const meeting = meetings.find((m) => m.id === meetingId);
  const data = loadPacketData(db, project.id, meetingId);
  if (!meeting || !data) return null;
  const numbers = numberMeetings(meetings);
  const number = numbers.get(meeting.id) ?? 1;
  const agencies = listMapAgencies(db, project.id);
  const json = buildPacketJson(data);
  const settings = opts.settings ?? effectiveSettings(db, project.id, meeting, number);
  const submittedCases = listSubmittedCaseBands(db, project.id);
  const survey = surveyReach(db, project.id, json, submittedCases);
  return {
    generatedAt: opts.generatedAt,
    project: {
      name: project.name,
      municipality: project.municipality,
      fiscalYear: project.fiscalYear,
      hostHealthCentre: project.hostHealthCentre,
      adviser: project.adviser,
    },
    meeting: toPacketMeeting(meeting, number),
    settings,
    attendees: listAttendees(db, project.id, meeting.attendeeAgencyIds).map((a) => ({
      ...a,
      field: AGENCY_FIELD_LABEL[a.field],
    })),
    attendance: { list: meetingAttendance(db, meeting), guestNames: true },
    schedule: meetings.map((m) => {
      const pm = toPacketMeeting(m, numbers.get(m.id) ?? 1);
      return {
        key: pm.key,
        kindLabel: pm.kindLabel,
        number: pm.number,
        title: pm.title,
        date: pm.date,
        startTime: pm.startTime,
        endTime: pm.endTime,
        place: pm.place,
        current: m.id === meeting.id,
      };
    }),
    resourceMap: buildResourceMap(agencies),
    json,
    survey,
    surveyTiming: surveyTimingSentence(survey),
    // the same rows the packet JSON counted
    hearings: summariseThemes(data.hearing ?? themeSummaryInput(db, project.id)),
    groupWork: previousGroupWork(db, meetings, meeting),
    ...caseMaterial(db, project.id, meetings, meeting, settings.hideCaseAgencies, submittedCases, json),
    issues: listIssueRows(db, project.id).map((r) => ({
      problem: r.problem,
      issue: r.issue,
      status: r.status,
      nextStep: r.nextStep,
      sources: r.sources.length ? r.sources.map((x) => x.printLabel).join('、') : ISSUE_ORIGIN_LABEL[r.origin],
    })),
    yearComparison: yearComparison(db, project.id),
    issueProgress: issueProgress({
      rows: listFollowups(db, project.id),
      history: listProjectHistory(db, project.id),
      current: meeting,
      previous: previousMeeting(meetings, meeting),
      // a packet made after its meeting (a reissue) judges overdue as on the meeting's day
      asOf: [todayJst(new Date(opts.generatedAt)), meeting.date].sort()[0],
    }),
    agencyNames: Object.fromEntries(data.agencies.map((a) => [a.key, a.name])),
    questionSummaries: chosenQuestionSummaries(db, project.id, settings, data),
    // the same aggregate function per agency, so the segments add up to json.ageBands
    ageBandsByAgency: data.agencies.flatMap((a) => {
      const own = submittedOnly(data.responses.filter((r) => r.agencyId === a.id));
      return own.length
        ? [{ agency: a.key, values: ageBandTotals(own).map((t) => t.cases), unknown: ageUnknownTotal(own) }]
        : [];
    }),
  };
}

type SubmittedCase = ReturnType<typeof listSubmittedCaseBands>[number];

function surveyReach(db: Db, projectId: number, json: PacketJson, cases: SubmittedCase[]): SurveyReach[] {
  const w = getSurveyWindows(db, projectId);
  const total = json.questionnaire.agencies;
  const hearing = hearingProgressFor(db, projectId);
  return [
    {
      ...w.questionnaire,
      label: 'アンケート調査',
      agencies: total,
      done: json.questionnaire.respondents,
      note: '提出済みの回答',
    },
    {
      ...w.hearing,
      label: 'ヒアリング調査',
      // the base is the agencies chosen for a hearing, not every agency: 実施率 = 実施済み ÷ 予定機関数
      agencies: hearing.planned,
      done: hearing.held,
      note: '対象はヒアリング予定の機関。率は実施率（実施済み ÷ 予定機関数）',
    },
    {
      ...w.cases,
      label: '事例提供',
      agencies: total,
      done: new Set(cases.map((c) => c.agencyId)).size,
      note: `事例を提出した機関・${cases.length}件`,
    },
  ];
}

function previousGroupWork(db: Db, meetings: Meeting[], current: Meeting): GroupWorkResult | null {
  // meetings come in date order; walk back from the one before this meeting
  const earlier = meetings.slice(0, meetings.indexOf(current)).reverse();
  for (const m of earlier) {
    const board = loadBoard(db, m.id);
    if (board && board.cells.size > 0) return shapeGroupWork({ title: m.title, date: m.date }, board);
  }
  return null;
}

function caseMaterial(
  db: Db,
  projectId: number,
  meetings: Meeting[],
  current: Meeting,
  hideAgencies: boolean,
  submitted: SubmittedCase[],
  json: PacketJson,
): Pick<PacketDocument, 'cases' | 'caseStudies'> {
  // one labeler for both sections, so "A機関" is the same agency throughout the packet
  const label = agencyLabeler(hideAgencies);
  const consent = submittedCaseConsent(db, projectId);
  // candidates first: the cases section comes before the case studies in the packet
  const directory = agencyDirectory(db, projectId);
  const candidates = caseOverviews(listCandidateCases(db, projectId, current.id), directory, label, current.kind);
  let caseStudies: PacketDocument['caseStudies'] = null;
  for (const m of meetings.slice(0, meetings.indexOf(current) + 1).reverse()) {
    const views = caseStudyViews(caseStudyResults(db, projectId, m.id), consent, label, current.kind);
    if (views.studies.length || views.withheld) {
      caseStudies = { meeting: { title: m.title, date: m.date }, ...views };
      break;
    }
  }
  const factors = Object.fromEntries(
    listFactorDefs(db, projectId).map((f) => [f.key, { ...f, groupLabel: FACTOR_GROUP_LABEL[f.group] }]),
  );
  return {
    cases: {
      byBand: countCasesByBand(submitted),
      factors,
      factorViews: caseFactorViews(json.caseFactors, factors),
      factorNotes: caseFactorNotes(json.caseFactors),
      candidates,
      breakdown: suppressedBreakdown(caseBreakdown(submitted, directory, label)),
    },
    caseStudies,
  };
}
