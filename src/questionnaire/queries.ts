import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, questionnaireResponses, questionnaireTemplates } from '../db/schema.ts';
import { nowIso, todayJst } from '../lib/time.ts';
import { getSurveyWindows } from '../projects/queries.ts';
import type { Answers } from './answers.ts';
import { DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_VERSION } from './defaultTemplate.ts';
import { checkTemplate, findQuestion, type Question, type Template } from './template.ts';
import { windowState, type QuestionnaireWindow } from './window.ts';

export type ProjectTemplate = { template: Template; version: number; custom: boolean; updatedAt: string | null };
export type QuestionnaireResponse = typeof questionnaireResponses.$inferSelect;

/** The project's own template, or the default one until staff copy it. */
export function getProjectTemplate(db: Db, projectId: number): ProjectTemplate {
  const row = db.select().from(questionnaireTemplates).where(eq(questionnaireTemplates.projectId, projectId)).get();
  if (!row) return { template: DEFAULT_TEMPLATE, version: DEFAULT_TEMPLATE_VERSION, custom: false, updatedAt: null };
  const checked = checkTemplate(row.definition);
  // every write goes through checkTemplate, so a failure here means the database was edited by hand
  if (!checked.ok)
    throw new Error(`questionnaire template of project ${projectId} is invalid: ${checked.errors.join('; ')}`);
  return { template: checked.template, version: row.version, custom: true, updatedAt: row.updatedAt };
}

/** Stores a new revision of the project's template and returns its version number. */
export function saveProjectTemplate(db: Db, projectId: number, template: Template): number {
  const current = db.select().from(questionnaireTemplates).where(eq(questionnaireTemplates.projectId, projectId)).get();
  const version = current ? current.version + 1 : DEFAULT_TEMPLATE_VERSION;
  const updatedAt = nowIso();
  db.insert(questionnaireTemplates)
    .values({ projectId, version, definition: template, updatedAt })
    .onConflictDoUpdate({ target: questionnaireTemplates.projectId, set: { version, definition: template, updatedAt } })
    .run();
  return version;
}

/** The project's reply window and whether it is open today (JST). */
export function getQuestionnaireWindow(db: Db, projectId: number): QuestionnaireWindow {
  const w = getSurveyWindows(db, projectId).questionnaire;
  return { ...w, state: windowState(w, todayJst()) };
}

/** The project's own copy of the template; per-question and per-section edits work on it only. */
export function findCustomTemplate(db: Db, projectId: number): Template | null {
  const t = getProjectTemplate(db, projectId);
  return t.custom ? t.template : null;
}

/** A question of the project's own copy (null while the project uses the default template). */
export function findCustomQuestion(db: Db, projectId: number, questionId: string): Question | null {
  const t = findCustomTemplate(db, projectId);
  return (t && findQuestion(t, questionId)) ?? null;
}

export function findResponse(db: Db, projectId: number, agencyId: number): QuestionnaireResponse | undefined {
  return db
    .select()
    .from(questionnaireResponses)
    .where(and(eq(questionnaireResponses.projectId, projectId), eq(questionnaireResponses.agencyId, agencyId)))
    .get();
}

export function listResponses(db: Db, projectId: number): QuestionnaireResponse[] {
  return db.select().from(questionnaireResponses).where(eq(questionnaireResponses.projectId, projectId)).all();
}

/**
 * Writes the agency's answers. `enteredByUserId` is the staff member entering on the agency's
 * behalf, or null when the agency itself saved.
 */
export function saveResponse(
  db: Db,
  input: {
    projectId: number;
    agencyId: number;
    answers: Answers;
    status: 'draft' | 'submitted';
    enteredByUserId: number | null;
  },
): QuestionnaireResponse {
  const savedAt = nowIso();
  const submittedAt = input.status === 'submitted' ? savedAt : null;
  const values = {
    answers: input.answers,
    status: input.status,
    savedAt,
    submittedAt,
    enteredByUserId: input.enteredByUserId,
  };
  return db
    .insert(questionnaireResponses)
    .values({ projectId: input.projectId, agencyId: input.agencyId, ...values })
    .onConflictDoUpdate({ target: [questionnaireResponses.projectId, questionnaireResponses.agencyId], set: values })
    .returning()
    .get();
}

/** Turns a submitted response back into a draft so the agency can change and resubmit it. */
export function reopenResponse(db: Db, projectId: number, agencyId: number): void {
  db.update(questionnaireResponses)
    .set({ status: 'draft', submittedAt: null, savedAt: nowIso() })
    .where(and(eq(questionnaireResponses.projectId, projectId), eq(questionnaireResponses.agencyId, agencyId)))
    .run();
}

export type RespondentAgency = typeof agencies.$inferSelect;

/** Active agencies of the project in name order, the population the questionnaire is sent to. */
export function listRespondentAgencies(db: Db, projectId: number): RespondentAgency[] {
  return db
    .select()
    .from(agencies)
    .where(and(eq(agencies.projectId, projectId), isNull(agencies.archivedAt)))
    .orderBy(asc(agencies.id))
    .all();
}

export function findProjectAgency(db: Db, projectId: number, agencyId: number): RespondentAgency | undefined {
  return db
    .select()
    .from(agencies)
    .where(and(eq(agencies.projectId, projectId), eq(agencies.id, agencyId), isNull(agencies.archivedAt)))
    .get();
}

/** "提出 3/10機関" for the dashboard. */
export function submissionProgress(db: Db, projectId: number): { submitted: number; total: number } {
  // counted in SQL: reading the answers only to count them was most of the dashboard's time
  const r = questionnaireResponses;
  return db
    .select({ submitted: count(r.agencyId), total: count(agencies.id) })
    .from(agencies)
    .leftJoin(r, and(eq(r.projectId, projectId), eq(r.agencyId, agencies.id), eq(r.status, 'submitted')))
    .where(and(eq(agencies.projectId, projectId), isNull(agencies.archivedAt)))
    .get()!;
}
