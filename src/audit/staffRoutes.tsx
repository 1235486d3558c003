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
    // a page number is up to 6 plain digits (1e20 or 99999999999999999999 would overflow the offset)
    const requested = c.req.query('page') ?? '1';
    if (!/^[1-9]\d{0,5}$/.test(requested)) {
      c.status(422);
      return c.render(<ErrorPage status={422} message="ページ番号は1以上の整数（半角数字）で指定してください。" />);
    }
    const page = Number(requested);
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
