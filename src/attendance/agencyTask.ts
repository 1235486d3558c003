// The meetings' entry on the agency home (AGENCY_TASKS of src/agencies/agencyRoutes.tsx).
import type { AgencyTaskProvider } from '../agencies/tasks.ts';
import { todayJst } from '../lib/time.ts';
import { listInvitations, meetingsInvitingAgency } from './queries.ts';
import { agencyMeetingsPath } from '../lib/paths/attendance.ts';
import { formatDate } from '../lib/format.ts';

/** Asks for a reply to the next meetings the agency is invited to; quiet once every one is answered. */
export const attendanceAgencyTask: AgencyTaskProvider = (db, agency, token) => {
  const upcoming = meetingsInvitingAgency(db, agency.projectId, agency.id).filter((m) => m.date >= todayJst());
  if (!upcoming.length) return null;
  const open = upcoming.filter((m) => !listInvitations(db, m).find((i) => i.agencyId === agency.id)?.rsvp);
  return {
    title: '会議の出欠・議事録',
    href: agencyMeetingsPath(token),
    status: open.length ? `出欠未回答 ${open.length}件` : '回答済み',
    deadline: open.length ? formatDate(open[0].date) : undefined,
    note: '会議への出席・欠席をお知らせください。発行された議事録もここで読めます。',
  };
};
