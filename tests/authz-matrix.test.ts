// One table for the whole authorization model: every registered route × every kind of
// visitor. A route added without a row here fails the test by name, so nobody can ship a
// page without deciding who may see it.
import { describe, expect, it } from 'vitest';
import { inspectRoutes } from 'hono/dev';
import { openDb, type Db } from '../src/db/client.ts';
import { createApp } from '../src/app.tsx';
import { createSession } from '../src/auth/queries.ts';
import { createProject } from '../src/projects/queries.ts';
import { agencies, meetings, users } from '../src/db/schema.ts';
import { issueAgencyLink, revokeAgencyLink } from '../src/agencies/links.ts';

// --- who is asking -------------------------------------------------------------------------
const ROLES = [
  'anonymous', // no cookie, no token
  'revoked', // the link of an agency whose link was revoked
  'agencyB', // a valid link of agency B, asking for agency A's things
  'otherStaff', // staff of another project, asking with project 1's ids
  'crossProject', // the same staff inside their own project 2, but naming project 1's objects
  'agencyA', // agency A's own link
  'member', // non-admin staff member of project 1
  'admin', // administrator (sees every project)
] as const;
type Role = (typeof ROLES)[number];

// --- what they should get ------------------------------------------------------------------
// allowed   : answered (2xx, 3xx not to /login, or 422 for the empty form we post)
// login     : 303 to /login
// notFound  : 404 (a denial that does not reveal whether the thing exists)
// ownOnly   : allowed when the path names only the role's own objects, otherwise notFound
type Outcome = 'allowed' | 'login' | 'notFound' | 'ownOnly' | { status: number; location?: RegExp };
type Policy = Record<Role, Outcome>;

const every = (o: Outcome): Policy => Object.fromEntries(ROLES.map((r) => [r, o])) as Policy;

/** Staff pages under /projects: visitors without a session go to login, outsiders get 404. */
const staff = (overrides: Partial<Policy> = {}): Policy => ({
  anonymous: 'login',
  revoked: 'login',
  agencyB: 'login',
  agencyA: 'login',
  otherStaff: 'ownOnly',
  crossProject: 'ownOnly',
  member: 'allowed',
  admin: 'allowed',
  ...overrides,
});

/** Agency pages under /a/:token: only the holder of a valid link, and only its own things. */
const agency = (overrides: Partial<Policy> = {}): Policy => ({
  ...every('notFound'),
  agencyA: 'allowed',
  agencyB: 'ownOnly',
  ...overrides,
});

/** Staff pages only administrators may open; other staff of the project get 403. */
const adminOnly = (): Policy => staff({ member: to(403), crossProject: to(403) });

const open = (): Policy => every('allowed');
const to = (status: number, location?: RegExp): Outcome => ({ status, location });
const sessionOnly = (withSession: Outcome, without: Outcome): Policy => ({
  ...every(without),
  otherStaff: withSession,
  crossProject: withSession,
  member: withSession,
  admin: withSession,
});

// --- the table: "METHOD path" exactly as app.routes lists it -------------------------------
const P = '/projects/:pid{[0-9]+}';
const A = `${P}/agencies/:aid{[0-9]+}`;
const M = `${P}/meetings/:mid{[0-9]+}`;
const TABLE: Record<string, Policy> = {
  'GET /healthz': open(),
  'GET /static/:file': open(),
  'GET /': sessionOnly(to(303, /^\/projects$/), to(303, /^\/login$/)),
  'GET /setup': every(to(303, /^\/login$/)),
  'POST /setup': every(to(303, /^\/login$/)),
  'GET /login': sessionOnly(to(303, /^\/projects$/), to(200)),
  'POST /login': every(to(422)),
  'POST /logout': every(to(303, /^\/login$/)),

  'GET /projects': staff(),
  'GET /projects/new': staff(),
  'POST /projects': staff(),
  [`GET ${P}`]: staff(),
  [`GET ${P}/edit`]: staff(),
  [`POST ${P}/edit`]: staff(),

  [`GET ${P}/audit`]: adminOnly(),

  [`GET ${P}/agencies`]: staff(),
  [`GET ${P}/agencies/new`]: staff(),
  [`POST ${P}/agencies`]: staff(),
  [`GET ${P}/agencies/template.csv`]: staff(),
  [`GET ${P}/agencies/import`]: staff(),
  [`POST ${P}/agencies/import`]: staff(),
  [`POST ${P}/agencies/import/confirm`]: staff(),
  [`GET ${P}/agencies/letters`]: staff(),
  [`GET ${A}`]: staff(),
  [`GET ${A}/edit`]: staff(),
  [`POST ${A}/edit`]: staff(),
  [`POST ${A}/archive`]: staff(),
  [`POST ${A}/unarchive`]: staff(),
  [`GET ${A}/letter`]: staff(),
  [`GET ${A}/link/reissue`]: staff(),
  [`GET ${A}/link/revoke`]: staff(),
  [`POST ${A}/link/reissue`]: staff(),
  [`POST ${A}/link/issue`]: staff(),
  [`POST ${A}/link/revoke`]: staff(),

  [`GET ${P}/meetings`]: staff(),
  [`GET ${P}/meetings/new`]: staff(),
  [`POST ${P}/meetings`]: staff(),
  [`POST ${P}/meetings/standard`]: staff(),
  [`GET ${M}`]: staff(),
  [`GET ${M}/edit`]: staff(),
  [`POST ${M}/edit`]: staff(),
  [`GET ${M}/delete`]: staff(),
  [`POST ${M}/delete`]: staff(),

  'GET /a/:token': agency(),
};

