import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { AgencyHomePage } from '../../views/agencies/AgencyHome.tsx';
import { findProject } from '../projects/queries.ts';
import { collectAgencyTasks } from './tasks.ts';
import { agencyHearingRoutes } from '../hearings/portal.tsx';
import { agencyCaseRoutes } from '../cases/portal.tsx';
import { agencyQuestionnaireRoutes } from '../questionnaire/portal.tsx';

/** Everything under /a/:token — the agency's own pages, never another agency's. */
export function agencyPortalRoutes() {
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
    return c.render(<AgencyHomePage agency={agency} project={project} tasks={collectAgencyTasks(db, agency, token)} />);
  });
  app.route('/hearings', agencyHearingRoutes());
  app.route('/cases', agencyCaseRoutes());
  app.route('/questionnaire', agencyQuestionnaireRoutes());
  return app;
}
