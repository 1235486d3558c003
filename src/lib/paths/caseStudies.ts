// URLs of a meeting's case-study sheets (事例検討シート), below the meeting's page.
import { meetingPath } from './meetings.ts';

/** `/projects/12/meetings/3/case-studies`: the meeting's sheets and the form that starts one. */
export const caseStudiesPath = (projectId: number, meetingId: number) =>
  `${meetingPath(projectId, meetingId)}/case-studies`;

/** `/projects/12/meetings/3/case-studies/4`: one sheet, and the prefix of its actions. */
export const caseStudyPath = (projectId: number, meetingId: number, studyId: number) =>
  `${caseStudiesPath(projectId, meetingId)}/${studyId}`;
