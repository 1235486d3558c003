// URLs of the live group work: the staff console and projector wall under the meeting, and the
// participants' pages under /join and /m/<code>.
import { meetingPath } from './meetings.ts';

/** `/projects/12/meetings/3/group-work`: the facilitator console, and the prefix of its actions. */
export const consolePath = (projectId: number, meetingId: number) => `${meetingPath(projectId, meetingId)}/group-work`;

/** The console's move/merge page of one card (its actions are `${…}/move` and `${…}/merge`). */
export const consoleCardPath = (projectId: number, meetingId: number, cardId: number) =>
  `${consolePath(projectId, meetingId)}/cards/${cardId}`;

/** `/projects/12/meetings/3/wall`: the projector wall. */
export const wallPath = (projectId: number, meetingId: number) => `${meetingPath(projectId, meetingId)}/wall`;

/** The wall's (and, with view=console, the console's) SSE stream, resuming after event `after`. */
export const wallEventsPath = (projectId: number, meetingId: number, after: number, view?: 'console') =>
  `${wallPath(projectId, meetingId)}/events?${view ? `view=${view}&` : ''}after=${after}`;

/** Where participants type the join code. */
export const JOIN_PATH = '/join';

/** `/m/123456`: choose a group of the meeting with this join code. */
export const participantPath = (code: string) => `/m/${code}`;

/** `/m/123456/g/7`: a group's sheet, and the prefix of its card actions. */
export const sheetPath = (code: string, groupId: number) => `${participantPath(code)}/g/${groupId}`;

export const sheetEventsPath = (code: string, groupId: number, after: number) =>
  `${sheetPath(code, groupId)}/events?after=${after}`;

export const sheetCardPath = (code: string, groupId: number, cardId: number) =>
  `${sheetPath(code, groupId)}/cards/${cardId}`;

/** `/m/123456/vote`: the dot-voting ballot. */
export const votePath = (code: string) => `${participantPath(code)}/vote`;

export const voteCardPath = (code: string, cardId: number) => `${votePath(code)}/${cardId}`;

/** A field of the group's live sheet: autosave posts here, `${…}/editing` says someone is typing. */
export const sheetFieldPath = (code: string, groupId: number, field: string) =>
  `${sheetPath(code, groupId)}/fields/${field}`;
