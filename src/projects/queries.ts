import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { projectMembers, projects, surveyParts, users } from '../db/schema.ts';
import type { Project, SessionUser } from '../context.ts';
import type { ProjectInput } from './schemas.ts';
import type { SurveyPart } from '../lib/labels/projects.ts';

export function listProjectsFor(db: Db, user: SessionUser): Project[] {
  if (user.role === 'admin')
    return db.select().from(projects).orderBy(desc(projects.fiscalYear), asc(projects.id)).all();
  const ids = db
    .select({ id: projectMembers.projectId })
    .from(projectMembers)
    .where(eq(projectMembers.userId, user.id))
    .all()
    .map((r) => r.id);
  if (!ids.length) return [];
  return db
    .select()
    .from(projects)
    .where(inArray(projects.id, ids))
    .orderBy(desc(projects.fiscalYear), asc(projects.id))
    .all();
}

export function createProject(db: Db, input: ProjectInput, ownerUserId: number | null): Project {
  return db.transaction((tx) => {
    const row = tx.insert(projects).values(input).returning().get();
    if (ownerUserId !== null) tx.insert(projectMembers).values({ projectId: row.id, userId: ownerUserId }).run();
    return row;
  });
}

export function updateProject(db: Db, id: number, input: ProjectInput): void {
  db.update(projects).set(input).where(eq(projects.id, id)).run();
}

export function addMember(db: Db, projectId: number, userId: number): void {
  db.insert(projectMembers).values({ projectId, userId }).onConflictDoNothing().run();
}

/** A staff account working on a project. */
export type Member = {
  id: number;
  name: string;
  email: string;
  role: 'admin' | 'staff';
  deactivatedAt: string | null;
};

export function listMembers(db: Db, projectId: number): Member[] {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      deactivatedAt: users.deactivatedAt,
    })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(eq(projectMembers.projectId, projectId))
    .orderBy(asc(users.name))
    .all();
}

export function removeMember(db: Db, projectId: number, userId: number): boolean {
  return (
    db
      .delete(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
      .run().changes > 0
  );
}

export type SurveyWindow = { part: SurveyPart; opensOn: string | null; closesOn: string | null };

export function getSurveyWindows(db: Db, projectId: number): Record<SurveyPart, SurveyWindow> {
  const rows = db.select().from(surveyParts).where(eq(surveyParts.projectId, projectId)).all();
  const byPart = (part: SurveyPart): SurveyWindow => {
    const r = rows.find((x) => x.part === part);
    return { part, opensOn: r?.opensOn ?? null, closesOn: r?.closesOn ?? null };
  };
  return { questionnaire: byPart('questionnaire'), hearing: byPart('hearing'), cases: byPart('cases') };
}

/** Call inside the caller's transaction. */
export function setSurveyWindows(db: Db, projectId: number, windows: SurveyWindow[]): void {
  for (const w of windows) {
    db.insert(surveyParts)
      .values({ projectId, part: w.part, opensOn: w.opensOn, closesOn: w.closesOn })
      .onConflictDoUpdate({
        target: [surveyParts.projectId, surveyParts.part],
        set: { opensOn: w.opensOn, closesOn: w.closesOn },
      })
      .run();
  }
}

export function findProject(db: Db, id: number): Project | undefined {
  return db.select().from(projects).where(eq(projects.id, id)).get();
}

/** The ids among `ids` that name no project. */
export function missingProjectIds(db: Db, ids: number[]): number[] {
  if (!ids.length) return [];
  const found = new Set(
    db
      .select({ id: projects.id })
      .from(projects)
      .where(inArray(projects.id, ids))
      .all()
      .map((p) => p.id),
  );
  return ids.filter((id) => !found.has(id));
}

/** Deletes the project row; every table below it cascades. */
export function deleteProjectRow(db: Db, id: number): void {
  db.delete(projects).where(eq(projects.id, id)).run();
}
