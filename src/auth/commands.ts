// State changes of the staff accounts beyond sessions: the first administrator, created once on
// an empty installation and audited in the same transaction.
import type { Db } from '../db/client.ts';
import type { SessionUser } from '../context.ts';
import { hashPassword } from '../lib/crypto.ts';
import { recordAudit } from '../audit/log.ts';
import type { Actor } from '../audit/log.ts';
import { missingProjectIds } from '../projects/queries.ts';
import { joinProject } from '../projects/commands.ts';
import { countUsers, findUserByEmail, insertUser } from './queries.ts';

export type SetupResult = { ok: true; user: SessionUser } | { ok: false; reason: 'already_set_up' };

/** Creates the first administrator; refused once any account exists (audited). */
export async function setUpFirstAdmin(
  db: Db,
  input: { email: string; name: string; password: string },
): Promise<SetupResult> {
  if (countUsers(db) > 0) return { ok: false, reason: 'already_set_up' };
  const passwordHash = await hashPassword(input.password);
  return db.transaction((): SetupResult => {
    // checked again: another request may have set up the installation while the password was hashed
    if (countUsers(db) > 0) return { ok: false, reason: 'already_set_up' };
    const user = insertUser(db, { email: input.email, name: input.name, passwordHash, role: 'admin' });
    recordAudit(db, {
      projectId: null,
      actor: { kind: 'staff', id: user.id, label: user.name },
      action: 'create',
      entity: 'user',
      entityId: user.id,
      detail: '初期管理者を作成',
    });
    return { ok: true, user };
  });
}

export type CreateStaffAccountResult =
  | { ok: true; user: SessionUser }
  | { ok: false; reason: 'email_taken' }
  | { ok: false; reason: 'unknown_projects'; projectIds: number[] };

/**
 * A staff account made by an administrator (the command line today), with the projects it joins:
 * the account, its memberships and their audit entries are one transaction.
 */
export async function createStaffAccount(
  db: Db,
  actor: Actor,
  input: { email: string; name: string; password: string; role: 'admin' | 'staff'; projectIds: number[] },
): Promise<CreateStaffAccountResult> {
  if (findUserByEmail(db, input.email)) return { ok: false, reason: 'email_taken' };
  const unknown = missingProjectIds(db, input.projectIds);
  if (unknown.length) return { ok: false, reason: 'unknown_projects', projectIds: unknown };
  const passwordHash = await hashPassword(input.password);
  return db.transaction((): CreateStaffAccountResult => {
    // checked again: the address may have been taken while the password was hashed
    if (findUserByEmail(db, input.email)) return { ok: false, reason: 'email_taken' };
    const user = insertUser(db, { email: input.email, name: input.name, passwordHash, role: input.role });
    recordAudit(db, {
      projectId: null,
      actor,
      action: 'create',
      entity: 'user',
      entityId: user.id,
      detail: user.email,
    });
    for (const projectId of input.projectIds) joinProject(db, actor, projectId, user);
    return { ok: true, user };
  });
}
