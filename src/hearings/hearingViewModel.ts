// What the staff hearing pages show, read from the database before render.
import type { Db } from '../db/client.ts';
import type { FormValues } from '../http/form.ts';
import { countActiveAgencies, findAgency, listAgencies } from '../agencies/queries.ts';
import { listHeardAgencyIds, listPlannedAgencyIds } from './planQueries.ts';
import { hearingProgress } from './progress.ts';
import {
  listComments,
  listHearings,
  listPassages,
  listThemes,
  themeSummaryFor,
  type HearingRecord,
} from './queries.ts';
import { HEARING_SECTION_IDS } from '../lib/labels/hearings.ts';

/**
 * The list page: the records, the 実施率 (実施済み ÷ 予定機関数), and the active agencies to choose
 * for a hearing (an agency with a record is planned whatever the box says).
 */
export function hearingListView(db: Db, projectId: number) {
  const planned = new Set(listPlannedAgencyIds(db, projectId));
  const heard = new Set(listHeardAgencyIds(db, projectId));
  return {
    hearings: listHearings(db, projectId),
    progress: hearingProgress(planned, heard),
    agencyCount: countActiveAgencies(db, projectId),
    planChoices: listAgencies(db, projectId, 'active').map((a) => ({
      id: a.id,
      name: a.name,
      planned: planned.has(a.id) || heard.has(a.id),
      heard: heard.has(a.id),
    })),
  };
}

/** Agencies to choose from: the active ones, plus the record's own even if archived since. */
export function hearingAgencyOptions(db: Db, projectId: number, current?: number) {
  const list = listAgencies(db, projectId, 'active').map((a) => ({ id: a.id, name: a.name }));
  if (current && !list.some((a) => a.id === current)) {
    const a = findAgency(db, projectId, current);
    if (a) list.push({ id: a.id, name: a.name });
  }
  return list;
}

/** A saved record as the edit form's field values (one textarea per section, one interviewer a line). */
export function hearingFormValues(h: HearingRecord): FormValues {
  const v: FormValues = {
    agencyId: String(h.agencyId),
    date: h.date,
    method: h.method,
    place: h.place,
    interviewers: h.interviewers.join('\n'),
    interviewees: h.interviewees,
  };
  for (const id of HEARING_SECTION_IDS) v[`section_${id}`] = h.sections[id] ?? '';
  return v;
}

/** The record's page: its agency, the project's themes, the record's passages and correction requests. */
export function hearingDetailView(db: Db, projectId: number, hearing: HearingRecord) {
  return {
    hearing,
    agencyName: findAgency(db, projectId, hearing.agencyId)?.name ?? '',
    themes: listThemes(db, projectId),
    passages: listPassages(db, projectId, hearing.id),
    comments: listComments(db, hearing.id),
  };
}

/** The theme × agency summary. */
export const themeSummaryView = (db: Db, projectId: number) => ({ summary: themeSummaryFor(db, projectId) });
