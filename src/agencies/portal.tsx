import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { AgencyHomePage } from '../../views/agencies/AgencyHome.tsx';
import { findProject } from '../projects/queries.ts';
import { agencyHearingRoutes } from '../hearings/portal.tsx';

/** Everything under /a/:token — the agency's own pages, never another agency's. */
export function agencyPortalRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const agency = c.get('agency');
    const project = findProject(c.get('db'), agency.projectId)!;
    return c.render(<AgencyHomePage agency={agency} project={project} token={c.get('agencyToken')} />);
  });
  app.route('/hearings', agencyHearingRoutes());
  return app;
}
