import { and, asc, count, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, caseSheets, caseStudies, caseStudyEntries } from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';
import { shortHash } from './sheetForm.ts';
import { projectAgencyNames } from '../cases/queries.ts';
import { AGENCY_VIEW_FIELDS, agencySlot, CASE_STUDY_SECTIONS, parseAgencySlot } from '../lib/labels/caseStudies.ts';

export type CaseStudy = typeof caseStudies.$inferSelect;
export type CaseStudyEntry = typeof caseStudyEntries.$inferSelect;
export type CaseStudyListItem = CaseStudy & {
  caseKey: string;
  classification: 'good' | 'difficult' | null;
  filled: number;
};

export function listCaseStudies(db: Db, projectId: number, meetingId: number): CaseStudyListItem[] {
  const filled = db
    .select({ id: caseStudyEntries.caseStudyId, n: count().as('n') })
    .from(caseStudyEntries)
    .where(ne(caseStudyEntries.text, ''))
    .groupBy(caseStudyEntries.caseStudyId)
    .as('f');
  return db
    .select({ s: caseStudies, caseKey: caseSheets.key, classification: caseSheets.classification, n: filled.n })
    .from(caseStudies)
    .innerJoin(caseSheets, eq(caseSheets.id, caseStudies.caseId))
    .leftJoin(filled, eq(filled.id, caseStudies.id))
    .where(and(eq(caseStudies.projectId, projectId), eq(caseStudies.meetingId, meetingId)))
    .orderBy(asc(caseStudies.id))
    .all()
    .map((r) => ({ ...r.s, caseKey: r.caseKey, classification: r.classification, filled: Number(r.n ?? 0) }));
}

export function findCaseStudy(db: Db, projectId: number, meetingId: number, id: number): CaseStudy | undefined {
  return db
    .select()
    .from(caseStudies)
    .where(and(eq(caseStudies.projectId, projectId), eq(caseStudies.meetingId, meetingId), eq(caseStudies.id, id)))
    .get();
}

/** The sheet for this case at this meeting, created on first use. */
export function ensureCaseStudy(db: Db, projectId: number, meetingId: number, caseId: number): CaseStudy {
  db.insert(caseStudies).values({ projectId, meetingId, caseId }).onConflictDoNothing().run();
  return db
    .select()
    .from(caseStudies)
    .where(and(eq(caseStudies.meetingId, meetingId), eq(caseStudies.caseId, caseId)))
    .get()!;
}

export function countMeetingCaseStudies(db: Db, meetingId: number): number {
  return db.select({ n: count() }).from(caseStudies).where(eq(caseStudies.meetingId, meetingId)).get()?.n ?? 0;
}

export function listEntries(db: Db, caseStudyId: number): Map<string, CaseStudyEntry> {
  return new Map(
    db
      .select()
      .from(caseStudyEntries)
      .where(eq(caseStudyEntries.caseStudyId, caseStudyId))
      .all()
      .map((e) => [e.slot, e]),
  );
}

/** Gives an agency its (empty) rows on the sheet so its view can be written. */
export function addAgencyView(db: Db, caseStudyId: number, agencyId: number, userId: number | null): void {
  db.transaction(() => {
    for (const f of AGENCY_VIEW_FIELDS)
      db.insert(caseStudyEntries)
        .values({
          caseStudyId,
          slot: agencySlot(agencyId, f.key),
          agencyId,
          updatedAt: nowIso(),
          updatedByUserId: userId,
        })
        .onConflictDoNothing()
        .run();
  });
}

/** The agencies whose views are on the sheet: the submitting agency first, then in order added. */
export function sheetAgencies(
  db: Db,
  projectId: number,
  study: CaseStudy,
  submittingAgencyId: number,
): { id: number; name: string }[] {
  const names = projectAgencyNames(db, projectId);
  const ids = [
    ...new Set(
      [...listEntries(db, study.id).values()].map((e) => e.agencyId).filter((id): id is number => id !== null),
    ),
  ];
  ids.sort((a, b) => (a === submittingAgencyId ? -1 : b === submittingAgencyId ? 1 : a - b));
  return ids.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! }));
}

