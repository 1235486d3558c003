// A small installation with two projects and something behind every route parameter, shared
// by the authorization matrix and the bad-input crawl. Every piece of free text is made by
// `label`, so one test can fill it with leak markers and another with script payloads.
import { inspectRoutes } from 'hono/dev';
import { csrfTokenFor } from '../src/http/middleware.ts';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { openDb, type Db } from '../src/db/client.ts';
import * as schema from '../src/db/schema.ts';
import { createApp } from '../src/app.tsx';
import { createSession } from '../src/auth/queries.ts';
import { insertAccountToken } from '../src/accounts/queries.ts';
import { createProject, setSurveyWindows } from '../src/projects/queries.ts';
import { sha256 } from '../src/lib/crypto.ts';
import { DEFAULT_TEMPLATE } from '../src/questionnaire/defaultTemplate.ts';
import { saveProjectTemplate, saveResponse } from '../src/questionnaire/queries.ts';
import {
  agencies,
  caseSheets,
  caseStudies,
  caseStudyEntries,
  issueTableRows,
  issueTableSources,
  hearingComments,
  hearingPassages,
  hearingPassageThemes,
  hearingRecords,
  hearingThemes,
  meetings,
  packetIssues,
  minutesVersions,
  meetingMinutes,
  users,
} from '../src/db/schema.ts';
import { issueAgencyLink, revokeAgencyLink } from '../src/agencies/links.ts';
import { ensureSession, listPrompts, openSession } from '../src/live/sessionQueries.ts';
import { createGroup, saveParticipant } from '../src/live/groupQueries.ts';
import { addCard } from '../src/live/cardQueries.ts';

export type Owner = 'project1' | 'project2' | 'agencyA' | 'agencyB' | 'group1';
export type Label = (owner: Owner, what: string) => string;

export const CSRF = 'c'.repeat(43);

export type World = {
  app: ReturnType<typeof createApp>;
  db: Db;
  /**
   * Route parameter values naming project 1's (and agency A's, group 1's) things. A key like
   * "cards/:cid" wins over plain "cid" when the parameter follows that path segment.
   */
  params: Record<string, string>;
  pid2: string;
  tokens: Record<'agencyA' | 'agencyB' | 'revoked', string>;
  sessions: Record<'admin' | 'member' | 'outsider', string>;
  /** Live meeting: the open join code and participant cookies for group 1 and group 2. */
  joinCode: string;
  participants: Record<'group1' | 'group2', string>;
};

function addUser(db: Db, email: string, role: 'admin' | 'staff') {
  // sessions are created directly, so the password hash is never checked
  return db
    .insert(users)
    .values({ email, name: email.split('@')[0], passwordHash: 'unused', role })
    .returning()
    .get();
}

function addAgency(db: Db, projectId: number, key: string, name: string, contactName = '') {
  return db
    .insert(agencies)
    .values({
      projectId,
      key,
      name,
      kind: '相談支援',
      field: 'welfare_ibasho',
      ageMin: 15,
      ageMax: 64,
      contactName,
      contactEmail: `${key.toLowerCase()}@agency.example.jp`,
    })
    .returning()
    .get();
}

// The issued packet is stored as the app rendered it, i.e. escaped.
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * A fresh in-memory installation: admin; `member` (staff of project 1); `outsider` (staff of
 * project 2 only); agencies A and B in project 1 with links, C with a revoked link; a meeting
 * with an issued packet and an open live session (groups 1 and 2, one participant each, a card
 * in group 1); a draft case sheet from A and from B, A's discussed in a case study and cited
 * by a row of the issues table; agency A's shared hearing with a themed passage and a comment; survey windows
 * open, a project copy of the questionnaire and drafts from A and B.
 */
