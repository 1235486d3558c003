// State changes of projects and their members, one function per action. Each writes inside one
// transaction together with its audit entry and returns its result.
import type { Db } from '../db/client.ts';
import type { Project } from '../context.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { findUserByEmail } from '../auth/queries.ts';
import {
  addMember,
  createProject as insertProject,
  deleteProjectRow,
  listMembers,
  removeMember,
  setSurveyWindows,
  updateProject,
} from './queries.ts';
import type { ProjectInput } from './schemas.ts';
import { SURVEY_PARTS } from '../lib/labels/projects.ts';

/** Staff create a project; its creator becomes a member (audited). */
export function createProject(db: Db, actor: Actor, input: { project: ProjectInput; ownerUserId: number }): Project {
  return db.transaction(() => {
    const project = insertProject(db, input.project, input.ownerUserId);
    recordAudit(db, {
      projectId: project.id,
      actor,
      action: 'create',
      entity: 'project',
      entityId: project.id,
      detail: project.name,
    });
    return project;
  });
}

/** Staff save the project's settings and the three survey windows (audited). */
export function updateProjectSettings(
  db: Db,
  actor: Actor,
  input: { projectId: number; project: ProjectInput; windows: Record<string, string | null> },
): void {
  const { projectId, windows } = input;
  db.transaction(() => {
    updateProject(db, projectId, input.project);
    setSurveyWindows(
      db,
      projectId,
      SURVEY_PARTS.map(({ part }) => ({
        part,
        opensOn: windows[`${part}_opensOn`] ?? null,
        closesOn: windows[`${part}_closesOn`] ?? null,
      })),
    );
    recordAudit(db, {
      projectId,
      actor,
      action: 'update',
      entity: 'project',
      entityId: projectId,
      detail: input.project.name,
    });
  });
}

export type AddMemberResult = { ok: true; already: boolean } | { ok: false; reason: 'no_such_user' };

/** An admin adds an existing staff account to the project by e-mail (audited unless already a member). */
export function addProjectMember(db: Db, actor: Actor, input: { projectId: number; email: string }): AddMemberResult {
  const { projectId } = input;
  const user = findUserByEmail(db, input.email);
  if (!user) return { ok: false, reason: 'no_such_user' };
  if (listMembers(db, projectId).some((m) => m.id === user.id)) return { ok: true, already: true };
  db.transaction(() => joinProject(db, actor, projectId, user));
  return { ok: true, already: false };
}

/** A staff account joins a project, with its audit entry; call it inside the caller's transaction. */
export function joinProject(
  db: Db,
  actor: Actor,
  projectId: number,
  user: { id: number; name: string; email: string },
) {
  addMember(db, projectId, user.id);
  recordAudit(db, {
    projectId,
    actor,
    action: 'add_member',
    entity: 'user',
    entityId: user.id,
    detail: `${user.name} <${user.email}>`,
  });
}

export type RemoveMemberResult = { ok: true } | { ok: false; reason: 'not_found' };

/** An admin takes a staff account off the project (audited). */
export function removeProjectMember(
  db: Db,
  actor: Actor,
  input: { projectId: number; userId: number },
): RemoveMemberResult {
  const { projectId } = input;
  const member = listMembers(db, projectId).find((m) => m.id === input.userId);
  if (!member) return { ok: false, reason: 'not_found' };
  db.transaction(() => {
    removeMember(db, projectId, member.id);
    recordAudit(db, {
      projectId,
      actor,
      action: 'remove_member',
      entity: 'user',
      entityId: member.id,
      detail: `${member.name} <${member.email}>`,
    });
  });
  return { ok: true };
}

/**
 * Retention: a finished project's data is deleted for good. The deletion is recorded in the
 * installation's audit log (the project's own log goes with it); secure_delete and VACUUM make
 * sure the deleted text does not linger in free pages of the file, even while the server runs.
 */
export function deleteProject(db: Db, actor: Actor, project: Project): { ok: true } | { ok: false; reason: 'busy' } {
  db.$client.pragma('secure_delete = ON');
  db.transaction(() => {
    deleteProjectRow(db, project.id);
    recordAudit(db, {
      projectId: null,
      actor,
      action: 'delete',
      entity: 'project',
      entityId: project.id,
      detail: `${project.name}（${project.municipality}・${project.fiscalYear}年度）のデータを削除`,
    });
  });
  db.$client.exec('VACUUM');
  return wipeWal(db);
}

/**
 * In WAL mode the rewritten pages, and older copies of the deleted ones, stay in the WAL file
 * until a checkpoint; a running server would hold them there until it stops. TRUNCATE copies
 * everything into the database file and empties the WAL. It waits (busy_timeout) for the
 * server's reads in progress, which take milliseconds; a few retries cover a busy moment.
 */
function wipeWal(db: Db): { ok: true } | { ok: false; reason: 'busy' } {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [result] = db.$client.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result.busy === 0) return { ok: true };
  }
  return { ok: false, reason: 'busy' };
}
