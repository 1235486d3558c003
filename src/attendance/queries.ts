// Who is invited to a meeting, who replied and who came (出欠). A meeting without invitation rows
// invites every active agency; the first change writes those rows so the default stays as it was.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, meetingGuests, meetingInvitations, meetings } from '../db/schema.ts';

export type Invitation = {
  agencyId: number;
  name: string;
  rsvp: 'attend' | 'absent' | null;
  headcount: number | null;
  names: string;
  respondedAt: string | null;
  present: boolean;
  presentCount: number | null;
};
export type Guest = typeof meetingGuests.$inferSelect;
export type MeetingRef = { id: number; projectId: number };

function activeAgencies(db: Db, projectId: number) {
  return db
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(and(eq(agencies.projectId, projectId), isNull(agencies.archivedAt)))
    .orderBy(asc(agencies.id))
    .all();
}

function storedRows(db: Db, meetingId: number) {
  return db
    .select({ row: meetingInvitations, name: agencies.name })
    .from(meetingInvitations)
    .innerJoin(agencies, eq(agencies.id, meetingInvitations.agencyId))
    .where(eq(meetingInvitations.meetingId, meetingId))
    .orderBy(asc(agencies.id))
    .all();
}

const blank = (a: { id: number; name: string }): Invitation => ({
  agencyId: a.id,
  name: a.name,
  rsvp: null,
  headcount: null,
  names: '',
  respondedAt: null,
  present: false,
  presentCount: null,
});

/** The meeting's invited agencies with their reply and roll-call, in agency order. */
export function listInvitations(db: Db, meeting: MeetingRef): Invitation[] {
  const rows = storedRows(db, meeting.id);
  if (!rows.length) return activeAgencies(db, meeting.projectId).map(blank);
  return rows.map(({ row, name }) => ({ ...row, name, agencyId: row.agencyId }));
}

/** Writes the default invitations (every active agency) when the meeting has none yet. */
export function materializeInvitations(db: Db, meeting: MeetingRef): void {
  if (storedRows(db, meeting.id).length) return;
  for (const a of activeAgencies(db, meeting.projectId))
    db.insert(meetingInvitations).values({ projectId: meeting.projectId, meetingId: meeting.id, agencyId: a.id }).run();
}

/** Keeps the invitations of the given agencies (their replies stay) and adds the new ones. */
export function replaceInvited(db: Db, meeting: MeetingRef, agencyIds: number[]): void {
  const current = storedRows(db, meeting.id).map((r) => r.row.agencyId);
  const drop = current.filter((id) => !agencyIds.includes(id));
  if (drop.length)
    db.delete(meetingInvitations)
      .where(and(eq(meetingInvitations.meetingId, meeting.id), inArray(meetingInvitations.agencyId, drop)))
      .run();
  for (const id of agencyIds.filter((x) => !current.includes(x)))
    db.insert(meetingInvitations).values({ projectId: meeting.projectId, meetingId: meeting.id, agencyId: id }).run();
}

export function updateInvitation(
  db: Db,
  meetingId: number,
  agencyId: number,
  values: Partial<typeof meetingInvitations.$inferInsert>,
): void {
  db.update(meetingInvitations)
    .set(values)
    .where(and(eq(meetingInvitations.meetingId, meetingId), eq(meetingInvitations.agencyId, agencyId)))
    .run();
}

export function listGuests(db: Db, meetingId: number): Guest[] {
  return db
    .select()
    .from(meetingGuests)
    .where(eq(meetingGuests.meetingId, meetingId))
    .orderBy(asc(meetingGuests.role), asc(meetingGuests.id))
    .all();
}

export function insertGuest(db: Db, values: typeof meetingGuests.$inferInsert): Guest {
  return db.insert(meetingGuests).values(values).returning().get();
}

export function deleteGuest(db: Db, meetingId: number, guestId: number): void {
  db.delete(meetingGuests)
    .where(and(eq(meetingGuests.meetingId, meetingId), eq(meetingGuests.id, guestId)))
    .run();
}

export function setGuestPresent(db: Db, meetingId: number, guestId: number, present: boolean): void {
  db.update(meetingGuests)
    .set({ present })
    .where(and(eq(meetingGuests.meetingId, meetingId), eq(meetingGuests.id, guestId)))
    .run();
}

export type AttendanceCounts = { invited: number; replied: number; attending: number; present: number };

/** invited / replied / 出席予定 / present per meeting of the project (meetings without rows: active agencies). */
export function attendanceCounts(db: Db, projectId: number): Map<number, AttendanceCounts> {
  const rows = db
    .select({ row: meetingInvitations })
    .from(meetingInvitations)
    .innerJoin(meetings, eq(meetings.id, meetingInvitations.meetingId))
    .where(eq(meetings.projectId, projectId))
    .all();
  const ids = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.projectId, projectId)).all();
  const active = activeAgencies(db, projectId).length;
  const out = new Map<number, AttendanceCounts>();
  for (const { id } of ids) out.set(id, { invited: 0, replied: 0, attending: 0, present: 0 });
  const seen = new Set<number>();
  for (const { row } of rows) {
    const c = out.get(row.meetingId)!;
    seen.add(row.meetingId);
    c.invited += 1;
    if (row.rsvp) c.replied += 1;
    if (row.rsvp === 'attend') c.attending += 1;
    if (row.present) c.present += 1;
  }
  for (const [id, c] of out) if (!seen.has(id)) c.invited = active;
  return out;
}

/** Meetings the agency is invited to (a meeting without rows invites every active agency; archived ones have no link). */
export function meetingsInvitingAgency(db: Db, projectId: number, agencyId: number) {
  const all = db.select().from(meetings).where(eq(meetings.projectId, projectId)).orderBy(asc(meetings.date)).all();
  const rows = db
    .select({ meetingId: meetingInvitations.meetingId, agencyId: meetingInvitations.agencyId })
    .from(meetingInvitations)
    .where(eq(meetingInvitations.projectId, projectId))
    .all();
  const withRows = new Set(rows.map((r) => r.meetingId));
  const mine = new Set(rows.filter((r) => r.agencyId === agencyId).map((r) => r.meetingId));
  return all.filter((m) => mine.has(m.id) || !withRows.has(m.id));
}