export function buildWorld(label: Label = (owner, what) => `${owner}:${what}`): World {
  const db = openDb(':memory:');
  const admin = addUser(db, 'admin@example.jp', 'admin');
  const member = addUser(db, 'member@example.jp', 'staff');
  const outsider = addUser(db, 'outsider@example.jp', 'staff');
  const project = (owner: Owner, ownerId: number) =>
    createProject(
      db,
      {
        name: label(owner, 'プロジェクト'),
        municipality: label(owner, '市'),
        fiscalYear: 2024,
        hostHealthCentre: label(owner, '保健所'),
        adviser: label(owner, '助言者'),
      },
      ownerId,
    );
  const p1 = project('project1', member.id);
  const p2 = project('project2', outsider.id);

  // agency names are known across the project's network (case sheets list them); what an
  // agency wrote or who its contact is belongs to it alone
  const a = addAgency(db, p1.id, 'A', label('project1', 'あおば相談室'), label('agencyA', '担当者'));
  const b = addAgency(db, p1.id, 'B', label('project1', 'かえで支援センター'), label('agencyB', '担当者'));
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
  const theme = db
    .insert(hearingThemes)
    .values({ projectId: p1.id, key: 't1', label: label('project1', 'テーマ') })
    .returning()
    .get();
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
  const passage = db
    .insert(hearingPassages)
    .values({ projectId: p1.id, hearingId: hearing.id, sectionId: 'consultations', excerpt: label('agencyA', '抜粋') })
    .returning()
    .get();
  db.insert(hearingPassageThemes).values({ passageId: passage.id, themeId: theme.id }).run();
  const comment = db
    .insert(hearingComments)
    .values({ hearingId: hearing.id, agencyId: a.id, body: label('agencyA', '修正依頼') })
    .returning()
    .get();

  // a draft case sheet from each agency
  const caseOf = (agencyId: number, owner: Owner, key: string) =>
    db
      .insert(caseSheets)
      .values({
        projectId: p1.id,
        agencyId,
        key,
        classification: 'difficult',
        summary: label(owner, '事例の概要'),
        whatWorked: label(owner, 'できたこと'),
        savedAt: now,
      })
      .returning()
      .get();
  const caseA = caseOf(a.id, 'agencyA', 'c1');
  caseOf(b.id, 'agencyB', 'c2');
  const caseStudy = db
    .insert(caseStudies)
    .values({ projectId: p1.id, meetingId: meeting.id, caseId: caseA.id })
    .returning()
    .get();
  db.insert(caseStudyEntries)
    .values({
      caseStudyId: caseStudy.id,
      slot: 'conclusions',
      text: label('project1', '事例検討の結論'),
      updatedAt: now,
    })
    .run();

  // a row of the problems → issues table, backed by agency A's case
  const issueRow = db
    .insert(issueTableRows)
    .values({
      projectId: p1.id,
      position: 1,
      problem: label('project1', '問題点'),
      issue: label('project1', '課題'),
      origin: 'case',
      updatedAt: now,
    })
    .returning()
    .get();
  const issueSource = db
    .insert(issueTableSources)
    .values({ rowId: issueRow.id, kind: 'case', caseId: caseA.id })
    .returning()
    .get();

  // survey parts open, a project copy of the questionnaire, drafts from A and B
  setSurveyWindows(
    db,
    p1.id,
    (['questionnaire', 'cases', 'hearing'] as const).map((part) => ({
      part,
      opensOn: '2000-04-01',
      closesOn: '2100-03-31',
    })),
  );
  saveProjectTemplate(db, p1.id, DEFAULT_TEMPLATE);
  for (const [agency, owner] of [
    [a, 'agencyA'],
    [b, 'agencyB'],
  ] as const) {
    saveResponse(db, {
      projectId: p1.id,
      agencyId: agency.id,
      answers: { client_profile: label(owner, '対象者像') },
      status: 'draft',
      enteredByUserId: null,
    });
  }

  // an open live meeting with two groups, a participant in each and a card in group 1
  ensureSession(db, p1.id, meeting.id);
  const joinCode = openSession(db, meeting.id);
  const group1 = createGroup(db, meeting.id, label('project1', 'グループ1'));
  const group2 = createGroup(db, meeting.id, label('project1', 'グループ2'));
  const participants = { group1: 'p'.repeat(43), group2: 'q'.repeat(43) };
  saveParticipant(db, meeting.id, {
    tokenHash: sha256(participants.group1),
    groupId: group1.id,
    agencyId: a.id,
    agencyLabel: '',
  });
  saveParticipant(db, meeting.id, {
    tokenHash: sha256(participants.group2),
    groupId: group2.id,
    agencyId: b.id,
    agencyLabel: '',
  });
  const card = addCard(db, meeting.id, {
    groupId: group1.id,
    promptId: listPrompts(db, meeting.id)[0].id,
    text: label('group1', 'カード'),
    participantId: null,
  });

  const issued = db
    .insert(packetIssues)
    .values({
      projectId: p1.id,
      meetingId: meeting.id,
      version: 1,
      html: `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>発行済み資料</title></head><body><main><h1>${escapeHtml(label('project1', '発行済み資料'))}</h1></main></body></html>`,
      json: '{}',
      issuedAt: now,
    })
    .returning()
    .get();

  // issued minutes of the meeting (agencies read them on their link)
  db.insert(minutesVersions)
    .values({
      projectId: p1.id,
      meetingId: meeting.id,
      version: 1,
      content: {
        items: [{ title: label('project1', '議題'), notes: '' }],
        decisions: '',
        adviserComments: '',
        actions: [],
      },
      issuedAt: now,
    })
    .run();
  db.insert(meetingMinutes)
    .values({
      projectId: p1.id,
      meetingId: meeting.id,
      content: { items: [], decisions: '', adviserComments: '', actions: [{ text: label('project1', '対応') }] },
      updatedAt: now,
    })
    .run();

  // an invitation not accepted yet, for the members page's 取り消す
  const invitation = insertAccountToken(db, {
    kind: 'invite',
    email: 'invited@example.jp',
    projectId: p1.id,
    createdByUserId: admin.id,
    expiresAt: '2100-01-01T00:00:00.000Z',
  }).row;

  return {
    app: createApp({ db }),
    db,
    params: {
      pid: String(p1.id),
      uid: String(member.id),
      iid: String(invitation.id),
      aid: String(a.id),
      mid: String(meeting.id),
      hid: String(hearing.id),
      tid: String(theme.id),
      psid: String(passage.id),
      cmid: String(comment.id),
      v: String(issued.version),
      qid: 'client_profile',
      idx: '0',
      gid: String(group1.id),
      'cases/:cid': String(caseA.id),
      'case-studies/:sid': String(caseStudy.id),
      rid: String(issueRow.id),
      'sources/:sid': String(issueSource.id),
      'cards/:cid': String(card.id),
      'vote/:cid': String(card.id),
      code: joinCode,
      file: 'app.css',
      // the public guide of a project that has not published one: 404 for everybody
      slug: 'noguide',
      // a group's live sheet field
      field: 'can_do',
    },
    pid2: String(p2.id),
    tokens: { agencyA: issueAgencyLink(db, a.id), agencyB: issueAgencyLink(db, b.id), revoked },
    sessions: {
      admin: createSession(db, admin.id),
      member: createSession(db, member.id),
      outsider: createSession(db, outsider.id),
    },
    joinCode,
    participants,
  };
}

