import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { AppEnv } from '../context.ts';
import { AccountPage } from '../../views/accounts/accountPage.tsx';
import { AccountsPage } from '../../views/accounts/accountsPage.tsx';
import { OneTimeLinkPage, type OneTimeLinkView } from '../../views/accounts/oneTimeLinkPage.tsx';
import { ErrorPage } from '../../views/layout/errorPage.tsx';
import { doneNotice, readForm, redirect, type FieldErrors, type FormValues } from '../http/form.ts';
import { idParam, SESSION_COOKIE, staffActor } from '../http/middleware.ts';
import { publicOrigin } from '../agencies/origin.ts';
import { validate } from '../lib/validation.ts';
import { sha256 } from '../lib/crypto.ts';
import type { MailMessage } from '../mail/mailer.ts';
import { changePassword, createResetLink, endSessions, setAccountActive } from './commands.ts';
import { listAccounts } from './queries.ts';
import { sessionRows } from './sessionViewModel.ts';
import { changePasswordSchema, sessionHandleSchema } from './schemas.ts';
import { passwordResetMail } from './mailText.ts';
import { ACCOUNT_NOTICES, ACCOUNTS_NOTICES } from '../lib/labels/accounts.ts';
import { accountPath, accountsPath, passwordResetPath } from '../lib/paths/accounts.ts';

type C = Context<AppEnv>;

const currentSessionHash = (c: C) => sha256(getCookie(c, SESSION_COOKIE) ?? '');

/**
 * Shows a one-time link to copy, after mailing it when SMTP_URL is set: the page is the same
 * either way, so nobody depends on mail arriving.
 */
export async function showOneTimeLink(
  c: C,
  view: Omit<OneTimeLinkView, 'url' | 'mail' | 'mailed'>,
  path: string,
  message: (url: string) => MailMessage,
) {
  const url = publicOrigin(c) + path;
  const mail = message(url);
  const mailer = c.get('deps').mailer;
  const mailed = mailer ? ((await mailer.send(mail)) ? 'sent' : 'failed') : 'off';
  // the link is a secret: never kept by a browser cache or proxy
  c.header('Cache-Control', 'no-store');
  return c.render(<OneTimeLinkPage {...view} url={url} mail={mail} mailed={mailed} />);
}

/** `/account`: one's own password and sessions. */
export function ownAccountRoutes() {
  const app = new Hono<AppEnv>();
  const page = (c: C, extra: { values?: FormValues; errors?: FieldErrors; message?: string } = {}) => {
    const user = c.get('user')!;
    return c.render(
      <AccountPage
        user={user}
        sessions={sessionRows(c.get('db'), user.id, currentSessionHash(c))}
        notice={doneNotice(c, ACCOUNT_NOTICES)}
        {...extra}
      />,
    );
  };

  app.get('/', (c) => page(c));

  app.post('/password', async (c) => {
    const form = await readForm(c);
    const parsed = validate(changePasswordSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return page(c, { errors: parsed.errors });
    }
    const result = await changePassword(c.get('db'), c.get('user')!, {
      ...parsed.data,
      currentSessionHash: currentSessionHash(c),
    });
    if (!result.ok) {
      c.status(422);
      return page(c, { errors: { currentPassword: '現在のパスワードが正しくありません' } });
    }
    return redirect(c, `${accountPath()}?done=password`);
  });

  app.post('/sessions/revoke', async (c) => {
    const parsed = validate(sessionHandleSchema, await readForm(c));
    const user = c.get('user')!;
    const ended = parsed.ok ? endSessions(c.get('db'), staffActor(c), user.id, parsed.data.handle) : 0;
    if (!ended) return c.notFound();
    return redirect(c, `${accountPath()}?done=revoked`);
  });

  app.post('/logout-everywhere', (c) => {
    endSessions(c.get('db'), staffActor(c), c.get('user')!.id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return redirect(c, '/login?done=everywhere');
  });

  return app;
}

const ACCOUNT_ERRORS = {
  self: '自分のアカウントは停止できません。別の管理者に依頼してください。',
  unchanged: 'すでにその状態です。',
  deactivated: '停止中のアカウントには再設定リンクを発行できません。先に再開してください。',
} as const;

/** `/accounts`: administrators manage every staff account. */
export function accountAdminRoutes() {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    if (c.get('user')!.role !== 'admin') {
      c.status(403);
      return c.render(<ErrorPage status={403} message="職員アカウントの管理は管理者のみ行えます。" />);
    }
    await next();
  });
  const page = (c: C, error?: string) =>
    c.render(
      <AccountsPage
        accounts={listAccounts(c.get('db'), new Date())}
        selfId={c.get('user')!.id}
        notice={doneNotice(c, ACCOUNTS_NOTICES)}
        error={error}
      />,
    );

  const refused = (c: C, reason: keyof typeof ACCOUNT_ERRORS | 'not_found') => {
    if (reason === 'not_found') return c.notFound();
    c.status(422);
    return page(c, ACCOUNT_ERRORS[reason]);
  };

  app.get('/', (c) => page(c));

  for (const [action, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    app.post(`/:uid{[0-9]+}/${action}`, (c) => {
      const userId = idParam(c, 'uid');
      const result = userId === null ? undefined : setAccountActive(c.get('db'), staffActor(c), userId, active);
      if (!result) return c.notFound();
      if (!result.ok) return refused(c, result.reason);
      return redirect(c, `${accountsPath()}?done=${active ? 'reactivated' : 'deactivated'}`);
    });
  }

  app.post('/:uid{[0-9]+}/end-sessions', (c) => {
    const userId = idParam(c, 'uid');
    if (userId === null) return c.notFound();
    const ended = endSessions(c.get('db'), staffActor(c), userId);
    return redirect(c, `${accountsPath()}?done=${ended ? 'ended' : 'none'}`);
  });

  app.post('/:uid{[0-9]+}/reset-link', async (c) => {
    const userId = idParam(c, 'uid');
    const result = userId === null ? undefined : createResetLink(c.get('db'), staffActor(c), userId);
    if (!result) return c.notFound();
    if (!result.ok) return refused(c, result.reason);
    return showOneTimeLink(
      c,
      {
        title: 'パスワード再設定リンク',
        lead: `${result.email} のパスワード再設定リンクを発行しました。本人に届けてください。リンクを開くと新しいパスワードを設定でき、ログイン中の端末はすべてログアウトします。`,
        expiresAt: result.expiresAt,
        to: result.email,
        back: { href: accountsPath(), label: '職員アカウントへ戻る' },
      },
      passwordResetPath(result.token),
      (url) => passwordResetMail({ to: result.email, url, expiresAt: result.expiresAt }),
    );
  });

  return app;
}
