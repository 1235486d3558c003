import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { and, eq } from 'drizzle-orm';
import type { AppEnv } from '../context.ts';
import { countUsers, findSessionUser } from '../auth/queries.ts';
import { projectMembers, projects } from '../db/schema.ts';
import { randomToken, safeEqual, sha256 } from '../lib/crypto.ts';
import type { Actor } from '../audit/log.ts';

export const SESSION_COOKIE = 'renkei_session';
const CSRF_COOKIE = 'renkei_csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isSecure(c: Context<AppEnv>): boolean {
  const deps = c.get('deps');
  if (deps.secureCookies) return true;
  if (deps.trustProxy && c.req.header('X-Forwarded-Proto') === 'https') return true;
  return new URL(c.req.url).protocol === 'https:';
}

/** The CSRF token of a staff session: derived from the session token, which no other site knows. */
export function csrfTokenFor(sessionToken: string): string {
  return sha256(`renkei-csrf\n${sessionToken}`);
}

/** Sets the CSRF cookie to a session's token (at login, so no cookie from before login survives it). */
export function bindCsrfCookie(c: Context<AppEnv>, sessionToken: string) {
  setCookie(c, CSRF_COOKIE, csrfTokenFor(sessionToken), csrfCookieOptions(c));
}

const csrfCookieOptions = (c: Context<AppEnv>) =>
  ({ httpOnly: true, sameSite: 'Lax', path: '/', secure: isSecure(c) }) as const;

/**
 * CSRF protection: unsafe requests must echo the token in the `_csrf` form field or the
 * X-CSRF-Token header (htmx sends the header). With a staff session the token is bound to the
 * session, so a cookie planted by another site (or on plain http) is worthless; without one
 * (login, agency links, participants) it is a random double-submit cookie.
 */
export const csrf: MiddlewareHandler<AppEnv> = async (c, next) => {
  const sessionToken = getCookie(c, SESSION_COOKIE);
  const cookie = getCookie(c, CSRF_COOKIE);
  let token = sessionToken ? csrfTokenFor(sessionToken) : cookie;
  if (!token || token.length < 32) token = randomToken(32);
  // the cookie follows the token so that clients reading it stay in step
  if (cookie !== token) setCookie(c, CSRF_COOKIE, token, csrfCookieOptions(c));
  c.set('csrfToken', token);
  if (UNSAFE.has(c.req.method)) {
    let sent = c.req.header('X-CSRF-Token');
    if (!sent) {
      const type = c.req.header('Content-Type') ?? '';
      if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
        const body = await c.req.parseBody();
        sent = typeof body._csrf === 'string' ? body._csrf : undefined;
      }
    }
    // without a session, a token is only valid together with the cookie that carried it
    if (!sent || (!sessionToken && !cookie) || !safeEqual(sent, token)) {
      return c.html(
        '<!doctype html><html lang="ja"><meta charset="utf-8"><title>送信できませんでした</title><p>フォームの有効期限が切れたか、不正な送信です。ページを再読み込みしてからもう一度送信してください。</p></html>',
        403,
      );
    }
  }
  await next();
};

export const session: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  c.set('user', token ? findSessionUser(c.get('db'), token) : null);
  await next();
};

let setupDone = new WeakSet<object>();
/** Until the first staff account exists, every page leads to /setup. */
export const setupGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const db = c.get('db');
  if (!setupDone.has(db)) {
    if (countUsers(db) > 0) setupDone.add(db);
    else {
      const p = c.req.path;
      const open = p === '/setup' || p === '/setup/validate' || p.startsWith('/static/') || p === '/healthz';
      if (!open) return c.redirect('/setup', 303);
    }
  }
  await next();
};
export function resetSetupCache() {
  setupDone = new WeakSet();
}

export const requireStaff: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get('user')) {
    const next_ = c.req.method === 'GET' ? `?next=${encodeURIComponent(c.req.path)}` : '';
    return c.redirect(`/login${next_}`, 303);
  }
  await next();
};

/** Loads :pid and checks the staff user belongs to it (admins see every project). */
export const loadProject: MiddlewareHandler<AppEnv> = async (c, next) => {
  const pid = Number(c.req.param('pid'));
  const user = c.get('user')!;
  const db = c.get('db');
  if (!Number.isInteger(pid) || pid <= 0) return c.notFound();
  const project = db.select().from(projects).where(eq(projects.id, pid)).get();
  if (!project) return c.notFound();
  if (user.role !== 'admin') {
    const member = db
      .select()
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, pid), eq(projectMembers.userId, user.id)))
      .get();
    if (!member) return c.notFound();
  }
  c.set('project', project);
  await next();
};

export function staffActor(c: Context<AppEnv>): Actor {
  const u = c.get('user')!;
  return { kind: 'staff', id: u.id, label: u.name };
}

/** Parses a positive integer route parameter, or null. */
export function idParam(c: Context, name: string): number | null {
  const n = Number(c.req.param(name));
  return Number.isInteger(n) && n > 0 ? n : null;
}
