// State changes of staff accounts made from the app: invitations, password resets and changes,
// deactivation and ending sessions. Each writes its audit entry in the same transaction.
import type { Db } from '../db/client.ts';
import type { SessionUser } from '../context.ts';
import { hashPassword, verifyPassword } from '../lib/crypto.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { joinProject } from '../projects/commands.ts';
import { findUserByEmail, insertUser } from '../auth/queries.ts';
import {
  deleteSessionByHandle,
  deleteUserSessions,
  findUsableToken,
  findUserById,
  insertAccountToken,
  markTokenUsed,
  retireResetTokens,
  setDeactivated,
  setPasswordHash,
} from './queries.ts';

export const INVITE_HOURS = 72;
export const RESET_HOURS = 24;

const hoursFrom = (now: Date, hours: number) => new Date(now.getTime() + hours * 3600_000).toISOString();
const actorOf = (user: { id: number; name: string }): Actor => ({ kind: 'staff', id: user.id, label: user.name });

export type LinkResult = { ok: true; token: string; email: string; expiresAt: string };

export type InviteResult = LinkResult | { ok: false; reason: 'email_taken' };

/** An administrator invites a colleague by e-mail; accepting the link creates the account in this project. */
export function inviteStaff(
  db: Db,
  actor: Actor,
  input: { projectId: number; email: string; role: 'admin' | 'staff' },
  now = new Date(),
): InviteResult {
  return db.transaction((): InviteResult => {
    if (findUserByEmail(db, input.email)) return { ok: false, reason: 'email_taken' };
    const expiresAt = hoursFrom(now, INVITE_HOURS);
    const { token, row } = insertAccountToken(db, {
      kind: 'invite',
      email: input.email,
      role: input.role,
      projectId: input.projectId,
      createdByUserId: actor.kind === 'staff' ? actor.id : null,
      expiresAt,
    });
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'invite',
      entity: 'invitation',
      entityId: row.id,
      detail: `${input.email}（${input.role === 'admin' ? '管理者' : '職員'}、${INVITE_HOURS}時間有効）`,
    });
    return { ok: true, token, email: row.email, expiresAt };
  });
}

/** An administrator withdraws an invitation that was not accepted yet. */
export function cancelInvitation(db: Db, actor: Actor, projectId: number, invitationId: number, now = new Date()) {
  return db.transaction(() => {
    if (!markTokenUsed(db, invitationId, now)) return false;
    recordAudit(db, { projectId, actor, action: 'cancel_invite', entity: 'invitation', entityId: invitationId });
    return true;
  });
}

export type AcceptResult = { ok: true; user: SessionUser } | { ok: false; reason: 'invalid' | 'email_taken' };

/** The invited colleague chooses a name and password; the link is then used up. */
export async function acceptInvitation(
  db: Db,
  token: string,
  input: { name: string; password: string },
  now = new Date(),
): Promise<AcceptResult> {
  if (!findUsableToken(db, 'invite', token, now)) return { ok: false, reason: 'invalid' };
  const passwordHash = await hashPassword(input.password);
  return db.transaction((): AcceptResult => {
    // checked again: the link may have been used while the password was hashed
    const invite = findUsableToken(db, 'invite', token, now);
    if (!invite || !markTokenUsed(db, invite.id, now)) return { ok: false, reason: 'invalid' };
    if (findUserByEmail(db, invite.email)) return { ok: false, reason: 'email_taken' };
    const user = insertUser(db, { email: invite.email, name: input.name, passwordHash, role: invite.role });
    const actor = actorOf(user);
    recordAudit(db, {
      projectId: invite.projectId,
      actor,
      action: 'accept_invite',
      entity: 'user',
      entityId: user.id,
      detail: user.email,
    });
    if (invite.projectId !== null) joinProject(db, actor, invite.projectId, user);
    return { ok: true, user };
  });
}

export type ResetLinkResult = LinkResult | { ok: false; reason: 'not_found' | 'deactivated' };

/**
 * A one-time password reset link for an account, made by an administrator or asked for on the
 * login page (actor system). Earlier unused links of the account stop working.
 */
export function createResetLink(db: Db, actor: Actor, userId: number, now = new Date()): ResetLinkResult {
  return db.transaction((): ResetLinkResult => {
    const user = findUserById(db, userId);
    if (!user) return { ok: false, reason: 'not_found' };
    if (user.deactivatedAt) return { ok: false, reason: 'deactivated' };
    retireResetTokens(db, user.id, now);
    const expiresAt = hoursFrom(now, RESET_HOURS);
    const { token } = insertAccountToken(db, {
      kind: 'reset',
      email: user.email,
      userId: user.id,
      createdByUserId: actor.kind === 'staff' ? actor.id : null,
      expiresAt,
    });
    recordAudit(db, {
      projectId: null,
      actor,
      action: 'create_reset_link',
      entity: 'user',
      entityId: user.id,
      detail: user.email,
    });
    return { ok: true, token, email: user.email, expiresAt };
  });
}

