import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { and, asc, eq } from 'drizzle-orm';
import type { AppEnv } from '../context.ts';
import type { Db } from '../db/client.ts';
import { projectMembers, users } from '../db/schema.ts';
import { MembersPage, type Member } from '../../views/projects/members.tsx';
import { readForm, redirect, doneNotice } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { email, validate } from '../lib/validation.ts';
import { recordAudit } from '../audit/log.ts';
import { findUserByEmail } from '../auth/queries.ts';
import { addMember } from './queries.ts';
import { ErrorPage } from '../../views/layout/errorPage.tsx';

export const addMemberSchema = z.object({ email: email() });

export function listMembers(db: Db, projectId: number): Member[] {
  return db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(eq(projectMembers.projectId, projectId))
    .orderBy(asc(users.name))
    .all();
}

function removeMember(db: Db, projectId: number, userId: number): boolean {
  return (
    db
      .delete(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
      .run().changes > 0
  );
}

type C = Context<AppEnv>;

const NOTICES: Record<string, string> = {
  added: 'メンバーを追加しました。',
  already: 'この職員はすでにメンバーです。',
  removed: 'メンバーから外しました。',
};

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
        notice={doneNotice(c, NOTICES)}
        {...extra}
      />,
    );

  app.get('/', (c) => page(c));

  app.post('/', async (c) => {
    if (!isAdmin(c)) return forbidden(c);
    const project = c.get('project');
    const db = c.get('db');
    const form = await readForm(c);
    const parsed = validate(addMemberSchema, form);
    const user = parsed.ok ? findUserByEmail(db, parsed.data.email) : undefined;
    if (!user) {
      c.status(422);
      const message =
        'このメールアドレスの職員アカウントはありません。先に npm run cli -- user:create で作成してください。';
      return page(c, { values: form, errors: parsed.ok ? { email: message } : parsed.errors });
    }
    if (listMembers(db, project.id).some((m) => m.id === user.id))
      return redirect(c, `/projects/${project.id}/members?done=already`);
    db.transaction(() => {
      addMember(db, project.id, user.id);
      recordAudit(db, {
        projectId: project.id,
        actor: staffActor(c),
        action: 'add_member',
        entity: 'user',
        entityId: user.id,
        detail: `${user.name} <${user.email}>`,
      });
    });
    return redirect(c, `/projects/${project.id}/members?done=added`);
  });

  app.post('/:uid{[0-9]+}/remove', (c) => {
    if (!isAdmin(c)) return forbidden(c);
    const project = c.get('project');
    const db = c.get('db');
    const member = listMembers(db, project.id).find((m) => m.id === idParam(c, 'uid'));
    if (!member) return c.notFound();
    db.transaction(() => {
      removeMember(db, project.id, member.id);
      recordAudit(db, {
        projectId: project.id,
        actor: staffActor(c),
        action: 'remove_member',
        entity: 'user',
        entityId: member.id,
        detail: `${member.name} <${member.email}>`,
      });
    });
    return redirect(c, `/projects/${project.id}/members?done=removed`);
  });

  return app;
}
