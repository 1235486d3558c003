// The hot reads of a live meeting, prepared once per database, and a per-meeting cache of what
// every request and every stream needs (session, prompts, groups, the meeting row). A phone's
// card post then costs no statement preparation and no read of these tables. The cache is
// dropped for a meeting when its state changes here (recordState) and for every meeting when
// another connection (the CLI) commits; it is filled only outside a transaction, so a write that
// is rolled back never leaves its rows behind in it.
import { and, asc, eq, sql } from 'drizzle-orm';
import { perDb, type Db } from '../db/client.ts';
import { liveGroups, liveParticipants, livePrompts, liveSessions, meetings } from '../db/schema.ts';

type Session = typeof liveSessions.$inferSelect;
type Prompt = typeof livePrompts.$inferSelect;
type Group = typeof liveGroups.$inferSelect;
type MeetingRow = typeof meetings.$inferSelect;

type Entry = { session?: Session; prompts?: Prompt[]; groups?: Group[]; meeting?: MeetingRow; meetingAt?: number };

// Meetings are edited on other pages, which do not tell this cache: a meeting row is kept briefly.
const MEETING_TTL_MS = 1000;

function prepare(db: Db) {
  const p = sql.placeholder;
  return {
    session: db
      .select()
      .from(liveSessions)
      .where(eq(liveSessions.meetingId, p('meetingId')))
      .prepare(),
    openByCode: db
      .select({ meetingId: liveSessions.meetingId })
      .from(liveSessions)
      .where(and(eq(liveSessions.joinCode, p('code')), eq(liveSessions.status, 'open')))
      .prepare(),
    prompts: db
      .select()
      .from(livePrompts)
      .where(eq(livePrompts.meetingId, p('meetingId')))
      .orderBy(asc(livePrompts.position), asc(livePrompts.id))
      .prepare(),
    groups: db
      .select()
      .from(liveGroups)
      .where(eq(liveGroups.meetingId, p('meetingId')))
      .orderBy(asc(liveGroups.id))
      .prepare(),
    meeting: db
      .select()
      .from(meetings)
      .where(eq(meetings.id, p('meetingId')))
      .prepare(),
    participant: db
      .select()
      .from(liveParticipants)
      .where(and(eq(liveParticipants.meetingId, p('meetingId')), eq(liveParticipants.tokenHash, p('tokenHash'))))
      .prepare(),
    dataVersion: db.$client.prepare('pragma data_version').pluck(),
  };
}

type Store = {
  q: ReturnType<typeof prepare>;
  entries: Map<number, Entry>;
  codes: Map<string, number>;
  version: unknown;
};
/** The store without checking for other connections' commits (for its prepared statements). */
const statements = perDb((db): Store => {
  const q = prepare(db);
  return { q, entries: new Map(), codes: new Map(), version: q.dataVersion.get() };
});

function store(db: Db): Store {
  const s = statements(db);
  // another connection committed: anything may have changed
  const version = s.q.dataVersion.get();
  if (version !== s.version) {
    s.entries.clear();
    s.codes.clear();
    s.version = version;
  }
  return s;
}

const cacheable = (db: Db) => !db.$client.inTransaction;

function entry(s: Store, meetingId: number): Entry {
  let e = s.entries.get(meetingId);
  if (!e) {
    e = {};
    s.entries.set(meetingId, e);
  }
  return e;
}

/** Drops what is cached for a meeting (its session, prompts or groups changed). */
export function invalidateMeeting(db: Db, meetingId: number): void {
  const s = statements(db);
  s.entries.delete(meetingId);
  for (const [code, id] of s.codes) if (id === meetingId) s.codes.delete(code);
}

export function cachedSession(db: Db, meetingId: number): Session | undefined {
  const s = store(db);
  const e = s.entries.get(meetingId);
  if (e?.session) return e.session;
  const session = s.q.session.get({ meetingId });
  if (session && cacheable(db)) entry(s, meetingId).session = session;
  return session;
}

export function cachedPrompts(db: Db, meetingId: number): Prompt[] {
  const s = store(db);
  const cached = s.entries.get(meetingId)?.prompts;
  if (cached) return cached;
  const prompts = s.q.prompts.all({ meetingId });
  if (cacheable(db)) entry(s, meetingId).prompts = prompts;
  return prompts;
}

export function cachedGroups(db: Db, meetingId: number): Group[] {
  const s = store(db);
  const cached = s.entries.get(meetingId)?.groups;
  if (cached) return cached;
  const groups = s.q.groups.all({ meetingId });
  if (cacheable(db)) entry(s, meetingId).groups = groups;
  return groups;
}

/** The session open under a join code. */
export function cachedOpenSession(db: Db, code: string): Session | undefined {
  const s = store(db);
  let meetingId = s.codes.get(code);
  if (meetingId === undefined) {
    meetingId = s.q.openByCode.get({ code })?.meetingId;
    if (meetingId === undefined) return undefined;
    if (cacheable(db)) s.codes.set(code, meetingId);
  }
  const session = cachedSession(db, meetingId);
  return session?.status === 'open' && session.joinCode === code ? session : undefined;
}

/** The meeting row of a live session (kept for a second: meetings change on other pages). */
export function cachedMeeting(db: Db, projectId: number, meetingId: number): MeetingRow | undefined {
  const s = store(db);
  const e = s.entries.get(meetingId);
  const now = Date.now();
  let meeting = e?.meeting && now - (e.meetingAt ?? 0) < MEETING_TTL_MS ? e.meeting : undefined;
  if (!meeting) {
    meeting = s.q.meeting.get({ meetingId });
    if (meeting && cacheable(db)) Object.assign(entry(s, meetingId), { meeting, meetingAt: now });
  }
  return meeting?.projectId === projectId ? meeting : undefined;
}

export function preparedParticipant(db: Db, meetingId: number, tokenHash: string) {
  return statements(db).q.participant.get({ meetingId, tokenHash });
}
