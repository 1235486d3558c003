// Reads and writes of one-time account links, account status and sessions.
import { and, asc, count, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { accountTokens, sessions, users } from '../db/schema.ts';
import { randomToken, sha256 } from '../lib/crypto.ts';

export type TokenKind = 'invite' | 'reset';
export type AccountToken = typeof accountTokens.$inferSelect;

/** Stores a new one-time link and returns the token itself, which is never stored. */
export function insertAccountToken(
  db: Db,
  input: {
    kind: TokenKind;
    email: string;
    role?: 'admin' | 'staff';
    projectId?: number | null;
    userId?: number | null;
    createdByUserId: number | null;
    expiresAt: string;
  },
): { token: string; row: AccountToken } {
  const token = randomToken(32);
  const row = db
    .insert(accountTokens)
    .values({ ...input, tokenHash: sha256(token) })
    .returning()
    .get();
  return { token, row };
}

/** The unused, unexpired link of this kind with this token, or undefined. */
export function findUsableToken(db: Db, kind: TokenKind, token: string, now: Date): AccountToken | undefined {
  return db
    .select()
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.tokenHash, sha256(token)),
        eq(accountTokens.kind, kind),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now.toISOString()),
      ),
    )
    .get();
}

/** Marks a link used; false when another request used it first. */
export function markTokenUsed(db: Db, id: number, now: Date): boolean {
  const res = db
    .update(accountTokens)
    .set({ usedAt: now.toISOString() })
    .where(and(eq(accountTokens.id, id), isNull(accountTokens.usedAt)))
    .run();
  return res.changes === 1;
}

/** Earlier unused reset links of an account stop working when a new one is made or one is used. */
export function retireResetTokens(db: Db, userId: number, now: Date): void {
  db.update(accountTokens)
    .set({ usedAt: now.toISOString() })
    .where(and(eq(accountTokens.kind, 'reset'), eq(accountTokens.userId, userId), isNull(accountTokens.usedAt)))
    .run();
}

export function pendingInvitations(db: Db, projectId: number, now: Date) {
  return db
    .select({
      id: accountTokens.id,
      email: accountTokens.email,
      role: accountTokens.role,
      expiresAt: accountTokens.expiresAt,
      createdAt: accountTokens.createdAt,
    })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.kind, 'invite'),
        eq(accountTokens.projectId, projectId),
        isNull(accountTokens.usedAt),
        gt(accountTokens.expiresAt, now.toISOString()),
      ),
    )
    .orderBy(desc(accountTokens.id))
    .all();
}
export type PendingInvitation = ReturnType<typeof pendingInvitations>[number];

export function findUserById(db: Db, id: number) {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/** Every staff account with its status and number of live sessions, for administrators. */
export function listAccounts(db: Db, now: Date) {
  const live = db
    .select({ userId: sessions.userId, n: count().as('n') })
    .from(sessions)
    .where(gt(sessions.expiresAt, now.toISOString()))
    .groupBy(sessions.userId)
    .as('live');
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      createdAt: users.createdAt,
      deactivatedAt: users.deactivatedAt,
      sessions: live.n,
    })
    .from(users)
    .leftJoin(live, eq(live.userId, users.id))
    .orderBy(asc(users.name), asc(users.id))
    .all()
    .map((u) => ({ ...u, sessions: u.sessions ?? 0 }));
}
export type AccountRow = ReturnType<typeof listAccounts>[number];

export function listSessions(db: Db, userId: number, now: Date) {
  return db
    .select({
      idHash: sessions.idHash,
      handle: sessions.handle,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now.toISOString())))
    .orderBy(desc(sessions.lastSeenAt))
    .all();
}

/** Ends an account's sessions, all of them or all but one (by hash); returns how many ended. */
export function deleteUserSessions(db: Db, userId: number, exceptIdHash?: string): number {
  const where = exceptIdHash
    ? and(eq(sessions.userId, userId), ne(sessions.idHash, exceptIdHash))
    : eq(sessions.userId, userId);
  return db.delete(sessions).where(where).run().changes;
}

export function deleteSessionByHandle(db: Db, userId: number, handle: string): number {
  return db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.handle, handle)))
    .run().changes;
}

export function setPasswordHash(db: Db, userId: number, passwordHash: string): void {
  db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
}

export function setDeactivated(db: Db, userId: number, at: string | null): void {
  db.update(users).set({ deactivatedAt: at }).where(eq(users.id, userId)).run();
}
