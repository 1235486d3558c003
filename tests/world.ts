// A small installation with two projects and something behind every route parameter, shared
// by the authorization matrix and the bad-input crawl. Every piece of free text is made by
// `label`, so one test can fill it with leak markers and another with script payloads.
import { inspectRoutes } from 'hono/dev';
import { openDb, type Db } from '../src/db/client.ts';
import { createApp } from '../src/app.tsx';
import { createSession } from '../src/auth/queries.ts';
import { createProject } from '../src/projects/queries.ts';
import {
  agencies,
  hearingComments,
  hearingPassages,
  hearingPassageThemes,
  hearingRecords,
  hearingThemes,
  meetings,
  packetIssues,
  users,
} from '../src/db/schema.ts';
import { issueAgencyLink, revokeAgencyLink } from '../src/agencies/links.ts';

export type Owner = 'project1' | 'project2' | 'agencyA' | 'agencyB';
export type Label = (owner: Owner, what: string) => string;

export const CSRF = 'c'.repeat(43);

export type World = {
  app: ReturnType<typeof createApp>;
  db: Db;
  /** Route parameter values naming project 1's (and agency A's) things. */
  params: Record<string, string>;
  pid2: string;
  tokens: Record<'agencyA' | 'agencyB' | 'revoked', string>;
  sessions: Record<'admin' | 'member' | 'outsider', string>;
};

function addUser(db: Db, email: string, role: 'admin' | 'staff') {
  // sessions are created directly, so the password hash is never checked
  return db.insert(users).values({ email, name: email.split('@')[0], passwordHash: 'unused', role }).returning().get();
}

function addAgency(db: Db, projectId: number, key: string, name: string, contactName = '') {
  return db
    .insert(agencies)
    .values({ projectId, key, name, kind: '相談支援', field: 'welfare_ibasho', ageMin: 15, ageMax: 64, contactName })
    .returning()
    .get();
}

/**
 * A fresh in-memory installation: admin; `member` (staff of project 1); `outsider` (staff of
 * project 2 only); agencies A and B in project 1 with links, C with a revoked link; a meeting
 * with an issued packet; agency A's shared hearing with a themed passage and a comment.
 */
export function buildWorld(label: Label = (owner, what) => `${owner}:${what}`): World {
  const db = openDb(':memory:');
  const admin = addUser(db, 'admin@example.jp', 'admin');
  const member = addUser(db, 'member@example.jp', 'staff');
  const outsider = addUser(db, 'outsider@example.jp', 'staff');
  const project = (owner: Owner, ownerId: number) =>
    createProject(
      db,
      { name: label(owner, 'プロジェクト'), municipality: label(owner, '市'), fiscalYear: 2024, hostHealthCentre: label(owner, '保健所'), adviser: label(owner, '助言者') },
      ownerId,
    );
  const p1 = project('project1', member.id);
  const p2 = project('project2', outsider.id);

  const a = addAgency(db, p1.id, 'A', label('agencyA', '機関'), label('agencyA', '担当者'));
  const b = addAgency(db, p1.id, 'B', label('agencyB', '機関'), label('agencyB', '担当者'));
  const c = addAgency(db, p1.id, 'C', '取消済み機関');
  addAgency(db, p2.id, 'Z', label('project2', '機関'));
  const revoked = issueAgencyLink(db, c.id);
  revokeAgencyLink(db, c.id);

  const meeting = db
    .insert(meetings)
    .values({
      projectId: p1.id,
      key: 'm1',
      kind: 'network',
      title: label('project1', '会議'),
      date: '2024-07-10',
      place: label('project1', '会場'),
      purpose: label('project1', '目的'),
      agenda: [label('project1', '議題')],
      attendeeAgencyIds: [a.id, b.id],
    })
    .returning()
    .get();

  // agency A's hearing, shared with it, with a tagged passage and A's correction request
  const now = new Date().toISOString();
  const theme = db.insert(hearingThemes).values({ projectId: p1.id, key: 't1', label: label('project1', 'テーマ') }).returning().get();
  const hearing = db
    .insert(hearingRecords)
    .values({
      projectId: p1.id,
      agencyId: a.id,
      date: '2024-08-01',
      place: label('agencyA', '訪問先'),
      interviewers: [label('project1', '聞き手')],
      interviewees: label('agencyA', '相談員'),
      sections: { consultations: label('agencyA', 'ヒアリング記録') },
      sharedAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  const passage = db.insert(hearingPassages).values({ projectId: p1.id, hearingId: hearing.id, sectionId: 'consultations', excerpt: label('agencyA', '抜粋') }).returning().get();
  db.insert(hearingPassageThemes).values({ passageId: passage.id, themeId: theme.id }).run();
  const comment = db.insert(hearingComments).values({ hearingId: hearing.id, agencyId: a.id, body: label('agencyA', '修正依頼') }).returning().get();

  const issued = db
    .insert(packetIssues)
    .values({ projectId: p1.id, meetingId: meeting.id, version: 1, html: `<!doctype html><p>${label('project1', '発行済み資料')}</p>`, json: '{}', issuedAt: now })
    .returning()
    .get();

  return {
    app: createApp({ db }),
    db,
    params: {
      pid: String(p1.id),
      uid: String(member.id),
      aid: String(a.id),
      mid: String(meeting.id),
      hid: String(hearing.id),
      tid: String(theme.id),
      psid: String(passage.id),
      cmid: String(comment.id),
      v: String(issued.version),
      file: 'app.css',
    },
    pid2: String(p2.id),
    tokens: { agencyA: issueAgencyLink(db, a.id), agencyB: issueAgencyLink(db, b.id), revoked },
    sessions: { admin: createSession(db, admin.id), member: createSession(db, member.id), outsider: createSession(db, outsider.id) },
  };
}

/** "METHOD path" of every route handler the app registers (middleware left out). */
export function registeredRoutes(): string[] {
  const app = createApp({ db: openDb(':memory:') });
  return [...new Set(inspectRoutes(app).filter((r) => !r.isMiddleware).map((r) => `${r.method} ${r.path}`))];
}

export const paramNames = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);

/** Fills a route pattern's parameters; `own` overrides some (a role's own token or project). */
export function fillPath(path: string, world: World, own: Record<string, string> = {}): string {
  return path.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) => {
    const value = own[name] ?? world.params[name];
    if (value === undefined) throw new Error(`no value for :${name} (in ${path}) — add the entity to buildWorld() in tests/world.ts`);
    return value;
  });
}

/** A request as a browser would send it: CSRF cookie (+ session), form body with the token. */
export function send(world: World, method: string, path: string, opts: { session?: string; form?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { Cookie: [`renkei_csrf=${CSRF}`, ...(opts.session ? [`renkei_session=${opts.session}`] : [])].join('; ') };
  const init: RequestInit = { method, headers };
  if (method !== 'GET') {
    init.body = new URLSearchParams({ ...opts.form, _csrf: CSRF }).toString();
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
  }
  return world.app.request(path, init);
}

/** Reads a body unless it is a live stream (which never ends). */
export async function bodyText(res: Response): Promise<string> {
  if ((res.headers.get('content-type') ?? '').includes('text/event-stream')) {
    await res.body?.cancel();
    return '';
  }
  return res.text();
}
