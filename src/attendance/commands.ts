// State changes of a meeting's attendance (出欠): the invitation list, an agency's reply, the
// roll-call and the guests. Each writes inside one transaction with its audit entry.
import type { Db } from '../db/client.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { nowIso } from '../lib/time.ts';
import type { Meeting } from '../meetings/queries.ts';
import { listAttendeeOptions } from '../meetings/queries.ts';
import {
  deleteGuest,
  insertGuest,
  listGuests,
  listInvitations,
  materializeInvitations,
  replaceInvited,
  setGuestPresent,
  updateInvitation,
} from './queries.ts';
import type { GuestInput, RollCallInput, RsvpInput } from './schemas.ts';

const audit = (db: Db, actor: Actor, m: Meeting, action: string, detail: string) =>
  recordAudit(db, { projectId: m.projectId, actor, action, entity: 'attendance', entityId: m.key, detail });

export type AttendanceResult = { ok: true } | { ok: false; reason: 'not_invited' | 'unknown_agency' };

/** Staff choose who is invited; agencies outside the project's list are refused. */
export function setInvited(db: Db, actor: Actor, meeting: Meeting, agencyIds: number[]): AttendanceResult {
  const allowed = new Set(listAttendeeOptions(db, meeting.projectId).map((a) => a.id));
  for (const i of listInvitations(db, meeting)) allowed.add(i.agencyId);
  if (!agencyIds.every((id) => allowed.has(id))) return { ok: false, reason: 'unknown_agency' };
  db.transaction(() => {
    materializeInvitations(db, meeting);
    replaceInvited(db, meeting, agencyIds);
    audit(db, actor, meeting, 'invite', `招待 ${agencyIds.length}機関`);
  });
  return { ok: true };
}

/** An agency answers 出席/欠席 from its own link (only for a meeting it is invited to). */
export function reply(db: Db, actor: Actor, meeting: Meeting, agencyId: number, input: RsvpInput): AttendanceResult {
  if (!listInvitations(db, meeting).some((i) => i.agencyId === agencyId)) return { ok: false, reason: 'not_invited' };
  db.transaction(() => {
    materializeInvitations(db, meeting);
    updateInvitation(db, meeting.id, agencyId, {
      rsvp: input.rsvp,
      headcount: input.rsvp === 'attend' ? input.headcount : null,
      names: input.rsvp === 'attend' ? input.names : '',
      respondedAt: nowIso(),
    });
    audit(db, actor, meeting, 'rsvp', input.rsvp === 'attend' ? `出席 ${input.headcount}名` : '欠席');
  });
  return { ok: true };
}

/** Staff tick who came; unticked agencies and guests are recorded as absent. */
export function saveRollCall(db: Db, actor: Actor, meeting: Meeting, input: RollCallInput): void {
  const present = new Set(input.present);
  const guestsPresent = new Set(input.guestsPresent);
  db.transaction(() => {
    materializeInvitations(db, meeting);
    for (const i of listInvitations(db, meeting)) {
      const here = present.has(i.agencyId);
      const typed = input.counts[String(i.agencyId)] ?? null;
      updateInvitation(db, meeting.id, i.agencyId, {
        present: here,
        presentCount: here ? (typed ?? i.headcount ?? 1) : null,
      });
    }
    for (const g of listGuests(db, meeting.id)) setGuestPresent(db, meeting.id, g.id, guestsPresent.has(g.id));
    audit(db, actor, meeting, 'roll_call', `出席 ${present.size}機関`);
  });
}

export function addGuest(db: Db, actor: Actor, meeting: Meeting, input: GuestInput): void {
  db.transaction(() => {
    insertGuest(db, { ...input, projectId: meeting.projectId, meetingId: meeting.id });
    audit(db, actor, meeting, 'guest_add', input.name);
  });
}

export function removeGuest(db: Db, actor: Actor, meeting: Meeting, guestId: number): void {
  db.transaction(() => {
    deleteGuest(db, meeting.id, guestId);
    audit(db, actor, meeting, 'guest_remove', String(guestId));
  });
}
