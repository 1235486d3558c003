import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { validate } from '../lib/validation.ts';
import { formatDateTime } from '../lib/format.ts';
import { toCsv } from '../lib/spreadsheet.ts';
import { ACTOR_KIND_LABEL, auditActionLabel, auditEntityLabel } from '../lib/labels/audit.ts';
import { csvDownload } from '../http/render.tsx';
import { AUDIT_PAGE_SIZE, auditChoices, auditEntries, auditPage } from './queries.ts';
import { auditFilterSchema, type AuditFilter } from './schemas.ts';
import { ErrorPage } from '../../views/layout/errorPage.tsx';
import { AuditPage } from '../../views/audit/auditPage.tsx';

type C = Context<AppEnv>;

// The log names staff and agencies and what they touched, so only administrators read it.
function refusal(c: C) {
  if (c.get('user')!.role === 'admin') return null;
  c.status(403);
  return c.render(
    <ErrorPage status={403} message="操作履歴は管理者のみ閲覧できます。必要な場合は管理者にお問い合わせください。" />,
  );
}

/** The filters from the URL, or the 422 page naming what is wrong with them. */
function filterOf(c: C): { filter: AuditFilter } | { response: Response | Promise<Response> } {
  const parsed = validate(auditFilterSchema, c.req.query());
  if (parsed.ok) return { filter: parsed.data };
  c.status(422);
  return { response: c.render(<ErrorPage status={422} message={Object.values(parsed.errors).join(' ')} />) };
}

export function auditRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const refused = refusal(c);
    if (refused) return refused;
    const result = filterOf(c);
    if ('response' in result) return result.response;
    const { filter } = result;
    const project = c.get('project');
    const db = c.get('db');
    const { rows, total } = auditPage(db, project.id, filter);
    return c.render(
      <AuditPage
        project={project}
        entries={rows}
        filter={filter}
        choices={auditChoices(db, project.id, filter.scope)}
        pages={Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE))}
        total={total}
      />,
    );
  });

  app.get('/export.csv', (c) => {
    const refused = refusal(c);
    if (refused) return refused;
    const result = filterOf(c);
    if ('response' in result) return result.response;
    const project = c.get('project');
    const rows = auditEntries(c.get('db'), project.id, result.filter).map((e) => [
      formatDateTime(e.at),
      ACTOR_KIND_LABEL[e.actorKind],
      e.actorLabel,
      auditActionLabel(e.action),
      auditEntityLabel(e.entity),
      e.entityId ?? '',
      e.detail,
    ]);
    const header = ['日時', '操作した人の種別', '操作した人', '操作', '対象', '対象ID', '内容'];
    return csvDownload(c, toCsv([header, ...rows]), `操作履歴_${project.name}.csv`);
  });

  return app;
}
