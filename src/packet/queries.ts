import { and, desc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, caseSheets, packetIssues, packetSettings, users } from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';
import type { PacketSettings, SectionChoice } from './settings.ts';
import { SECTION_IDS } from '../lib/labels/packet.ts';

/** Stored settings of a meeting, or null when staff have not saved any (defaults apply). */
export function findPacketSettings(db: Db, projectId: number, meetingId: number): PacketSettings | null {
  const row = db
    .select()
    .from(packetSettings)
    .where(and(eq(packetSettings.projectId, projectId), eq(packetSettings.meetingId, meetingId)))
    .get();
  if (!row) return null;
  const sections = row.sections.filter((s): s is SectionChoice => (SECTION_IDS as string[]).includes(s.id));
  return { sections, hideCaseAgencies: row.hideCaseAgencies };
}

export function savePacketSettings(db: Db, projectId: number, meetingId: number, settings: PacketSettings): void {
  const values = { sections: settings.sections, hideCaseAgencies: settings.hideCaseAgencies, updatedAt: nowIso() };
  db.insert(packetSettings)
    .values({ meetingId, projectId, ...values })
    .onConflictDoUpdate({ target: packetSettings.meetingId, set: values })
    .run();
}

export function deletePacketSettings(db: Db, projectId: number, meetingId: number): void {
  db.delete(packetSettings)
    .where(and(eq(packetSettings.projectId, projectId), eq(packetSettings.meetingId, meetingId)))
    .run();
}

export type IssuedPacketSummary = { version: number; issuedAt: string; issuedBy: string | null };

export function listIssuedPackets(db: Db, projectId: number, meetingId: number): IssuedPacketSummary[] {
  return db
    .select({ version: packetIssues.version, issuedAt: packetIssues.issuedAt, issuedBy: users.name })
    .from(packetIssues)
    .leftJoin(users, eq(users.id, packetIssues.issuedByUserId))
    .where(and(eq(packetIssues.projectId, projectId), eq(packetIssues.meetingId, meetingId)))
    .orderBy(desc(packetIssues.version))
    .all();
}

export function findIssuedPacket(db: Db, projectId: number, meetingId: number, version: number) {
  return db
    .select()
    .from(packetIssues)
    .where(
      and(
        eq(packetIssues.projectId, projectId),
        eq(packetIssues.meetingId, meetingId),
        eq(packetIssues.version, version),
      ),
    )
    .get();
}

/** Stores a snapshot as the next version; the read and insert share one transaction so versions never collide. */
export function issuePacket(
  db: Db,
  input: { projectId: number; meetingId: number; html: string; json: string; issuedAt: string; userId: number },
): number {
  return db.transaction((tx) => {
    const last = tx
      .select({ v: max(packetIssues.version) })
      .from(packetIssues)
      .where(eq(packetIssues.meetingId, input.meetingId))
      .get();
    const version = (last?.v ?? 0) + 1;
    tx.insert(packetIssues)
      .values({
        projectId: input.projectId,
        meetingId: input.meetingId,
        version,
        html: input.html,
        json: input.json,
        issuedAt: input.issuedAt,
        issuedByUserId: input.userId,
      })
      .run();
    return version;
  });
}

/** A meeting's attendee agencies (archived ones included), in the order they were ticked. */
export function listAttendees(db: Db, projectId: number, ids: number[]) {
  if (!ids.length) return [];
  const rows = db
    .select({ id: agencies.id, key: agencies.key, name: agencies.name, kind: agencies.kind, field: agencies.field })
    .from(agencies)
    .where(and(eq(agencies.projectId, projectId), inArray(agencies.id, ids)))
    .all();
  const byId = new Map(rows.map(({ id, ...rest }) => [id, rest]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Agency, age band, sex and classification of the project's submitted case sheets (drafts never count). */
export function listSubmittedCaseBands(db: Db, projectId: number) {
  return db
    .select({
      agencyId: caseSheets.agencyId,
      classification: caseSheets.classification,
      ageBand: caseSheets.ageBand,
      sex: caseSheets.sex,
    })
    .from(caseSheets)
    .where(and(eq(caseSheets.projectId, projectId), eq(caseSheets.status, 'submitted')))
    .all();
}

/** Consent basis of the project's submitted cases by key; a case missing here is not submitted. */
export function submittedCaseConsent(db: Db, projectId: number): Map<string, string | null> {
  return new Map(
    db
      .select({ key: caseSheets.key, consent: caseSheets.consent })
      .from(caseSheets)
      .where(and(eq(caseSheets.projectId, projectId), eq(caseSheets.status, 'submitted')))
      .all()
      .map((r) => [r.key, r.consent]),
  );
}

/** Every agency of the project (archived too, so old sheets keep their names) by id. */
export function agencyDirectory(db: Db, projectId: number): Map<number, { key: string; name: string }> {
  return new Map(
    db
      .select({ id: agencies.id, key: agencies.key, name: agencies.name })
      .from(agencies)
      .where(eq(agencies.projectId, projectId))
      .all()
      .map(({ id, ...a }) => [id, a]),
  );
}
