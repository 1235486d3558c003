// What each printable blank sheet shows: the same questions, options and order as the online
// form (built from the same template and label lists), and the agencies a template is filled with.
import type { Db } from '../db/client.ts';
import type { Project } from '../context.ts';
import { listMeetings, type Meeting } from '../meetings/queries.ts';
import { findAgency, listAgencies, type Agency } from '../agencies/queries.ts';
import { listFactorDefs } from '../cases/queries.ts';
import { getProjectTemplate } from '../questionnaire/queries.ts';
import type { Template } from '../questionnaire/template.ts';
import { listPrompts } from '../live/sessionQueries.ts';
import { DEFAULT_PROMPTS } from '../lib/labels/live.ts';
import { FACTOR_GROUPS, type FactorDef } from '../lib/labels/cases.ts';
import { findGuideEntry } from '../publicGuide/queries.ts';
import { paperCode, parsePaperCode } from './paperCode.ts';

/** One printed copy of the questionnaire: for an agency (with its 用紙番号) or left blank. */
export type QuestionnaireCopy = { agencyName: string; code: string } | null;

export type BlankQuestionnaireView = { template: Template; copies: QuestionnaireCopy[] };

export function blankQuestionnaireView(
  db: Db,
  project: Project,
  which: { agencyId?: number; all?: boolean },
): BlankQuestionnaireView | null {
  const { template } = getProjectTemplate(db, project.id);
  const copyOf = (a: Agency): QuestionnaireCopy => ({ agencyName: a.name, code: paperCode(project.id, a.key) });
  if (which.all) return { template, copies: listAgencies(db, project.id, 'active').map(copyOf) };
  if (which.agencyId === undefined) return { template, copies: [null] };
  const agency = findAgency(db, project.id, which.agencyId);
  return agency ? { template, copies: [copyOf(agency)] } : null;
}

export type BlankCaseView = { groups: { label: string; factors: FactorDef[] }[] };

/** The case sheet's factor checklist: the nine fixed factors and the project's own, by group. */
export function blankCaseView(db: Db, projectId: number): BlankCaseView {
  const defs = listFactorDefs(db, projectId);
  return {
    groups: FACTOR_GROUPS.map((g) => ({ label: g.label, factors: defs.filter((f) => f.group === g.value) })),
  };
}

export type BlankMeetingView = { meetingTitle: string; date: string; agencyNames: string[]; prompts: string[] };

/** A meeting's case-study and group-work sheets: its attending agencies and its prompts. */
export function blankMeetingView(db: Db, projectId: number, meeting: Meeting): BlankMeetingView {
  const attending = new Set(meeting.attendeeAgencyIds ?? []);
  const prompts = listPrompts(db, meeting.id).map((p) => p.text);
  return {
    meetingTitle: meeting.title,
    date: meeting.date ?? '',
    agencyNames: listAgencies(db, projectId, 'active')
      .filter((a) => attending.has(a.id))
      .map((a) => a.name),
    prompts: prompts.length > 0 ? prompts : [...DEFAULT_PROMPTS],
  };
}

/** An agency as a relay or intake sheet prints it: name, contact person and how to reach it. */
export type SheetAgency = { name: string; contact: string; reach: string };

function sheetAgency(db: Db, projectId: number, agencyId: number | undefined): SheetAgency | null {
  if (agencyId === undefined) return null;
  const agency = findAgency(db, projectId, agencyId);
  if (!agency) return null;
  const entry = findGuideEntry(db, projectId, agency.id);
  return {
    name: agency.name,
    contact: [agency.contactName, agency.contactEmail].filter(Boolean).join('　'),
    reach: entry?.reach ?? '',
  };
}

export type RelaySheetView = {
  agencies: { id: number; name: string }[];
  from: SheetAgency | null;
  to: SheetAgency | null;
  fromId?: number;
  toId?: number;
  healthCentre: string;
};

export function relaySheetView(db: Db, project: Project, fill: { from?: number; to?: number }): RelaySheetView {
  return {
    agencies: listAgencies(db, project.id, 'active').map((a) => ({ id: a.id, name: a.name })),
    from: sheetAgency(db, project.id, fill.from),
    to: sheetAgency(db, project.id, fill.to),
    fromId: fill.from,
    toId: fill.to,
    healthCentre: project.hostHealthCentre ?? '',
  };
}

export type BlankIndexView = {
  meetings: { id: number; title: string }[];
  agencies: { id: number; name: string; code: string }[];
};

/** The index: every meeting (its case-study and group-work sheets) and agency (its questionnaire). */
export function blankIndexView(db: Db, projectId: number): BlankIndexView {
  return {
    meetings: listMeetings(db, projectId).map((m) => ({ id: m.id, title: m.title })),
    agencies: listAgencies(db, projectId, 'active').map((a) => ({
      id: a.id,
      name: a.name,
      code: paperCode(projectId, a.key),
    })),
  };
}

/** The active agency a typed 用紙番号 names, or null (wrong check number, or no such agency). */
export function agencyOfPaperCode(db: Db, projectId: number, typed: string): Agency | null {
  const key = parsePaperCode(projectId, typed);
  if (key === null) return null;
  return listAgencies(db, projectId, 'active').find((a) => a.key.toLowerCase() === key) ?? null;
}
