import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { buildResourceMap } from './map.ts';
import { hsdsCsv, toHsds } from './hsds.ts';
import { listMapAgencies } from './queries.ts';
import { ResourceMapPage } from '../../views/resourceMap/resourceMapPage.tsx';

export function resourceMapRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const project = c.get('project');
    const agencies = listMapAgencies(c.get('db'), project.id);
    return c.render(
      <ResourceMapPage project={project} map={buildResourceMap(agencies)} agencyCount={agencies.length} />,
    );
  });

  app.get('/hsds.json', (c) => {
    const project = c.get('project');
    const directory = toHsds(project, listMapAgencies(c.get('db'), project.id));
    c.header('Content-Disposition', `attachment; filename="resource-map-${project.id}.hsds.json"`);
    return c.json(directory);
  });

  app.get('/hsds.csv', (c) => {
    const project = c.get('project');
    const csv = hsdsCsv(toHsds(project, listMapAgencies(c.get('db'), project.id)));
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="resource-map-${project.id}.hsds.csv"`,
    });
  });

  return app;
}
