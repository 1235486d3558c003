import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { AUDIT_PAGE_SIZE, auditPage } from './queries.ts';
import { ErrorPage } from '../../views/layout/errorPage.tsx';
import { AuditPage } from '../../views/audit/auditPage.tsx';

export function auditRoutes() {
  const app = new Hono<AppEnv>();

  // The log names staff and agencies and what they touched, so only administrators read it.
  app.get('/', (c) => {
    if (c.get('user')!.role !== 'admin') {
      c.status(403);
      return c.render(
        <ErrorPage
          status={403}
          message="操作履歴は管理者のみ閲覧できます。必要な場合は管理者にお問い合わせください。"
        />,
      );
    }
    const project = c.get('project');
    const requested = Number(c.req.query('page') ?? '1');
    const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
    const { rows, total } = auditPage(c.get('db'), project.id, page);
    return c.render(
      <AuditPage
        project={project}
        entries={rows}
        page={page}
        pages={Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE))}
        total={total}
      />,
    );
  });

  return app;
}
