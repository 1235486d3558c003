import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { buildResourceMap } from './map.ts';
import { toHsds } from './hsds.ts';
import { hsdsZip } from './hsdsPackage.ts';
import { resourceMapTables } from './mapTables.ts';
import { listMapAgencies } from './queries.ts';
import { tableSheet, writeWorkbook } from '../lib/workbook.ts';
import { contentDisposition, downloadFileName } from '../lib/fileName.ts';
import { todayJst } from '../lib/time.ts';
import { xlsxDownload } from '../http/render.tsx';
import { ResourceMapPage } from '../../views/resourceMap/resourceMapPage.tsx';

/** 「A市_社会資源マップ_HSDS_2026-12-02.json」 */
function fileName(c: Context<AppEnv>, what: string, ext: string): string {
  const p = c.get('project');
  return downloadFileName([p.municipality || p.name, '社会資源マップ', what, todayJst()], ext);
}

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
    c.header('Content-Disposition', contentDisposition(fileName(c, 'HSDS', 'json')));
    return c.json(directory);
  });

  app.get('/hsds.zip', (c) => {
    const project = c.get('project');
    const zip = hsdsZip(toHsds(project, listMapAgencies(c.get('db'), project.id)));
    return c.body(new Uint8Array(zip), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': contentDisposition(fileName(c, 'HSDS表形式', 'zip')),
    });
  });

  app.get('/export.xlsx', async (c) => {
    const project = c.get('project');
    const map = buildResourceMap(listMapAgencies(c.get('db'), project.id));
    const xlsx = await writeWorkbook(
      { project: project.name, title: '社会資源マップ' },
      resourceMapTables(map).map(tableSheet),
    );
    return xlsxDownload(c, xlsx, fileName(c, '機関一覧', 'xlsx'));
  });

  return app;
}