export type EntryInput = { slot: string; text: string; version: number; baseHash: string };
export type SaveOutcome = {
  saved: number;
  conflicts: { slot: string; current: string; version: number }[];
  /** Slots whose stored text is now what the form shows, with the version to load them with. */
  upToDate: { slot: string; text: string; version: number }[];
};

/**
 * Saves the entries this person changed. An entry somebody else changed since the form was
 * loaded is not overwritten: it is returned as a conflict with the text now stored.
 */
export function saveEntries(db: Db, caseStudyId: number, inputs: EntryInput[], userId: number | null): SaveOutcome {
  return db.transaction((): SaveOutcome => {
    const current = listEntries(db, caseStudyId);
    const out: SaveOutcome = { saved: 0, conflicts: [], upToDate: [] };
    for (const input of inputs) {
      const now = current.get(input.slot);
      if (shortHash(input.text) === input.baseHash) continue;
      if (input.text === (now?.text ?? '')) {
        out.upToDate.push({ slot: input.slot, text: input.text, version: now?.version ?? 0 });
        continue;
      }
      if ((now?.version ?? 0) !== input.version) {
        out.conflicts.push({ slot: input.slot, current: now?.text ?? '', version: now?.version ?? 0 });
        continue;
      }
      const agencyId = parseAgencySlot(input.slot)?.agencyId ?? null;
      if (now) {
        db.update(caseStudyEntries)
          .set({ text: input.text, version: now.version + 1, updatedAt: nowIso(), updatedByUserId: userId })
          .where(eq(caseStudyEntries.id, now.id))
          .run();
        out.upToDate.push({ slot: input.slot, text: input.text, version: now.version + 1 });
      } else {
        db.insert(caseStudyEntries)
          .values({
            caseStudyId,
            slot: input.slot,
            agencyId,
            text: input.text,
            updatedAt: nowIso(),
            updatedByUserId: userId,
          })
          .run();
        out.upToDate.push({ slot: input.slot, text: input.text, version: 1 });
      }
      out.saved++;
    }
    return out;
  });
}

export type CaseStudyResult = {
  caseKey: string;
  classification: 'good' | 'difficult' | null;
  summary: string;
  sections: { key: string; label: string; text: string }[];
  agencyViews: { agencyKey: string; agencyName: string; views: { key: string; label: string; text: string }[] }[];
};

/** Filled case-study sheets of a meeting, for packets and exports. */
export function caseStudyResults(db: Db, projectId: number, meetingId: number): CaseStudyResult[] {
  return listCaseStudies(db, projectId, meetingId).map((study) => {
    const entries = listEntries(db, study.id);
    const sheet = db
      .select({ summary: caseSheets.summary })
      .from(caseSheets)
      .where(eq(caseSheets.id, study.caseId))
      .get();
    const agencyIds = [
      ...new Set([...entries.values()].map((e) => e.agencyId).filter((id): id is number => id !== null)),
    ];
    const names = agencyIds.length
      ? db
          .select({ id: agencies.id, key: agencies.key, name: agencies.name })
          .from(agencies)
          .where(inArray(agencies.id, agencyIds))
          .all()
      : [];
    return {
      caseKey: study.caseKey,
      classification: study.classification,
      summary: sheet?.summary ?? '',
      sections: CASE_STUDY_SECTIONS.map((s) => ({ key: s.key, label: s.label, text: entries.get(s.key)?.text ?? '' })),
      agencyViews: names.map((a) => ({
        agencyKey: a.key,
        agencyName: a.name,
        views: AGENCY_VIEW_FIELDS.map((f) => ({
          key: f.key,
          label: f.label,
          text: entries.get(agencySlot(a.id, f.key))?.text ?? '',
        })),
      })),
    };
  });
}
