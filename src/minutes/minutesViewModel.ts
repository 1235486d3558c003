// What the minutes page works on: the saved draft, or one generated from the meeting's agenda,
// live cards and case studies; plus the attendance list printed with the minutes.
import type { Db } from '../db/client.ts';
import type { Meeting } from '../meetings/queries.ts';
import { ballot } from '../live/voteQueries.ts';
import { listGroups } from '../live/groupQueries.ts';
import { caseStudyResults } from '../caseStudies/queries.ts';
import { listGuests, listInvitations } from '../attendance/queries.ts';
import { attendanceList, type AttendanceList } from '../attendance/summary.ts';
import { findDraft, listVersions, type MinutesVersion } from './queries.ts';
import { draftMinutes } from './draft.ts';
import type { MinutesContent } from './content.ts';

export type MinutesView = {
  content: MinutesContent;
  savedAt: string | null;
  attendance: AttendanceList;
  versions: MinutesVersion[];
};

export function generatedDraft(db: Db, meeting: Meeting): MinutesContent {
  const groups = new Map(listGroups(db, meeting.id).map((g) => [g.id, g.name]));
  return draftMinutes({
    agenda: meeting.agenda,
    cards: ballot(db, meeting.id).map((c) => ({ text: c.text, group: groups.get(c.groupId) ?? '', votes: c.votes })),
    caseStudies: caseStudyResults(db, meeting.projectId, meeting.id),
  });
}

export function meetingAttendance(db: Db, meeting: Meeting): AttendanceList {
  return attendanceList(listInvitations(db, meeting), listGuests(db, meeting.id));
}

export function minutesView(db: Db, meeting: Meeting): MinutesView {
  const draft = findDraft(db, meeting.id);
  return {
    content: draft?.content ?? generatedDraft(db, meeting),
    savedAt: draft?.updatedAt ?? null,
    attendance: meetingAttendance(db, meeting),
    versions: listVersions(db, meeting.id),
  };
}
