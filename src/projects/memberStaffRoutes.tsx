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
import { invitationPath } from '../lib/paths/accounts.ts';
import { inviteSchema } from '../accounts/schemas.ts';
import { cancelInvitation, inviteStaff } from '../accounts/commands.ts';
import { pendingInvitations } from '../accounts/queries.ts';
import { invitationMail } from '../accounts/mailText.ts';
import { showOneTimeLink } from '../accounts/staffRoutes.tsx';

type C = Context<AppEnv>;

function forbidden(c: C) {
  c.status(403);
  return c.render(<ErrorPage status={403} message="メンバーの追加・解除は管理者のみ行えます。" />);
}

/** Who works on a project; admins add existing staff accounts or invite new ones by e-mail. */
export function memberRoutes() {
  const app = new Hono<AppEnv>();
  const isAdmin = (c: C) => c.get('user')!.role === 'admin';
  type Extra = Pick<Parameters<typeof MembersPage>[0], 'values' | 'errors' | 'inviteValues' | 'inviteErrors'>;
  const page = (c: C, extra: Extra = {}) =>
    c.render(
      <MembersPage
        project={c.get('project')}
        members={listMembers(c.get('db'), c.get('project').id)}
        invitations={isAdmin(c) ? pendingInvitations(c.get('db'), c.get('project').id, new Date()) : []}
        canManage={isAdmin(c)}
        selfId={c.get('user')!.id}
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
      const message = 'このメールアドレスの職員アカウントはありません。下の「新しい職員を招待」から招待してください。';
      return page(c, { values: form, errors: parsed.ok ? { email: message } : parsed.errors });
    }
    return redirect(c, `${membersPath(project.id)}?done=${result.already ? 'already' : 'added'}`);
  });

  app.post('/invite', async (c) => {
    if (!isAdmin(c)) return forbidden(c);
    const project = c.get('project');
    const form = await readForm(c);
    const parsed = validate(inviteSchema, form);
    const result = parsed.ok
      ? inviteStaff(c.get('db'), staffActor(c), {
          projectId: project.id,
          email: parsed.data.inviteEmail,
          role: parsed.data.role,
        })
      : undefined;
    if (!result?.ok) {
      c.status(422);
      const message = 'このメールアドレスの職員アカウントはすでにあります。上の「メンバーを追加」で追加してください。';
      return page(c, { inviteValues: form, inviteErrors: parsed.ok ? { inviteEmail: message } : parsed.errors });
    }
    return showOneTimeLink(
      c,
      {
        title: '招待リンク',
        lead: `${result.email} を「${project.name}」に招待しました。リンクを開いた方が氏名とパスワードを設定すると、アカウントができ、このプロジェクトのメンバーになります。`,
        expiresAt: result.expiresAt,
        to: result.email,
        back: { href: membersPath(project.id), label: 'メンバーへ戻る' },
        project,
      },
      invitationPath(result.token),
      (url) =>
        invitationMail({
          to: result.email,
          url,
          inviter: c.get('user')!.name,
          projectName: project.name,
          expiresAt: result.expiresAt,
        }),
    );
  });

  app.post('/invitations/:iid{[0-9]+}/cancel', (c) => {
    if (!isAdmin(c)) return forbidden(c);
    const project = c.get('project');
    const id = idParam(c, 'iid');
    const open = pendingInvitations(c.get('db'), project.id, new Date()).some((i) => i.id === id);
    if (id === null || !open || !cancelInvitation(c.get('db'), staffActor(c), project.id, id)) return c.notFound();
    return redirect(c, `${membersPath(project.id)}?done=cancelled`);
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
