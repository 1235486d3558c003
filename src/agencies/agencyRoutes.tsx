import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { AgencyHomePage } from '../../views/agencies/agencyHomePage.tsx';
import { findProject } from '../projects/queries.ts';
import { collectAgencyTasks, type AgencyTaskProvider } from './tasks.ts';
import { agencyQuestionnaireRoutes } from '../questionnaire/agencyRoutes.tsx';
import { questionnaireAgencyTask } from '../questionnaire/agencyTask.ts';
import { agencyCaseRoutes } from '../cases/agencyRoutes.tsx';
import { agencyHearingRoutes } from '../hearings/agencyRoutes.tsx';
import { hearingAgencyTask } from '../hearings/agencyTask.ts';
import { caseAgencyTask } from '../cases/agencyTask.ts';
import { attendanceAgencyTask } from '../attendance/agencyTask.ts';
import { agencyMeetingRoutes } from '../attendance/agencyRoutes.tsx';
import { agencyPacketRoutes } from '../packet/agencyRoutes.tsx';
import { agencyGuideRoutes } from '../publicGuide/agencyRoutes.tsx';
import { publicGuideAgencyTask } from '../publicGuide/agencyTask.ts';

/** What the agency home asks of an agency, in this order: each feature declares its task. */
export const AGENCY_TASKS: readonly AgencyTaskProvider[] = [
  attendanceAgencyTask,
  hearingAgencyTask,
  caseAgencyTask,
  questionnaireAgencyTask,
  publicGuideAgencyTask,
];

/** Everything under /a/:token — the agency's own pages, never another agency's. */
export function agencyPortalRoutes(tasks: readonly AgencyTaskProvider[] = AGENCY_TASKS) {
  const app = new Hono<AppEnv>();
  // The token is in the URL: keep these pages out of shared caches and search engines.
  app.use(async (c, next) => {
    await next();
    c.header('Cache-Control', 'private, no-store');
    c.header('X-Robots-Tag', 'noindex, nofollow');
  });
  app.get('/', (c) => {
    const db = c.get('db');
    const agency = c.get('agency');
    const token = c.get('agencyToken');
    const project = findProject(db, agency.projectId)!;
    return c.render(
      <AgencyHomePage agency={agency} project={project} tasks={collectAgencyTasks(tasks, db, agency, token)} />,
    );
  });
  app.route('/hearings', agencyHearingRoutes());
  app.route('/cases', agencyCaseRoutes());
  app.route('/questionnaire', agencyQuestionnaireRoutes());
  app.route('/meetings', agencyMeetingRoutes());
  app.route('/meetings', agencyPacketRoutes());
  app.route('/public-guide', agencyGuideRoutes());
  return app;
}
