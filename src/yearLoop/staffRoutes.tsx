import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { redirect } from '../http/form.ts';
import { staffActor } from '../http/middleware.ts';
import { createNextYear } from './commands.ts';
import { projectPath } from '../lib/paths/projects.ts';

/** /projects/:pid/next-year — 「次年度のプロジェクトを作成」. */
export function nextYearRoutes() {
  const app = new Hono<AppEnv>();
  app.post('/', (c) => {
    const result = createNextYear(c.get('db'), staffActor(c), c.get('project').id, c.get('user')!.id);
    if (!result.ok && result.reason === 'not_found') return c.notFound();
    // pressed again (a second click, a later visit): open the next year made the first time
    return redirect(c, result.ok ? `${projectPath(result.projectId)}?done=next_year` : projectPath(result.projectId));
  });
  return app;
}
