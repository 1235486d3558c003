import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { MembersPage } from '../../views/projects/membersPage.tsx';
import { ErrorPage } from '../../views/layout/errorPage.tsx';
import { readForm, redirect, doneNotice } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { listMembers } from './queries.ts';
import { addMemberSchema } from './schemas.ts';
import { addProjectMember, removeProjectMember } from './commands.ts';
import { MEMBER_NOTICES } from '../lib/labels/projects.ts';
import { membersPath } from '../lib/paths/projects.ts';

type C = Context<AppEnv>;

function forbidden(c: C) {
  c.status(403);
  return c.render(<ErrorPage status={403} message="メンバーの追加・解除は管理者のみ行えます。" />);
}

/** Who works on a project; admins add existing staff accounts by e-mail. */
export function memberRoutes() {
  const app = new Hono<AppEnv>();
  const isAdmin = (c: C) => c.get('user')!.role === 'admin';
  const page = (c: C, extra: { values?: Record<string, unknown>; errors?: Record<string, string | undefined> } = {}) =>
    c.render(
      <MembersPage
        project={c.get('project')}
        members={listMembers(c.get('db'), c.get('project').id)}
        canManage={isAdmin(c)}
        notice={doneNotice(c, MEMBER_NOTICES)}
        {...extra}
      />,
    );

  app.get('/', (c) => page(c));

  app.post('/', async (c) => {
    if (!isAdmin(c)) return forbidden(c);
    const project = c.get('project');
    const form = await readForm(c);
    const parsed = validate(addMemberSchema, form);
    const result = parsed.ok
      ? addProjectMember(c.get('db'), staffActor(c), { projectId: project.id, email: parsed.data.email })
      : undefined;
    if (!result?.ok) {
      c.status(422);
      const message =
        'このメールアドレスの職員アカウントはありません。先に npm run cli -- user:create で作成してください。';
      return page(c, { values: form, errors: parsed.ok ? { email: message } : parsed.errors });
    }
    return redirect(c, `${membersPath(project.id)}?done=${result.already ? 'already' : 'added'}`);
  });

  app.post('/:uid{[0-9]+}/remove', (c) => {
    if (!isAdmin(c)) return forbidden(c);
    const project = c.get('project');
    const userId = idParam(c, 'uid');
    const result =
      userId === null ? undefined : removeProjectMember(c.get('db'), staffActor(c), { projectId: project.id, userId });
    if (!result?.ok) return c.notFound();
    return redirect(c, `${membersPath(project.id)}?done=removed`);
  });

  return app;
}
