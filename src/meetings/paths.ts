// URLs of the meeting pages; the live meeting, case studies and packets build on meetingPath.
import { projectPath } from '../projects/paths.ts';

export const meetingsPath = (projectId: number) => `${projectPath(projectId)}/meetings`;

/** `/projects/12/meetings/3`: the meeting's page, and the prefix of its live, case-study and packet pages. */
export const meetingPath = (projectId: number, meetingId: number) => `${meetingsPath(projectId)}/${meetingId}`;