export type ResetResult = { ok: true; email: string } | { ok: false; reason: 'invalid' };

/** Sets a new password through a reset link; every session of the account ends. */
export async function resetPassword(db: Db, token: string, password: string, now = new Date()): Promise<ResetResult> {
  if (!findUsableToken(db, 'reset', token, now)) return { ok: false, reason: 'invalid' };
  const passwordHash = await hashPassword(password);
  return db.transaction((): ResetResult => {
    const link = findUsableToken(db, 'reset', token, now);
    const user = link?.userId ? findUserById(db, link.userId) : undefined;
    if (!link || !user || user.deactivatedAt || !markTokenUsed(db, link.id, now))
      return { ok: false, reason: 'invalid' };
    setPasswordHash(db, user.id, passwordHash);
    retireResetTokens(db, user.id, now);
    const ended = deleteUserSessions(db, user.id);
    recordAudit(db, {
      projectId: null,
      actor: actorOf(user),
      action: 'reset_password',
      entity: 'user',
      entityId: user.id,
      detail: `再設定リンクで変更（ログアウトした端末 ${ended}件）`,
    });
    return { ok: true, email: user.email };
  });
}

export type ChangePasswordResult = { ok: true; ended: number } | { ok: false; reason: 'wrong_password' };

/** A user changes their own password; their other sessions end, this one stays. */
export async function changePassword(
  db: Db,
  user: SessionUser,
  input: { currentPassword: string; password: string; currentSessionHash: string },
): Promise<ChangePasswordResult> {
  const stored = findUserById(db, user.id);
  if (!stored || !(await verifyPassword(input.currentPassword, stored.passwordHash)))
    return { ok: false, reason: 'wrong_password' };
  const passwordHash = await hashPassword(input.password);
  return db.transaction((): ChangePasswordResult => {
    setPasswordHash(db, user.id, passwordHash);
    retireResetTokens(db, user.id, new Date());
    const ended = deleteUserSessions(db, user.id, input.currentSessionHash);
    recordAudit(db, {
      projectId: null,
      actor: actorOf(user),
      action: 'change_password',
      entity: 'user',
      entityId: user.id,
      detail: `ログアウトした他の端末 ${ended}件`,
    });
    return { ok: true, ended };
  });
}

export type AccountStatusResult = { ok: true } | { ok: false; reason: 'not_found' | 'self' | 'unchanged' };

/** Deactivates (or reactivates) an account; deactivation ends its sessions and reset links at once. */
export function setAccountActive(
  db: Db,
  actor: Actor,
  userId: number,
  active: boolean,
  now = new Date(),
): AccountStatusResult {
  // an administrator cannot lock themselves out, so one active administrator always remains
  if (actor.kind === 'staff' && userId === actor.id) return { ok: false, reason: 'self' };
  return db.transaction((): AccountStatusResult => {
    const user = findUserById(db, userId);
    if (!user) return { ok: false, reason: 'not_found' };
    if (!user.deactivatedAt === active) return { ok: false, reason: 'unchanged' };
    setDeactivated(db, user.id, active ? null : now.toISOString());
    let detail = user.email;
    if (!active) {
      retireResetTokens(db, user.id, now);
      detail += `（ログアウトした端末 ${deleteUserSessions(db, user.id)}件）`;
    }
    recordAudit(db, {
      projectId: null,
      actor,
      action: active ? 'reactivate' : 'deactivate',
      entity: 'user',
      entityId: user.id,
      detail,
    });
    return { ok: true };
  });
}

/**
 * Ends sessions of an account: one by its handle, or all of them (「すべての端末からログアウト」
 * and an administrator's 「ログアウトさせる」). Returns how many ended.
 */
export function endSessions(db: Db, actor: Actor, userId: number, handle?: string): number {
  return db.transaction(() => {
    const ended = handle ? deleteSessionByHandle(db, userId, handle) : deleteUserSessions(db, userId);
    if (ended > 0)
      recordAudit(db, {
        projectId: null,
        actor,
        action: handle ? 'revoke_session' : 'revoke_all_sessions',
        entity: 'user',
        entityId: userId,
        detail: `ログアウトした端末 ${ended}件`,
      });
    return ended;
  });
}
