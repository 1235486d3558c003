// One table for the whole authorization model: every registered route × every kind of
// visitor. A route added without a row here fails the test by name, so nobody can ship a
// page without deciding who may see it.
import { describe, expect, it } from 'vitest';
import {
  bodyText,
  worldFactory,
  fillPath,
  paramNames,
  registeredRoutes,
  send,
  type Label,
  type Owner,
  type World,
} from './world.ts';

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
  'newcomer', // knows the live meeting's join code, has not joined a group yet
  'participantG2', // joined group 2, asking for group 1's sheet and cards
  'participantG1', // joined group 1
] as const;
type Role = (typeof ROLES)[number];

// --- what they should get ------------------------------------------------------------------
// allowed   : answered (2xx, 3xx not to /login; 400/409/422 refuse the empty form we post or
//             the fixture's state, which is not a denial)
// login     : 303 to /login
// notFound  : 404 (a denial that does not reveal whether the thing exists)
// ownOnly   : allowed when the path names only the role's own objects, otherwise notFound
type Outcome = 'allowed' | 'login' | 'notFound' | 'ownOnly' | { status: number; location?: RegExp };
type Policy = Record<Role, Outcome>;

const every = (o: Outcome): Policy => Object.fromEntries(ROLES.map((r) => [r, o])) as Policy;