// --- the world the requests run in ---------------------------------------------------------
// Names that must never reach a visitor who has no business seeing them.
const MARK = {
  project1: 'プロジェクト甲-MARK',
  project2: 'プロジェクト乙-MARK',
  agencyA: '機関あおば-MARK',
  agencyB: '機関かえで-MARK',
};
const MUST_NOT_SEE: Record<Role, string[]> = {
  anonymous: Object.values(MARK),
  revoked: Object.values(MARK),
  agencyB: [MARK.agencyA, MARK.project2],
  agencyA: [MARK.agencyB, MARK.project2],
  otherStaff: [MARK.project1, MARK.agencyA, MARK.agencyB],
  crossProject: [MARK.project1, MARK.agencyA, MARK.agencyB],
  member: [MARK.project2],
  admin: [],
};

const CSRF = 'c'.repeat(43);

type Fixture = {
  app: ReturnType<typeof createApp>;
  db: Db;
  /** Route parameter values; pid differs for crossProject, token per role. */
  params: Record<string, string>;
  pid2: string;
  tokens: Record<'agencyA' | 'agencyB' | 'revoked', string>;
  sessions: Record<'otherStaff' | 'member' | 'admin', string>;
};

// staff of project 1 may see its agency links; nobody else may see a token not their own
const SEES_LINKS = new Set<Role>(['member', 'admin']);

function addUser(db: Db, email: string, role: 'admin' | 'staff') {
  // sessions are created directly, so the password hash is never checked
  return db.insert(users).values({ email, name: email.split('@')[0], passwordHash: 'unused', role }).returning().get();
}

function addAgency(db: Db, projectId: number, key: string, name: string) {
  return db.insert(agencies).values({ projectId, key, name, kind: '相談支援', field: 'welfare_ibasho', ageMin: 15, ageMax: 64 }).returning().get();
}

/** A fresh in-memory installation with two projects and everything the routes can name. */
function buildFixture(): Fixture {
  const db = openDb(':memory:');
  const admin = addUser(db, 'admin@example.jp', 'admin');
  const member = addUser(db, 'member@example.jp', 'staff');
  const outsider = addUser(db, 'outsider@example.jp', 'staff');
  const base = { municipality: '甲市', fiscalYear: 2024, hostHealthCentre: '甲保健所', adviser: '' };
  const p1 = createProject(db, { ...base, name: MARK.project1 }, member.id);
  const p2 = createProject(db, { ...base, name: MARK.project2 }, outsider.id);

  const a = addAgency(db, p1.id, 'A', MARK.agencyA);
  const b = addAgency(db, p1.id, 'B', MARK.agencyB);
  const c = addAgency(db, p1.id, 'C', '取消済み機関');
  addAgency(db, p2.id, 'Z', '乙の機関');
  const revoked = issueAgencyLink(db, c.id);
  revokeAgencyLink(db, c.id);

  const meeting = db
    .insert(meetings)
    .values({ projectId: p1.id, key: 'm1', kind: 'network', title: '第1回 ネットワーク会議', date: '2024-07-10' })
    .returning()
    .get();

  return {
    app: createApp({ db }),
    db,
    params: {
      pid: String(p1.id),
      aid: String(a.id),
      mid: String(meeting.id),
      file: 'app.css',
    },
    pid2: String(p2.id),
    tokens: { agencyA: issueAgencyLink(db, a.id), agencyB: issueAgencyLink(db, b.id), revoked },
    sessions: {
      admin: createSession(db, admin.id),
      member: createSession(db, member.id),
      otherStaff: createSession(db, outsider.id),
    },
  };
}

// Parameters that name nobody's data.
const NEUTRAL_PARAMS = new Set(['file']);
// Parameters each role fills with its own value (everything else is project 1 / agency A's).
const OWN_PARAMS: Partial<Record<Role, string[]>> = { crossProject: ['pid'], agencyB: ['token'], agencyA: ['token'] };

