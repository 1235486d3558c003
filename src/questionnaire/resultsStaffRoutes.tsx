// Staff side: /projects/:pid/questionnaire/results and the spreadsheet exports.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { staffActor } from '../http/middleware.ts';
import { todayJst } from '../lib/time.ts';
import { downloadFileName } from '../lib/fileName.ts';
import { csvDownload, xlsxDownload } from '../http/render.tsx';
import { untilDataChanges } from '../db/client.ts';
import { recordExport } from './commands.ts';
import { aggregateTables, rawAnswersTable, tableToCsv, toXlsx } from './export.ts';
import { getQuestionnaireWindow } from './queries.ts';
import { loadResults } from './resultsViewModel.ts';
import { yearComparison } from '../yearLoop/comparison.ts';
import { ResultsPage, resultsBodyHtml } from '../../views/questionnaire/resultsPage.tsx';

type C = Context<AppEnv>;

function exportName(c: C, what: string, ext: string) {
  const p = c.get('project');
  return downloadFileName([p.municipality || p.name, what, todayJst()], ext);
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
    return c.render(
      <ResultsPage
        project={project}
        window={getQuestionnaireWindow(db, project.id)}
        body={body}
        comparison={yearComparison(db, project.id)}
      />,
    );
  });

  app.get('/export.xlsx', async (c) => {
    const db = c.get('db');
    const projectId = c.get('project').id;
    const { template, agencies, responses, results } = loadResults(db, projectId);
    const body = await toXlsx(
      c.get('project'),
      rawAnswersTable(template, agencies, responses),
      aggregateTables(results),
    );
    recordExport(db, staffActor(c), { projectId, format: 'xlsx' });
    c.header('Cache-Control', 'private, no-store');
    return xlsxDownload(c, body, exportName(c, 'アンケート結果', 'xlsx'));
  });

  app.get('/export.csv', (c) => {
    const db = c.get('db');
    const projectId = c.get('project').id;
    const { template, agencies, responses } = loadResults(db, projectId);
    recordExport(db, staffActor(c), { projectId, format: 'csv' });
    c.header('Cache-Control', 'private, no-store');
    return csvDownload(
      c,
      tableToCsv(rawAnswersTable(template, agencies, responses)),
      exportName(c, 'アンケート回答一覧', 'csv'),
    );
  });

  return app;
}
