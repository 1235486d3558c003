// Audit entries that are not part of another feature's state change: a staff member reading one
// person's record, downloading an export, and logging in (or failing to).
import type { Db } from '../db/client.ts';
import { recordAudit, type Actor } from './log.ts';

export type AuditedRead = { projectId: number; entity: string; entityId: string };

export function recordRead(db: Db, actor: Actor, read: AuditedRead): void {
  db.transaction(() => recordAudit(db, { ...read, actor, action: 'view' }));
}

export function recordDownload(
  db: Db,
  actor: Actor,
  input: { projectId: number; entity: string; entityId?: string; file: string },
): void {
  db.transaction(() =>
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'export',
      entity: input.entity,
      entityId: input.entityId,
      detail: input.file,
    }),
  );
}

/** Logins belong to no project: the installation's log (projectId null). */
export function recordLogin(db: Db, outcome: { user: { id: number; name: string } } | { email: string }): void {
  db.transaction(() =>
    'user' in outcome
      ? recordAudit(db, {
          projectId: null,
          actor: { kind: 'staff', id: outcome.user.id, label: outcome.user.name },
          action: 'login',
          entity: 'user',
          entityId: outcome.user.id,
        })
      : recordAudit(db, {
          projectId: null,
          actor: { kind: 'system', label: 'ログイン前' },
          action: 'login_failed',
          entity: 'user',
          detail: `入力されたメールアドレス：${outcome.email.slice(0, 254)}`,
        }),
  );
}
