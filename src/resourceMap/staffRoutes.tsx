import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { buildResourceMap } from './map.ts';
import { hsdsCsv, toHsds } from './hsds.ts';
import { listMapAgencies } from './queries.ts';
import { csvDownload } from '../http/render.tsx';
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
    return csvDownload(c, csv, `resource-map-${project.id}.hsds.csv`);
  });

  return app;
}
