// URLs of a meeting's packet (会議資料): the builder, its outputs and the issued (発行) versions,
// below the meeting's page.
import { meetingPath } from './meetings.ts';

/** `/projects/12/meetings/3/packet`: the builder, and the prefix of its actions and outputs. */
export const packetPath = (projectId: number, meetingId: number) => `${meetingPath(projectId, meetingId)}/packet`;

/** The builder after a save (`?saved=1`) or an issue (`?issued=2`), saying so. */
export const packetDonePath = (projectId: number, meetingId: number, done: { saved: true } | { issued: number }) =>
  `${packetPath(projectId, meetingId)}?${'saved' in done ? 'saved=1' : `issued=${done.issued}`}`;

/** The builder's form posts here to return to the standard sections of the meeting's kind. */
export const packetResetPath = (projectId: number, meetingId: number) => `${packetPath(projectId, meetingId)}/reset`;

/** Saves the current packet as the next numbered version. */
export const packetIssuePath = (projectId: number, meetingId: number) => `${packetPath(projectId, meetingId)}/issue`;

/** `/projects/12/meetings/3/packet.html` (…`.pdf`, `.xlsx`, `.json`): the packet's outputs. */
export const packetFilePath = (projectId: number, meetingId: number, ext: 'html' | 'pdf' | 'xlsx' | 'json') =>
  `${packetPath(projectId, meetingId)}.${ext}`;

/** `/projects/12/meetings/3/packet/issued/2`: an issued version's print HTML, the prefix of its files. */
export const issuedPacketPath = (projectId: number, meetingId: number, version: number) =>
  `${packetPath(projectId, meetingId)}/issued/${version}`;

/** An issued version's `packet.pdf` or `packet.json`. */
export const issuedPacketFilePath = (projectId: number, meetingId: number, version: number, ext: 'pdf' | 'json') =>
  `${issuedPacketPath(projectId, meetingId, version)}/packet.${ext}`;
