// State changes of the staff accounts beyond sessions: the first administrator, created once on
// an empty installation and audited in the same transaction.
import type { Db } from '../db/client.ts';
import type { SessionUser } from '../context.ts';
import { hashPassword } from '../lib/crypto.ts';
import { recordAudit } from '../audit/log.ts';
import { countUsers, insertUser } from './queries.ts';

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
