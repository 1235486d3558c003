import { and, count, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { sessions, users } from '../db/schema.ts';
import type { SessionUser } from '../context.ts';
import { hashPassword, randomToken, sha256 } from '../lib/crypto.ts';

export const SESSION_HOURS = 12;

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()!.n;
}

export function findUserByEmail(db: Db, email: string) {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

export async function createUser(
  db: Db,
  input: { email: string; name: string; password: string; role: 'admin' | 'staff' },
): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  return insertUser(db, { email: input.email, name: input.name, passwordHash, role: input.role });
}

/** Inserts an account whose password is already hashed (the e-mail is stored lower-case). */
export function insertUser(
  db: Db,
  input: { email: string; name: string; passwordHash: string; role: 'admin' | 'staff' },
): SessionUser {
  const row = db
    .insert(users)
    .values({ ...input, email: input.email.trim().toLowerCase() })
    .returning()
    .get();
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** Creates a session and returns the cookie value (only its hash is stored). */
export function createSession(db: Db, userId: number, now = new Date(), userAgent = ''): string {
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run();
  db.insert(sessions)
    .values({
      idHash: sha256(token),
      userId,
      expiresAt,
      handle: randomToken(12),
      lastSeenAt: now.toISOString(),
      userAgent: userAgent.slice(0, 300),
    })
    .run();
  return token;
}

// last_seen_at is written at most once a minute per session, not on every request
const TOUCH_MS = 60_000;

/** The account behind a session cookie; a deactivated account has no session. */
export function findSessionUser(db: Db, token: string, now = new Date()): SessionUser | null {
  const idHash = sha256(token);
  const row = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now.toISOString()), isNull(users.deactivatedAt)))
    .get();
  if (!row) return null;
  if (!row.lastSeenAt || now.getTime() - Date.parse(row.lastSeenAt) > TOUCH_MS)
    db.update(sessions).set({ lastSeenAt: now.toISOString() }).where(eq(sessions.idHash, idHash)).run();
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

export function deleteSession(db: Db, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.idHash, sha256(token)))
    .run();
}