/** Staff pages under /projects: visitors without a session go to login, outsiders get 404. */
const staff = (overrides: Partial<Policy> = {}): Policy => ({
  ...every('login'),
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

/**
 * Live meeting pages under /m/:code: only people who hold the code (everyone else presents a
 * wrong one and gets 404); a group's sheet only for that group's participants (403).
 */
const live = (overrides: Partial<Policy> = {}): Policy => ({
  ...every('notFound'),
  newcomer: to(403),
  participantG2: to(403),
  participantG1: 'allowed',
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
const H = `${P}/hearings/:hid{[0-9]+}`;
const C = `${P}/cases/:cid{[0-9]+}`;
const I = `${P}/issues/:rid{[0-9]+}`;
const G = '/m/:code/g/:gid{[0-9]+}';
const TABLE: Record<string, Policy> = {
  'GET /healthz': open(),
  'GET /static/:file': open(),
  'GET /': sessionOnly(to(303, /^\/projects$/), to(303, /^\/login$/)),
  'GET /setup': every(to(303, /^\/login$/)),
  'POST /setup': every(to(303, /^\/login$/)),
  'POST /setup/validate': every(to(404)),
  'GET /login': sessionOnly(to(303, /^\/projects$/), to(200)),
  'POST /login': every(to(422)),
  'POST /logout': every(to(303, /^\/login$/)),
  'GET /invite/:token': every(to(404)),
  'POST /invite/:token': every(to(404)),
  'GET /reset/:token': every(to(404)),
  'POST /reset/:token': every(to(404)),
  'GET /forgot-password': every(to(200)),
  'POST /forgot-password': every(to(200)),
  'GET /account': sessionOnly(to(200), 'login'),
  'POST /account/password': sessionOnly(to(422), 'login'),
  'POST /account/sessions/revoke': sessionOnly(to(404), 'login'),
  'POST /account/logout-everywhere': sessionOnly(to(303, /^\/login\?done=everywhere$/), 'login'),
  'GET /accounts': { ...sessionOnly(to(403), 'login'), admin: to(200) },
  'POST /accounts/:uid{[0-9]+}/deactivate': { ...sessionOnly(to(403), 'login'), admin: to(303, /done=deactivated$/) },
  'POST /accounts/:uid{[0-9]+}/reactivate': { ...sessionOnly(to(403), 'login'), admin: to(422) },
  'POST /accounts/:uid{[0-9]+}/reset-link': { ...sessionOnly(to(403), 'login'), admin: to(200) },
  'POST /accounts/:uid{[0-9]+}/end-sessions': { ...sessionOnly(to(403), 'login'), admin: to(303, /done=ended$/) },

  'GET /projects': staff(),
  'GET /projects/new': staff(),
  'POST /projects': staff(),
  'POST /projects/validate': staff(),
  [`GET ${P}`]: staff(),
  [`GET ${P}/edit`]: staff(),
  [`POST ${P}/edit`]: staff(),

  [`GET ${P}/audit`]: adminOnly(),
  [`GET ${P}/audit/export.csv`]: adminOnly(),
  [`GET ${P}/members`]: staff(),
  [`POST ${P}/members`]: adminOnly(),
  [`POST ${P}/members/:uid{[0-9]+}/remove`]: adminOnly(),
  [`POST ${P}/members/invite`]: adminOnly(),
  [`POST ${P}/members/invitations/:iid{[0-9]+}/cancel`]: adminOnly(),

  [`GET ${P}/agencies`]: staff(),
  [`GET ${P}/agencies/new`]: staff(),
  [`POST ${P}/agencies`]: staff(),
  [`POST ${P}/agencies/validate`]: staff(),
  [`GET ${P}/agencies/template.csv`]: staff(),
  [`GET ${P}/agencies/export.csv`]: staff(),
  [`GET ${P}/agencies/export.xlsx`]: staff(),
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
  [`POST ${A}/link/mail`]: staff(),
  [`POST ${P}/agencies/reminders`]: staff(),

  [`GET ${P}/hearings`]: staff(),
  [`GET ${P}/hearings/new`]: staff(),
  [`POST ${P}/hearings`]: staff(),
  [`GET ${P}/hearings/themes`]: staff(),
  [`GET ${P}/hearings/themes/export.xlsx`]: staff(),
  [`POST ${P}/hearings/themes`]: staff(),
  [`POST ${P}/hearings/themes/:tid{[0-9]+}/delete`]: staff(),
  [`POST ${P}/hearings/plan`]: staff(),
  [`GET ${H}`]: staff(),
  [`GET ${H}/edit`]: staff(),
  [`POST ${H}/edit`]: staff(),
  [`POST ${H}/passages`]: staff(),
  [`POST ${H}/passages/:psid{[0-9]+}/delete`]: staff(),
  [`POST ${H}/passages/:psid{[0-9]+}/shared`]: staff(),
  [`POST ${H}/share`]: staff(),
  [`POST ${H}/comments/:cmid{[0-9]+}/resolve`]: staff(),
  [`POST ${H}/delete`]: staff(),

  [`GET ${P}/resource-map`]: staff(),
  [`GET ${P}/resource-map/hsds.json`]: staff(),
  [`GET ${P}/resource-map/hsds.zip`]: staff(),
  [`GET ${P}/resource-map/export.xlsx`]: staff(),
  [`GET ${P}/public-guide`]: staff(),
  [`POST ${P}/public-guide`]: staff(),
  [`GET ${P}/blank-sheets`]: staff(),
  [`POST ${P}/blank-sheets/paper-entry`]: staff(),
  [`GET ${P}/blank-sheets/questionnaire`]: staff(),
  [`GET ${P}/blank-sheets/hearing`]: staff(),
  [`GET ${P}/blank-sheets/case`]: staff(),
  [`GET ${P}/blank-sheets/meetings/:mid{[0-9]+}/case-study`]: staff(),
  [`GET ${P}/blank-sheets/meetings/:mid{[0-9]+}/group-work`]: staff(),
  [`GET ${P}/blank-sheets/relay`]: staff(),
  [`GET ${P}/blank-sheets/intake`]: staff(),
  [`GET ${P}/report`]: staff(),
  [`POST ${P}/report`]: staff(),
  [`GET ${P}/report/download`]: staff(),
  'GET /guide/:slug': every('notFound'),
  'GET /guide/:slug/leaflet': every('notFound'),
  'GET /guide/:slug/poster': every('notFound'),

  [`GET ${P}/meetings`]: staff(),
  [`GET ${P}/meetings/new`]: staff(),
  [`POST ${P}/meetings`]: staff(),
  [`POST ${P}/meetings/standard`]: staff(),
  [`GET ${M}`]: staff(),
  [`GET ${M}/edit`]: staff(),
  [`POST ${M}/edit`]: staff(),
  [`GET ${M}/delete`]: staff(),
  [`POST ${M}/delete`]: staff(),

  [`GET ${M}/packet`]: staff(),
  [`POST ${M}/packet`]: staff(),
  [`POST ${M}/packet/reset`]: staff(),
  [`GET ${M}/packet.html`]: staff(),
  [`GET ${M}/packet.pdf`]: staff(),
  [`GET ${M}/packet.xlsx`]: staff(),
  [`GET ${M}/packet.json`]: staff(),
  [`POST ${M}/packet/issue`]: staff(),
  [`GET ${M}/packet/issued/:v{[0-9]+}`]: staff(),
  [`GET ${M}/packet/issued/:v{[0-9]+}/packet.json`]: staff(),
  [`GET ${M}/packet/issued/:v{[0-9]+}/packet.pdf`]: staff(),

  [`GET ${P}/cases`]: staff(),
  [`GET ${P}/cases/new`]: staff(),
  [`POST ${P}/cases/new`]: staff(),
  [`GET ${P}/cases/factors`]: staff(),
  [`POST ${P}/cases/factors`]: staff(),
  [`GET ${C}`]: staff(),
  [`GET ${C}/edit`]: staff(),
  [`POST ${C}`]: staff(),
  [`POST ${C}/autosave`]: staff(),
  [`POST ${C}/candidates`]: staff(),
  [`POST ${C}/delete`]: staff(),

  [`GET ${P}/issues`]: staff(),
  [`GET ${P}/issues/new`]: staff(),
  [`POST ${P}/issues`]: staff(),
  [`GET ${I}/edit`]: staff(),
  [`POST ${I}/edit`]: staff(),
  [`POST ${I}/move`]: staff(),
  [`POST ${I}/sources`]: staff(),
  [`POST ${I}/sources/:sid{[0-9]+}/delete`]: staff(),
  [`POST ${I}/delete`]: staff(),

  [`GET ${M}/case-studies`]: staff(),
  [`POST ${M}/case-studies`]: staff(),
  [`GET ${M}/case-studies/:sid{[0-9]+}`]: staff(),
  [`POST ${M}/case-studies/:sid{[0-9]+}`]: staff(),
  [`POST ${M}/case-studies/:sid{[0-9]+}/agencies`]: staff(),
  [`POST ${M}/case-studies/:sid{[0-9]+}/autosave`]: staff(),
  [`GET ${M}/attendance`]: staff(),
  [`GET ${M}/attendance/export.xlsx`]: staff(),
  [`POST ${M}/attendance/roll-call`]: staff(),
  [`POST ${M}/attendance/invited`]: staff(),
  [`POST ${M}/attendance/guests`]: staff(),
  [`POST ${M}/attendance/guests/:gid{[0-9]+}/delete`]: staff(),
  [`GET ${M}/minutes`]: staff(),
  [`POST ${M}/minutes`]: staff(),
  [`POST ${M}/minutes/autosave`]: staff(),
  [`POST ${M}/minutes/issue`]: staff(),
  [`POST ${M}/minutes/actions/:idx{[0-9]+}/issue`]: staff(),
  [`GET ${M}/minutes/:v{[0-9]+}`]: staff(),
  [`GET ${M}/minutes/:v{[0-9]+}/docx`]: staff(),
  [`GET ${P}/issues/export.xlsx`]: staff(),
  [`GET ${I}/follow-up`]: staff(),
  [`POST ${I}/follow-up`]: staff(),
  [`POST ${I}/follow-up/history`]: staff(),
  [`POST ${P}/next-year`]: staff(),

  [`GET ${P}/questionnaire`]: staff(),
  [`GET ${P}/questionnaire/template`]: staff(),
  [`POST ${P}/questionnaire/template/copy`]: staff(),
  [`GET ${P}/questionnaire/template/questions/:qid{[a-z][a-z0-9_]*}`]: staff(),
  [`POST ${P}/questionnaire/template/questions/:qid{[a-z][a-z0-9_]*}`]: staff(),
  [`GET ${P}/questionnaire/template/sections/:idx{[0-9]+}`]: staff(),
  [`POST ${P}/questionnaire/template/sections/:idx{[0-9]+}`]: staff(),
  [`GET ${P}/questionnaire/template/json`]: staff(),
  [`POST ${P}/questionnaire/template/json`]: staff(),
  [`GET ${P}/questionnaire/responses/:aid{[0-9]+}`]: staff(),
  [`GET ${P}/questionnaire/responses/:aid{[0-9]+}/edit`]: staff(),
  [`POST ${P}/questionnaire/responses/:aid{[0-9]+}/edit`]: staff(),
  [`GET ${P}/questionnaire/results`]: staff(),
  [`GET ${P}/questionnaire/export.xlsx`]: staff(),
  [`GET ${P}/questionnaire/export.csv`]: staff(),

  [`GET ${M}/group-work`]: staff(),
  [`POST ${M}/group-work/open`]: staff(),
  [`POST ${M}/group-work/close`]: staff(),
  [`POST ${M}/group-work/reopen`]: staff(),
  [`POST ${M}/group-work/phase`]: staff(),
  [`POST ${M}/group-work/timer`]: staff(),
  [`POST ${M}/group-work/timer/stop`]: staff(),
  [`POST ${M}/group-work/lock`]: staff(),
  [`POST ${M}/group-work/wall-visibility`]: staff(),
  [`POST ${M}/group-work/voting/start`]: staff(),
  [`POST ${M}/group-work/voting/end`]: staff(),
  [`POST ${M}/group-work/groups`]: staff(),
  [`POST ${M}/group-work/groups/:gid{[0-9]+}/delete`]: staff(),
  [`POST ${M}/group-work/prompts`]: staff(),
  [`POST ${M}/group-work/cards/:cid{[0-9]+}/candidate`]: staff(),
  [`GET ${M}/group-work/cards/:cid{[0-9]+}`]: staff(),
  [`POST ${M}/group-work/cards/:cid{[0-9]+}/move`]: staff(),
  [`POST ${M}/group-work/cards/:cid{[0-9]+}/merge`]: staff(),
  [`POST ${M}/group-work/moderation`]: staff(),
  [`POST ${M}/group-work/cards/:cid{[0-9]+}/release`]: staff(),
  [`POST ${M}/group-work/cards/:cid{[0-9]+}/hide`]: staff(),
  [`POST ${M}/group-work/cards/:cid{[0-9]+}/delete`]: staff(),
  [`POST ${M}/group-work/cards/:cid{[0-9]+}/restore`]: staff(),
  [`GET ${M}/wall`]: staff(),
  [`GET ${M}/wall/events`]: staff(),

  'GET /a/:token': agency(),
  'GET /a/:token/questionnaire': agency(),
  'POST /a/:token/questionnaire': agency(),
  'POST /a/:token/questionnaire/autosave': agency(),
  'POST /a/:token/questionnaire/reopen': agency(),
  'GET /a/:token/hearings': agency(),
  'GET /a/:token/hearings/:hid{[0-9]+}': agency(),
  'POST /a/:token/hearings/:hid{[0-9]+}/comments': agency(),
  // every invited agency of the project sees the meeting and its issued minutes
  'GET /a/:token/meetings': agency(),
  'POST /a/:token/meetings/:mid{[0-9]+}/rsvp': agency({ agencyB: 'allowed' }),
  'GET /a/:token/meetings/:mid{[0-9]+}/minutes': agency({ agencyB: 'allowed' }),
  'GET /a/:token/meetings/:mid{[0-9]+}/packet': agency({ agencyB: 'allowed' }),

  'GET /a/:token/public-guide': agency(),
  'POST /a/:token/public-guide': agency(),
  'POST /a/:token/public-guide/withdraw': agency(),
  'GET /a/:token/cases': agency(),
  'POST /a/:token/cases/new': agency(),
  'GET /a/:token/cases/:cid{[0-9]+}': agency(),
  'POST /a/:token/cases/:cid{[0-9]+}': agency(),
  'POST /a/:token/cases/:cid{[0-9]+}/autosave': agency(),
  'POST /a/:token/cases/:cid{[0-9]+}/reopen': agency(),
  'POST /a/:token/cases/:cid{[0-9]+}/delete': agency(),

  'GET /join': open(),
  'POST /join': every(to(422)),
  'GET /m/:code': live({ newcomer: 'allowed', participantG2: 'allowed' }),
  'POST /m/:code': live({ newcomer: 'allowed', participantG2: 'allowed' }),
  [`GET ${G}`]: live(),
  [`GET ${G}/events`]: live(),
  [`POST ${G}/cards`]: live(),
  [`POST ${G}/fields/:field{can_do|needs|gaps|conclusion}`]: live(),
  [`POST ${G}/fields/:field{can_do|needs|gaps|conclusion}/editing`]: live(),
  [`GET ${G}/cards/:cid{[0-9]+}/edit`]: live(),
  [`POST ${G}/cards/:cid{[0-9]+}`]: live(),
  [`POST ${G}/cards/:cid{[0-9]+}/delete`]: live(),
  'GET /m/:code/vote': live({ newcomer: to(303, /^\/m\/\d{6}$/), participantG2: 'allowed' }),
  'POST /m/:code/vote/:cid{[0-9]+}': live({ newcomer: 'allowed', participantG2: 'allowed' }),
  'POST /m/:code/vote/:cid{[0-9]+}/withdraw': live({ newcomer: 'allowed', participantG2: 'allowed' }),
};

// Routes that answer 404 to an empty form even for allowed users get the body they need here,
// so the matrix reaches their authorization rather than their validation.
const FORMS: Record<string, (w: World) => Record<string, string>> = {
  [`POST ${C}/candidates`]: (w) => ({ meetingId: w.params.mid, on: '1' }),
  [`POST ${I}/move`]: () => ({ direction: 'down' }),
};

// --- the world the requests run in ---------------------------------------------------------
// Every text belonging to someone carries a marker, so a page that leaks it is caught.
const MARK: Record<Owner, string> = {
  project1: '甲-MARK',
  project2: '乙-MARK',
  agencyA: 'あおば-MARK',
  agencyB: 'かえで-MARK',
  group1: '班1-MARK',
};
const label: Label = (owner, what) => `${MARK[owner]}${what}`;
const MUST_NOT_SEE: Record<Role, string[]> = {
  anonymous: Object.values(MARK),
  revoked: Object.values(MARK),
  agencyB: [MARK.agencyA, MARK.project2, MARK.group1],
  agencyA: [MARK.agencyB, MARK.project2, MARK.group1],
  otherStaff: [MARK.project1, MARK.agencyA, MARK.agencyB, MARK.group1],
  crossProject: [MARK.project1, MARK.agencyA, MARK.agencyB, MARK.group1],
  member: [MARK.project2],
  admin: [],
  // participants see the meeting and its attendee agencies; other groups' cards are public in
  // the room (wall, ballot) but their sheets are not: the 403 rows above check that
  newcomer: [MARK.project2, MARK.group1],
  participantG2: [MARK.project2],
  participantG1: [MARK.project2],
};
// staff of project 1 may see its agency links; nobody else may see a token not their own
const SEES_LINKS = new Set<Role>(['member', 'admin']);

const SESSION: Partial<Record<Role, keyof World['sessions']>> = {
  otherStaff: 'outsider',
  crossProject: 'outsider',
  member: 'member',
  admin: 'admin',
};
const PARTICIPANT: Partial<Record<Role, keyof World['participants']>> = {
  participantG1: 'group1',
  participantG2: 'group2',
};
const HOLDS_CODE = new Set<Role>(['newcomer', 'participantG1', 'participantG2']);

// Parameters that name nobody's data.
const NEUTRAL_PARAMS = new Set(['file']);
// Parameters each role fills with its own value (everything else names project 1 / agency A's things).
const OWN_PARAMS: Partial<Record<Role, string[]>> = { crossProject: ['pid'], agencyB: ['token'], agencyA: ['token'] };

function resolveOutcome(outcome: Outcome, role: Role, path: string): Exclude<Outcome, 'ownOnly'> {
  if (outcome !== 'ownOnly') return outcome;
  const own = new Set(OWN_PARAMS[role] ?? []);
  const foreign = paramNames(path).filter((p) => !NEUTRAL_PARAMS.has(p) && !own.has(p));
  return foreign.length ? 'notFound' : 'allowed';
}

function ownParams(role: Role, world: World): Record<string, string> {
  // whoever holds no link or code presents a well-formed but unknown one
  const token = role in world.tokens ? world.tokens[role as keyof World['tokens']] : 'x'.repeat(43);
  const code = HOLDS_CODE.has(role) ? world.joinCode : world.joinCode === '000000' ? '000001' : '000000';
  return role === 'crossProject' ? { token, code, pid: world.pid2 } : { token, code };
}

describe('authorization matrix', () => {
  const routes = registeredRoutes();
  const freshWorld = worldFactory(label);

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
        const world = freshWorld();
        const url = fillPath(path, world, ownParams(role, world));
        const expected = resolveOutcome(TABLE[key][role], role, path);
        const session = SESSION[role];
        const participant = PARTICIPANT[role];
        const res = await send(world, method, url, {
          session: session && world.sessions[session],
          participant: participant && world.participants[participant],
          form: FORMS[key]?.(world),
        });
        const location = res.headers.get('location') ?? '';
        const type = res.headers.get('content-type') ?? '';
        const body = await bodyText(res);
        const got = `${res.status}${location ? ` → ${location}` : ''}`;
        const fail = (why: string) => failures.push(`${role} ${method} ${url}: ${why} (got ${got})`);

        if (expected === 'allowed') {
          if ([401, 403, 404, 405].includes(res.status) || res.status >= 500) fail('expected to be allowed');
          else if (res.status >= 300 && res.status < 400 && /^\/(login|setup)/.test(location))
            fail('expected to be allowed, was sent to log in');
          else if (res.status >= 400 && ![400, 409, 422].includes(res.status)) fail('expected to be allowed');
        } else if (expected === 'login') {
          if (res.status !== 303 || !location.startsWith('/login')) fail('expected 303 to /login');
        } else if (expected === 'notFound') {
          if (res.status !== 404) fail('expected 404');
        } else {
          if (res.status !== expected.status) fail(`expected ${expected.status}`);
          if (expected.location && !expected.location.test(location)) fail(`expected redirect to ${expected.location}`);
        }
        const foreignTokens = SEES_LINKS.has(role)
          ? []
          : Object.entries(world.tokens)
              .filter(([r]) => r !== role)
              .map(([, t]) => t);
        for (const secret of [...MUST_NOT_SEE[role], ...foreignTokens]) {
          if (body.includes(secret) || location.includes(secret)) fail(`response reveals ${secret}`);
        }
        if (res.status >= 400 && type.includes('text/html') && !/[\u3040-\u30ff]/.test(body))
          fail('error page is not in Japanese');
      }
      expect(failures).toEqual([]);
    });
  }
});
