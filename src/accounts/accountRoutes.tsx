import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import {
  AcceptInvitationPage,
  ForgotPasswordPage,
  InvalidLinkPage,
  ResetPasswordPage,
} from '../../views/accounts/accountFormPages.tsx';
import { readForm, redirect } from '../http/form.ts';
import { validate } from '../lib/validation.ts';
import { startSession } from '../auth/staffRoutes.tsx';
import { clearLoginLock } from '../auth/loginLimits.ts';
import { findUserByEmail } from '../auth/queries.ts';
import { projectPath } from '../lib/paths/projects.ts';
import { accountPath, passwordResetPath } from '../lib/paths/accounts.ts';
import { publicOrigin } from '../agencies/origin.ts';
import { acceptInvitation, createResetLink, resetPassword } from './commands.ts';
import { findUsableToken } from './queries.ts';
import { acceptInviteSchema, forgotPasswordSchema, resetPasswordSchema } from './schemas.ts';
import { passwordResetMail } from './mailText.ts';

type C = Context<AppEnv>;

/** Pages behind a one-time link carry a secret in their URL: never cached. */
function noStore(c: C) {
  c.header('Cache-Control', 'no-store');
}

function invalid(c: C, kind: 'invite' | 'reset') {
  c.status(404);
  return c.render(<InvalidLinkPage kind={kind} />);
}

/** Invitation and password-reset links, and the login page's 「パスワードを忘れた場合」 (no session needed). */
export function accountLinkRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/invite/:token', (c) => {
    noStore(c);
    const invite = findUsableToken(c.get('db'), 'invite', c.req.param('token'), new Date());
    if (!invite) return invalid(c, 'invite');
    return c.render(<AcceptInvitationPage token={c.req.param('token')} email={invite.email} />);
  });

  app.post('/invite/:token', async (c) => {
    noStore(c);
    const db = c.get('db');
    const token = c.req.param('token');
    const invite = findUsableToken(db, 'invite', token, new Date());
    if (!invite) return invalid(c, 'invite');
    const form = await readForm(c);
    const parsed = validate(acceptInviteSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return c.render(<AcceptInvitationPage token={token} email={invite.email} values={form} errors={parsed.errors} />);
    }
    const result = await acceptInvitation(db, token, parsed.data);
    if (!result.ok && result.reason === 'email_taken') {
      c.status(422);
      return c.render(
        <AcceptInvitationPage
          token={token}
          email={invite.email}
          values={form}
          message="このメールアドレスのアカウントはすでにあります。ログイン画面からログインしてください。"
        />,
      );
    }
    if (!result.ok) return invalid(c, 'invite');
    startSession(c, result.user.id);
    return redirect(c, invite.projectId ? projectPath(invite.projectId) : `${accountPath()}?done=welcome`);
  });

  app.get('/reset/:token', (c) => {
    noStore(c);
    const link = findUsableToken(c.get('db'), 'reset', c.req.param('token'), new Date());
    if (!link) return invalid(c, 'reset');
    return c.render(<ResetPasswordPage token={c.req.param('token')} email={link.email} />);
  });

  app.post('/reset/:token', async (c) => {
    noStore(c);
    const db = c.get('db');
    const token = c.req.param('token');
    const link = findUsableToken(db, 'reset', token, new Date());
    if (!link) return invalid(c, 'reset');
    const parsed = validate(resetPasswordSchema, await readForm(c));
    if (!parsed.ok) {
      c.status(422);
      return c.render(<ResetPasswordPage token={token} email={link.email} errors={parsed.errors} />);
    }
    const result = await resetPassword(db, token, parsed.data.password);
    if (!result.ok) return invalid(c, 'reset');
    // the owner proved who they are: a lock from someone guessing their password is lifted
    clearLoginLock(db, result.email);
    return redirect(c, '/login?done=reset');
  });

  app.get('/forgot-password', (c) => c.render(<ForgotPasswordPage mailEnabled={!!c.get('deps').mailer} />));

  app.post('/forgot-password', async (c) => {
    const db = c.get('db');
    const mailer = c.get('deps').mailer;
    if (!mailer) return c.render(<ForgotPasswordPage sent mailEnabled={false} />);
    const form = await readForm(c);
    const parsed = validate(forgotPasswordSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return c.render(<ForgotPasswordPage mailEnabled values={form} errors={parsed.errors} />);
    }
    const user = findUserByEmail(db, parsed.data.email);
    const result = user ? createResetLink(db, { kind: 'system', label: 'パスワード再設定の依頼' }, user.id) : undefined;
    if (result?.ok) {
      const url = publicOrigin(c) + passwordResetPath(result.token);
      // not awaited: the answer takes as long whether or not the address has an account
      void mailer.send(passwordResetMail({ to: result.email, url, expiresAt: result.expiresAt }));
    }
    return c.render(<ForgotPasswordPage sent mailEnabled />);
  });

  return app;
}
