// What the case-study pages show, read before render: the meeting's sheets and the cases that
// can start one, and one sheet with its fields, the agencies on it and those that can be added.
import type { Db } from '../db/client.ts';
import { listAgencies } from '../agencies/queries.ts';
import { findCase, listCandidateCases, listCases, projectAgencyNames, type CaseListItem } from '../cases/queries.ts';
import { listCaseStudies, listEntries, sheetAgencies, type CaseStudy, type CaseStudyListItem } from './queries.ts';
import { shortHash } from './sheetForm.ts';
import { AGENCY_VIEW_FIELDS, CASE_STUDY_SECTIONS, parseAgencySlot } from '../lib/labels/caseStudies.ts';

/** One textarea of the sheet: its text and the version and hash it was loaded with. */
export type SheetField = { slot: string; text: string; version: number; hash: string };

export type CaseStudyListData = {
  studies: CaseStudyListItem[];
  candidates: CaseListItem[];
  otherCases: CaseListItem[];
};

/** The meeting's sheets, its candidate cases first and then the other submitted cases. */
export function caseStudyListData(db: Db, projectId: number, meetingId: number): CaseStudyListData {
  const candidates = listCandidateCases(db, projectId, meetingId);
  const candidateIds = new Set(candidates.map((x) => x.id));
  const otherCases = listCases(db, projectId).filter((x) => x.status === 'submitted' && !candidateIds.has(x.id));
  return { studies: listCaseStudies(db, projectId, meetingId), candidates, otherCases };
}

export type CaseStudySheetData = {
  studyId: number;
  sheet: CaseListItem;
  agencyNames: Map<number, string>;
  viewAgencies: { id: number; name: string }[];
  addable: { id: number; name: string }[];
  fields: Map<string, SheetField>;
};

/** One sheet as stored: every shared section (blank ones too) and each agency's view. */
export function caseStudySheetData(db: Db, projectId: number, study: CaseStudy): CaseStudySheetData {
  const sheet = findCase(db, projectId, study.caseId)!;
  const viewAgencies = sheetAgencies(db, projectId, study, sheet.agencyId);
  const fields = new Map<string, SheetField>(
    [...listEntries(db, study.id).values()].map((e) => [
      e.slot,
      { slot: e.slot, text: e.text, version: e.version, hash: shortHash(e.text) },
    ]),
  );
  for (const s of CASE_STUDY_SECTIONS)
    if (!fields.has(s.key)) fields.set(s.key, { slot: s.key, text: '', version: 0, hash: shortHash('') });
  const onSheet = new Set(viewAgencies.map((a) => a.id));
  return {
    studyId: study.id,
    sheet,
    agencyNames: projectAgencyNames(db, projectId),
    viewAgencies,
    addable: listAgencies(db, projectId, 'active')
      .filter((a) => !onSheet.has(a.id))
      .map((a) => ({ id: a.id, name: a.name })),
    fields,
  };
}

/** What each field of a sheet is called on screen (「生活福祉課：できること」, 「検討の結論」). */
export function slotLabels(db: Db, study: CaseStudy): Map<string, string> {
  const names = projectAgencyNames(db, study.projectId);
  const labels = new Map<string, string>(CASE_STUDY_SECTIONS.map((s) => [s.key, s.label]));
  for (const slot of listEntries(db, study.id).keys()) {
    const parsed = parseAgencySlot(slot);
    const field = parsed && AGENCY_VIEW_FIELDS.find((f) => f.key === parsed.field);
    if (parsed && field) labels.set(slot, `${names.get(parsed.agencyId) ?? '機関'}：${field.label}`);
  }
  return labels;
}