/**
 * Makes identical worlds cheaply: builds one, then hands out copies of its database (SQLite's
 * serialize/deserialize), each with its own app. Every copy starts from the same state.
 */
export function worldFactory(label?: Label): () => World {
  const base = buildWorld(label);
  const image = base.db.$client.serialize();
  return () => {
    const sqlite = new Database(image);
    sqlite.pragma('foreign_keys = ON');
    const db = drizzle(sqlite, { schema }) as Db;
    return { ...base, db, app: createApp({ db }) };
  };
}

/** "METHOD path" of every route handler the app registers (middleware left out). */
export function registeredRoutes(): string[] {
  const app = createApp({ db: openDb(':memory:') });
  return [
    ...new Set(
      inspectRoutes(app)
        .filter((r) => !r.isMiddleware)
        .map((r) => `${r.method} ${r.path}`),
    ),
  ];
}

export const paramNames = (path: string) => [...path.matchAll(/:(\w+)/g)].map((m) => m[1]);

/** Fills a route pattern's parameters; `own` overrides some (a role's own token or project). */
export function fillPath(path: string, world: World, own: Record<string, string> = {}): string {
  return path.replace(/([^/]*)\/:(\w+)(\{[^}]*\})?/g, (_, before: string, name: string) => {
    const value = own[name] ?? world.params[`${before}/:${name}`] ?? world.params[name];
    if (value === undefined)
      throw new Error(`no value for :${name} (in ${path}) — add the entity to buildWorld() in tests/world.ts`);
    return `${before}/${value}`;
  });
}

/** A request as a browser would send it: CSRF cookie (+ session or participant cookie), form body with the token. */
export function send(
  world: World,
  method: string,
  path: string,
  opts: { session?: string; participant?: string; form?: Record<string, string> } = {},
) {
  const cookies = [`renkei_csrf=${CSRF}`];
  if (opts.session) cookies.push(`renkei_session=${opts.session}`);
  if (opts.participant) cookies.push(`renkei_participant=${opts.participant}`);
  const headers: Record<string, string> = { Cookie: cookies.join('; ') };
  const init: RequestInit = { method, headers };
  if (method !== 'GET') {
    // a staff session has its own token (bound to it); otherwise the double-submit cookie's
    init.body = new URLSearchParams({
      ...opts.form,
      _csrf: opts.session ? csrfTokenFor(opts.session) : CSRF,
    }).toString();
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
