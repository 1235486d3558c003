// URLs of a meeting's attendance (出欠): staff's roll-call and the agency's reply on its link.
import { meetingPath } from './meetings.ts';

/** `/projects/12/meetings/3/attendance`: invitations, replies and the roll-call (tablet). */
export const attendancePath = (projectId: number, meetingId: number) =>
  `${meetingPath(projectId, meetingId)}/attendance`;

/** The attendance as an Excel workbook. */
export const attendanceXlsxPath = (projectId: number, meetingId: number) =>
  `${attendancePath(projectId, meetingId)}/export.xlsx`;

/** `/a/<token>/meetings`: the agency's meetings with its reply and the issued minutes. */
export const agencyMeetingsPath = (token: string) => `/a/${token}/meetings`;

export const agencyRsvpPath = (token: string, meetingId: number) => `${agencyMeetingsPath(token)}/${meetingId}/rsvp`;

export const agencyMinutesPath = (token: string, meetingId: number) =>
  `${agencyMeetingsPath(token)}/${meetingId}/minutes`;

/** `/projects/12/meetings/3/minutes`: the minutes draft (議事録), its issued versions and print/DOCX. */
export const minutesPath = (projectId: number, meetingId: number) => `${meetingPath(projectId, meetingId)}/minutes`;
