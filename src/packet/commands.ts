// Every state change of a meeting's packet, one function each: it checks what needs the database
// (the meeting belongs to the project), writes inside one transaction together with its audit
// entry (entity `packet`, id the meeting's), and says what happened. Settings come already parsed
// by packetSettingsSchema (./schemas.ts).
import type { Db } from '../db/client.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { findMeeting } from '../meetings/queries.ts';
import type { PacketDocument } from './compile.ts';
import { deletePacketSettings, issuePacket, savePacketSettings } from './queries.ts';
import type { PacketSettings } from './settings.ts';
import { SECTION_LABEL } from '../lib/labels/packet.ts';

export type PacketSettingsResult = { ok: true } | { ok: false; reason: 'not_found' };

const audit = (db: Db, actor: Actor, projectId: number, meetingId: number, action: string, detail: string) =>
  recordAudit(db, { projectId, actor, action, entity: 'packet', entityId: meetingId, detail });

const notFound = { ok: false, reason: 'not_found' } as const;

/** Staff save the packet's sections, their order and comments, and the case anonymity (audited). */
export function updatePacketSettings(
  db: Db,
  actor: Actor,
  input: { projectId: number; meetingId: number; settings: PacketSettings },
): PacketSettingsResult {
  const { projectId, meetingId, settings } = input;
  return db.transaction(() => {
    if (!findMeeting(db, projectId, meetingId)) return notFound;
    savePacketSettings(db, projectId, meetingId, settings);
    const sections = settings.sections.map((s) => SECTION_LABEL[s.id]).join('・');
    audit(
      db,
      actor,
      projectId,
      meetingId,
      'update',
      `構成：${sections}${settings.hideCaseAgencies ? '（事例提供機関を伏せる）' : ''}`,
    );
    return { ok: true as const };
  });
}

/** Staff drop the saved settings, so the standard sections of the meeting's kind apply (audited). */
export function resetPacketSettings(
  db: Db,
  actor: Actor,
  input: { projectId: number; meetingId: number },
): PacketSettingsResult {
  const { projectId, meetingId } = input;
  return db.transaction(() => {
    if (!findMeeting(db, projectId, meetingId)) return notFound;
    deletePacketSettings(db, projectId, meetingId);
    audit(db, actor, projectId, meetingId, 'update', '標準の構成に戻す');
    return { ok: true as const };
  });
}

export type IssueResult = { ok: true; version: number };

/**
 * Staff issue (発行) the compiled packet: its print HTML and JSON are stored as the meeting's next
 * numbered version (audited). `html` is `doc` rendered by renderPacketHtml.
 */
export function issuePacketVersion(
  db: Db,
  actor: Actor,
  input: { projectId: number; userId: number; doc: PacketDocument; html: string },
): IssueResult {
  const { projectId, doc } = input;
  return db.transaction(() => {
    const version = issuePacket(db, {
      projectId,
      meetingId: doc.meeting.id,
      html: input.html,
      json: JSON.stringify(doc.json),
      issuedAt: doc.generatedAt,
      userId: input.userId,
    });
    audit(db, actor, projectId, doc.meeting.id, 'create', `${doc.meeting.title} 第${version}版を発行`);
    return { ok: true as const, version };
  });
}

/** A packet file left the system (PDF, XLSX): logged with its file name (DOMAIN.md §6: audit log for exports). */
export function recordPacketExport(
  db: Db,
  actor: Actor,
  input: { projectId: number; meetingId: number; fileName: string },
): { ok: true } {
  return db.transaction(() => {
    audit(db, actor, input.projectId, input.meetingId, 'export', input.fileName);
    return { ok: true as const };
  });
}