const paramNames = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);

function resolveOutcome(outcome: Outcome, role: Role, path: string): Exclude<Outcome, 'ownOnly'> {
  if (outcome !== 'ownOnly') return outcome;
  const own = new Set(OWN_PARAMS[role] ?? []);
  const foreign = paramNames(path).filter((p) => !NEUTRAL_PARAMS.has(p) && !own.has(p));
  return foreign.length ? 'notFound' : 'allowed';
}

function concretePath(path: string, role: Role, fx: Fixture): string {
  return path.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) => {
    if (name === 'token') {
      const t = (fx.tokens as Record<string, string>)[role];
      return t ?? 'x'.repeat(43); // staff and strangers have no link: a well-formed, unknown token
    }
    if (name === 'pid' && role === 'crossProject') return fx.pid2;
    const value = fx.params[name];
    if (value === undefined) throw new Error(`no fixture value for :${name} (in ${path}) — add one to buildFixture() in tests/authz-matrix.test.ts`);
    return value;
  });
}

async function request(fx: Fixture, role: Role, method: string, path: string) {
  const cookies = [`renkei_csrf=${CSRF}`];
  const session = role === 'crossProject' ? fx.sessions.otherStaff : (fx.sessions as Record<string, string>)[role];
  if (session) cookies.push(`renkei_session=${session}`);
  const init: RequestInit = { method, headers: { Cookie: cookies.join('; ') } };
  if (method !== 'GET') {
    init.body = new URLSearchParams({ _csrf: CSRF }).toString();
    (init.headers as Record<string, string>)['Content-Type'] = 'application/x-www-form-urlencoded';
  }
  return fx.app.request(path, init);
}

function registeredRoutes(): string[] {
  const app = createApp({ db: openDb(':memory:') });
  const keys = inspectRoutes(app)
    .filter((r) => !r.isMiddleware)
    .map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)];
}

describe('authorization matrix', () => {
  const routes = registeredRoutes();

  it('has a row for every registered route (and no row for a route that is gone)', () => {
    const missing = routes.filter((r) => !(r in TABLE));
    expect(missing, `add these routes to TABLE in tests/authz-matrix.test.ts:\n${missing.join('\n')}`).toEqual([]);
    const stale = Object.keys(TABLE).filter((r) => !routes.includes(r));
    expect(stale, 'rows for routes that no longer exist').toEqual([]);
  });

  for (const key of routes.filter((r) => r in TABLE)) {
    it(key, async () => {
      const [method, path] = key.split(' ');
      const failures: string[] = [];
      for (const role of ROLES) {
        // a fresh installation per request, so one role's write cannot change another's answer
        const fx = buildFixture();
        const url = concretePath(path, role, fx);
        const expected = resolveOutcome(TABLE[key][role], role, path);
        const res = await request(fx, role, method, url);
        const location = res.headers.get('location') ?? '';
        const type = res.headers.get('content-type') ?? '';
        // live streams never end; their first bytes are all a visitor could see
        const body = type.includes('text/event-stream') ? (await res.body?.cancel(), '') : await res.text();
        const got = `${res.status}${location ? ` → ${location}` : ''}`;
        const fail = (why: string) => failures.push(`${role} ${method} ${url}: ${why} (got ${got})`);

        if (expected === 'allowed') {
          if ([401, 403, 404, 405].includes(res.status) || res.status >= 500) fail('expected to be allowed');
          else if (res.status >= 300 && res.status < 400 && /^\/(login|setup)/.test(location)) fail('expected to be allowed, was sent to log in');
          // 400/422: the empty form we post was refused as invalid, which is not a denial
          else if (res.status >= 400 && res.status !== 400 && res.status !== 422) fail('expected to be allowed');
        } else if (expected === 'login') {
          if (res.status !== 303 || !location.startsWith('/login')) fail('expected 303 to /login');
        } else if (expected === 'notFound') {
          if (res.status !== 404) fail('expected 404');
        } else {
          if (res.status !== expected.status) fail(`expected ${expected.status}`);
          if (expected.location && !expected.location.test(location)) fail(`expected redirect to ${expected.location}`);
        }
        const foreignTokens = SEES_LINKS.has(role) ? [] : Object.entries(fx.tokens).filter(([r]) => r !== role).map(([, t]) => t);
        for (const secret of [...MUST_NOT_SEE[role], ...foreignTokens]) {
          if (body.includes(secret) || location.includes(secret)) fail(`response reveals ${secret}`);
        }
        if (res.status >= 400 && type.includes('text/html') && !/[\u3040-\u30ff]/.test(body)) fail('error page is not in Japanese');
      }
      expect(failures).toEqual([]);
    });
  }
});
