// Packet JSON (BUNDLE.md "Packet JSON"): the aggregates a meeting packet shows, machine-readable,
// computed with the same functions as the results page and the printed packet.
//
// Two steps: `loadPacketData` gathers the rows (the only DB access) and `buildPacketJson` is pure.
// To add a figure (caseFactors, hearingThemes …): add the rows it needs to PacketData, load them in
// loadPacketData with the feature's named query, and add one key in buildPacketJson that calls the
// feature's pure aggregate. Agencies are always identified by their bundle `key`.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { meetings, projects } from '../db/schema.ts';
import {
  aggregateQuestionnaire,
  type AgeBandTotal,
  type AggregateAgency,
  type AggregateResponse,
  type ContactsGroupTotals,
  type ContactsPerCaseRow,
  type DropOff,
  type MultiChoiceSummary,
} from '../questionnaire/aggregate.ts';
import { listRespondentAgencies, listResponses } from '../questionnaire/queries.ts';
import { caseFactorsJson, compareFactors } from '../cases/factorComparison.ts';
import { caseFactorRows, listFactorDefs } from '../cases/queries.ts';
import { hearingThemesJson, summariseThemes, type ThemeSummaryInput } from '../hearings/themeSummary.ts';
import { themeSummaryInput } from '../hearings/queries.ts';
import { FIXED_FACTORS, type FactorDef } from '../lib/labels/cases.ts';
import type { AgeBandKey } from '../lib/labels/questionnaire.ts';
import type { MeetingKind } from '../lib/labels/meetings.ts';
import { listGuests, listInvitations } from '../attendance/queries.ts';
import { attendanceList } from '../attendance/summary.ts';
import { agencyDirectory } from './queries.ts';

export const PACKET_JSON_FORMAT = 'renkei-packet/1';

/**
 * The meeting's 出欠 as the cover prints it: present agencies after the roll-call, else those that
 * replied 出席 (`basis`), by key; advisers and observers are counted (their names are people's names).
 */
export type AttendanceJson = {
  basis: 'present' | 'expected';
  agencies: { agency: string; count: number | null }[];
  advisers: number;
  observers: number;
};

export type PacketData = {
  project: { name: string; municipality: string; fiscalYear: number };
  meeting: {
    key: string;
    kind: MeetingKind;
    title: string;
    date: string;
    agenda: string[];
    attendance?: AttendanceJson;
  };
  /** The questionnaire's population (active agencies), in id order. */
  agencies: AggregateAgency[];
  responses: AggregateResponse[];
  /** Case sheets (drafts included; the comparison keeps submitted ones) and the factor list. */
  cases?: { status: string; classification: string | null; factors: Record<string, string> }[];
  caseFactorDefs?: FactorDef[];
  /** Rows of the hearing theme summary. */
  hearing?: ThemeSummaryInput;
};

export type PacketJson = {
  format: typeof PACKET_JSON_FORMAT;
  project: PacketData['project'];
  meeting: PacketData['meeting'];
  questionnaire: { agencies: number; respondents: number };
  ageBands: AgeBandTotal[];
  ageUnknown: number;
  /** All bands plus ageUnknown: 支援件数 (a sum of each agency's unique persons, with overlaps). */
  caseloadTotal: number;
  dropOffBands: AgeBandKey[];
  dropOffs: DropOff[];
  contactsPerCase: ContactsPerCaseRow[];
  /** Pooled contacts per case of agencies serving only up to 18 vs the others (seed 000's comparison). */
  contactsPerCaseByAgeGroup: { upTo18: ContactsGroupTotals; others: ContactsGroupTotals };
  professions: MultiChoiceSummary & { distinct: number; names: string[] };
  supportContent: MultiChoiceSummary;
  caseFactors: ReturnType<typeof caseFactorsJson>;
  hearingThemes: ReturnType<typeof hearingThemesJson>;
};

const totals = ({ agencies, people, contacts, perCase, noUpperLimit }: ContactsGroupTotals): ContactsGroupTotals => ({
  agencies,
  people,
  contacts,
  perCase,
  noUpperLimit,
});

export function buildPacketJson(data: PacketData): PacketJson {
  const q = aggregateQuestionnaire(data.agencies, data.responses);
  return {
    format: PACKET_JSON_FORMAT,
    project: data.project,
    meeting: data.meeting,
    questionnaire: { agencies: data.agencies.length, respondents: q.respondents },
    ageBands: q.ageBands,
    ageUnknown: q.ageUnknown,
    caseloadTotal: q.caseloadTotal,
    dropOffBands: q.dropOffBands,
    dropOffs: q.dropOffs,
    contactsPerCase: q.contactsPerCase,
    contactsPerCaseByAgeGroup: {
      upTo18: totals(q.contactsByAgeGroup.youth),
      others: totals(q.contactsByAgeGroup.others),
    },
    professions: q.professions,
    supportContent: q.supportContent,
    caseFactors: caseFactorsJson(compareFactors(data.cases ?? [], data.caseFactorDefs ?? FIXED_FACTORS)),
    hearingThemes: hearingThemesJson(
      summariseThemes(data.hearing ?? { themes: [], agencies: [], hearings: [], passages: [] }),
    ),
  };
}

/** The rows for one meeting's packet; null when the meeting is not in the project. */
export function loadPacketData(db: Db, projectId: number, meetingId: number): PacketData | null {
  const project = db.select().from(projects).where(eq(projects.id, projectId)).get();
  const meeting = db
    .select()
    .from(meetings)
    .where(and(eq(meetings.projectId, projectId), eq(meetings.id, meetingId)))
    .get();
  if (!project || !meeting) return null;
  return {
    project: { name: project.name, municipality: project.municipality, fiscalYear: project.fiscalYear },
    meeting: {
      key: meeting.key,
      kind: meeting.kind,
      title: meeting.title,
      date: meeting.date,
      agenda: meeting.agenda,
      attendance: attendanceJson(db, meeting),
    },
    agencies: listRespondentAgencies(db, projectId).map(({ id, key, name, ageMin, ageMax }) => ({
      id,
      key,
      name,
      ageMin,
      ageMax,
    })),
    responses: listResponses(db, projectId).map(({ agencyId, status, answers }) => ({ agencyId, status, answers })),
    cases: caseFactorRows(db, projectId),
    caseFactorDefs: listFactorDefs(db, projectId),
    hearing: themeSummaryInput(db, projectId),
  };
}

function attendanceJson(db: Db, meeting: { id: number; projectId: number }): AttendanceJson {
  const keys = agencyDirectory(db, meeting.projectId);
  // the same list as the cover, with each agency's key in place of its name
  const invited = listInvitations(db, meeting).map((i) => ({ ...i, name: keys.get(i.agencyId)?.key ?? '' }));
  const list = attendanceList(invited, listGuests(db, meeting.id));
  return {
    basis: list.basis,
    agencies: list.agencies.map((a) => ({ agency: a.name, count: a.count })),
    advisers: list.advisers.length,
    observers: list.observers.length,
  };
}

/** Resolves a meeting given by id or by bundle key (the CLI accepts either). */
export function findMeetingId(db: Db, projectId: number, idOrKey: string): number | null {
  const byKey = db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.projectId, projectId), eq(meetings.key, idOrKey)))
    .get();
  if (byKey) return byKey.id;
  if (!/^[1-9]\d*$/.test(idOrKey)) return null;
  const byId = db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.projectId, projectId), eq(meetings.id, Number(idOrKey))))
    .get();
  return byId?.id ?? null;
}
