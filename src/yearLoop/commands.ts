// 「次年度のプロジェクトを作成」: a project for fiscal year + 1 carrying the agencies (with new
// links), the questionnaire template, the hearing themes, the open issues with their follow-up and
// history, and this year's questionnaire figures (kept even after this project is deleted).
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, hearingThemes, issueHistory, issueTableRows, projectLineage } from '../db/schema.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { createProject, findProject } from '../projects/queries.ts';
import {
  findCustomTemplate,
  listRespondentAgencies,
  listResponses,
  saveProjectTemplate,
} from '../questionnaire/queries.ts';
import { aggregateQuestionnaire } from '../questionnaire/aggregate.ts';
import { issueAgencyLink } from '../agencies/links.ts';
import { findFollowup, upsertFollowup } from '../followup/queries.ts';
import { nowIso } from '../lib/time.ts';
import { reiwa } from '../lib/format.ts';
import type { PreviousYear } from './previousYear.ts';
import { findNextYear } from './queries.ts';

export function yearFigures(db: Db, projectId: number): Omit<PreviousYear, 'projectName' | 'fiscalYear'> {
  const q = aggregateQuestionnaire(listRespondentAgencies(db, projectId), listResponses(db, projectId));
  return {
    respondents: q.respondents,
    ageBands: q.ageBands,
    ageUnknown: q.ageUnknown,
    caseloadTotal: q.caseloadTotal,
    dropOffBands: q.dropOffBands,
  };
}

export type NextYearResult =
  | { ok: true; projectId: number }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'exists'; projectId: number };

export function createNextYear(db: Db, actor: Actor, projectId: number, ownerUserId: number): NextYearResult {
  const prev = findProject(db, projectId);
  if (!prev) return { ok: false, reason: 'not_found' };
  const already = findNextYear(db, projectId);
  if (already) return { ok: false, reason: 'exists', projectId: already.projectId };
  const fy = prev.fiscalYear + 1;
  const name = prev.name.includes(reiwa(prev.fiscalYear))
    ? prev.name.replace(reiwa(prev.fiscalYear), reiwa(fy))
    : `${prev.name}（${reiwa(fy)}度）`;
  return db.transaction(() => {
    const next = createProject(
      db,
      {
        name,
        municipality: prev.municipality,
        fiscalYear: fy,
        hostHealthCentre: prev.hostHealthCentre,
        adviser: prev.adviser,
      },
      ownerUserId,
    );
    const agencyMap = new Map<number, number>();
    const active = db.select().from(agencies).where(eq(agencies.projectId, projectId)).orderBy(asc(agencies.id)).all();
    for (const a of active.filter((x) => x.archivedAt === null)) {
      const { id, projectId: _p, tokenNonce: _n, tokenHash: _h, tokenIssuedAt: _t, createdAt: _c, ...rest } = a;
      const copy = db
        .insert(agencies)
        .values({ ...rest, projectId: next.id })
        .returning()
        .get();
      issueAgencyLink(db, copy.id);
      agencyMap.set(id, copy.id);
    }
    const template = findCustomTemplate(db, projectId);
    if (template) saveProjectTemplate(db, next.id, template);
    for (const t of db.select().from(hearingThemes).where(eq(hearingThemes.projectId, projectId)).all())
      db.insert(hearingThemes).values({ projectId: next.id, key: t.key, label: t.label, position: t.position }).run();
    const open = db
      .select()
      .from(issueTableRows)
      .where(and(eq(issueTableRows.projectId, projectId), ne(issueTableRows.status, 'done')))
      .orderBy(asc(issueTableRows.position))
      .all();
    for (const r of open) {
      const copy = db
        .insert(issueTableRows)
        .values({
          projectId: next.id,
          position: r.position,
          problem: r.problem,
          issue: r.issue,
          origin: r.origin,
          status: r.status,
          nextStep: r.nextStep,
          updatedAt: nowIso(),
        })
        .returning()
        .get();
      const f = findFollowup(db, r.id);
      if (f)
        upsertFollowup(db, {
          rowId: copy.id,
          ownerKind: f.ownerKind,
          ownerAgencyId: f.ownerAgencyId === null ? null : (agencyMap.get(f.ownerAgencyId) ?? null),
          dueOn: f.dueOn,
          targetMeetingId: null,
        });
      for (const h of db.select().from(issueHistory).where(eq(issueHistory.rowId, r.id)).all())
        db.insert(issueHistory)
          .values({ projectId: next.id, rowId: copy.id, onDate: h.onDate, status: h.status, note: h.note })
          .run();
    }
    db.insert(projectLineage)
      .values({
        projectId: next.id,
        previousProjectId: projectId,
        previousYear: { ...yearFigures(db, projectId), fiscalYear: prev.fiscalYear, projectName: prev.name },
      })
      .run();
    recordAudit(db, {
      projectId: next.id,
      actor,
      action: 'create_next_year',
      entity: 'project',
      entityId: next.id,
      detail: `${prev.name} から`,
    });
    return { ok: true as const, projectId: next.id };
  });
}
