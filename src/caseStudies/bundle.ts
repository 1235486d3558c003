// Case-study sheets in the project bundle (BUNDLE.md `caseStudies`). Shared sections keep their
// ids ("gaps", …); an agency's view is "agency__<agency key>__<field>" (the key hex-encoded as
// "agencyx__<hex>__<field>" when it has characters a section id cannot hold).
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { caseStudies, caseStudyEntries } from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';
import {
  AGENCY_VIEW_FIELDS,
  agencySlot,
  CASE_STUDY_SECTIONS,
  parseAgencySlot,
  type AgencyViewField,
} from '../lib/labels/caseStudies.ts';

export type CaseStudyEntryPart = { meeting: string; case: string; sections?: Record<string, string> };

const SECTION_ORDER: string[] = CASE_STUDY_SECTIONS.map((s) => s.key);
const FIELD_ORDER: string[] = AGENCY_VIEW_FIELDS.map((f) => f.key);

export function agencySectionId(agencyKey: string, field: AgencyViewField): string {
  return /^[A-Za-z0-9-]+$/.test(agencyKey)
    ? `agency__${agencyKey}__${field}`
    : `agencyx__${Buffer.from(agencyKey).toString('hex')}__${field}`;
}

/** The section id of a bundle entry → a shared section key or an agency's view; null if unknown. */
export function parseSectionId(id: string): { section: string } | { agencyKey: string; field: AgencyViewField } | null {
  if (SECTION_ORDER.includes(id)) return { section: id };
  const m = /^(agency|agencyx)__(.+)__([a-z_]+)$/.exec(id);
  if (!m || !FIELD_ORDER.includes(m[3])) return null;
  const agencyKey =
    m[1] === 'agency' ? m[2] : /^([0-9a-f]{2})+$/.test(m[2]) ? Buffer.from(m[2], 'hex').toString() : null;
  return agencyKey === null ? null : { agencyKey, field: m[3] as AgencyViewField };
}

export function importCaseStudies(
  db: Db,
  projectId: number,
  entries: CaseStudyEntryPart[],
  ids: { meetingIds: Map<string, number>; caseIds: Map<string, number>; agencyIds: Map<string, number> },
): void {
  for (const entry of entries) {
    const study = db
      .insert(caseStudies)
      .values({ projectId, meetingId: ids.meetingIds.get(entry.meeting)!, caseId: ids.caseIds.get(entry.case)! })
      .returning()
      .get();
    for (const [id, text] of Object.entries(entry.sections ?? {})) {
      const target = parseSectionId(id)!;
      const agencyId = 'agencyKey' in target ? ids.agencyIds.get(target.agencyKey)! : null;
      const slot = 'agencyKey' in target ? agencySlot(agencyId!, target.field) : target.section;
      db.insert(caseStudyEntries).values({ caseStudyId: study.id, slot, agencyId, text, updatedAt: nowIso() }).run();
    }
  }
}

export function exportCaseStudies(
  db: Db,
  projectId: number,
  keys: { meetingKeys: Map<number, string>; caseKeys: Map<number, string>; agencyKeys: Map<number, string> },
): CaseStudyEntryPart[] {
  const studies = db
    .select()
    .from(caseStudies)
    .where(eq(caseStudies.projectId, projectId))
    .orderBy(asc(caseStudies.id))
    .all();
  if (!studies.length) return [];
  const entries = db
    .select()
    .from(caseStudyEntries)
    .where(
      inArray(
        caseStudyEntries.caseStudyId,
        studies.map((s) => s.id),
      ),
    )
    .all();
  return studies.map((study) => {
    const mine = entries.filter((e) => e.caseStudyId === study.id);
    const sections: Record<string, string> = {};
    for (const key of SECTION_ORDER) {
      const e = mine.find((x) => x.slot === key);
      if (e) sections[key] = e.text;
    }
    const views = mine
      .map((e) => ({ e, slot: parseAgencySlot(e.slot) }))
      .filter(
        (x): x is { e: (typeof mine)[number]; slot: NonNullable<ReturnType<typeof parseAgencySlot>> } =>
          x.slot !== null && keys.agencyKeys.has(x.slot.agencyId),
      )
      .sort(
        (a, b) =>
          a.slot.agencyId - b.slot.agencyId || FIELD_ORDER.indexOf(a.slot.field) - FIELD_ORDER.indexOf(b.slot.field),
      );
    for (const { e, slot } of views)
      sections[agencySectionId(keys.agencyKeys.get(slot.agencyId)!, slot.field)] = e.text;
    return { meeting: keys.meetingKeys.get(study.meetingId)!, case: keys.caseKeys.get(study.caseId)!, sections };
  });
}
