// URLs of the meeting pages; the live meeting, case studies and packets build on meetingPath.
import { projectPath } from './projects.ts';
import type { MeetingKind } from '../labels/meetings.ts';

export const meetingsPath = (projectId: number) => `${projectPath(projectId)}/meetings`;

/** `/projects/12/meetings/3`: the meeting's page, and the prefix of its live, case-study and packet pages. */
export const meetingPath = (projectId: number, meetingId: number) => `${meetingsPath(projectId)}/${meetingId}`;

/** The new-meeting form; `kind` preselects working group or network meeting. */
export const meetingNewPath = (projectId: number, kind?: MeetingKind) =>
  `${meetingsPath(projectId)}/new${kind ? `?kind=${kind}` : ''}`;

/** Creates the year's standard schedule on a project without meetings. */
export const meetingStandardPath = (projectId: number) => `${meetingsPath(projectId)}/standard`;

export const meetingEditPath = (projectId: number, meetingId: number) => `${meetingPath(projectId, meetingId)}/edit`;

export const meetingDeletePath = (projectId: number, meetingId: number) =>
  `${meetingPath(projectId, meetingId)}/delete`;
