// Staff side: /projects/:pid/questionnaire/results and the spreadsheet exports.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { staffActor } from '../http/middleware.ts';
import { todayJst } from '../lib/time.ts';
import { untilDataChanges } from '../db/client.ts';
import { recordExport } from './commands.ts';
import { aggregateTables, rawAnswersTable, tableToCsv, toXlsx } from './export.ts';
import { getQuestionnaireWindow } from './queries.ts';
import { loadResults } from './resultsViewModel.ts';
import { ResultsPage, resultsBodyHtml } from '../../views/questionnaire/resultsPage.tsx';

type C = Context<AppEnv>;

function exportName(c: C, ext: string) {
  const p = c.get('project');
  const name = `アンケート_${p.name}_${todayJst()}.${ext}`;
  return `attachment; filename="questionnaire-${p.id}.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function resultsStaffRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/results', (c) => {
    const db = c.get('db');
    const project = c.get('project');
    // results are looked at (and projected) far more often than answers change
    const body = untilDataChanges(db, `questionnaire-results:${project.id}`, () =>
      resultsBodyHtml(loadResults(db, project.id).results),
    );
    return c.render(<ResultsPage project={project} window={getQuestionnaireWindow(db, project.id)} body={body} />);
  });

  app.get('/export.xlsx', async (c) => {
    const db = c.get('db');
    const projectId = c.get('project').id;
    const { template, agencies, responses, results } = loadResults(db, projectId);
    const body = await toXlsx(rawAnswersTable(template, agencies, responses), aggregateTables(results));
    recordExport(db, staffActor(c), { projectId, format: 'xlsx' });
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': exportName(c, 'xlsx'),
      'Cache-Control': 'private, no-store',
    });
  });

  app.get('/export.csv', (c) => {
    const db = c.get('db');
    const projectId = c.get('project').id;
    const { template, agencies, responses } = loadResults(db, projectId);
    recordExport(db, staffActor(c), { projectId, format: 'csv' });
    return c.body(tableToCsv(rawAnswersTable(template, agencies, responses)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': exportName(c, 'csv'),
      'Cache-Control': 'private, no-store',
    });
  });

  return app;
}
