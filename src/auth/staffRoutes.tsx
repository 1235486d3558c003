import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { LoginPage } from '../../views/auth/loginPage.tsx';
import { SetupPage } from '../../views/auth/setupPage.tsx';
import { doneNotice, readForm } from '../http/form.ts';
import { LOGIN_NOTICES } from '../lib/labels/accounts.ts';
import { bindCsrfCookie, isSecure, SESSION_COOKIE } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { verifyPassword } from '../lib/crypto.ts';
import { countUsers, createSession, deleteSession, findUserByEmail, SESSION_HOURS } from './queries.ts';
import { setUpFirstAdmin } from './commands.ts';
import { loginSchema, safeNext, setupSchema } from './schemas.ts';
import { accountKey, loginThrottles } from './loginLimits.ts';
import { clientIp } from './clientIp.ts';
import { inlineValidator } from '../http/inlineValidationRoutes.tsx';

// A fixed hash to verify against when the e-mail is unknown, so timing does not reveal accounts.
const DUMMY_HASH = 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export function startSession(c: Context<AppEnv>, userId: number) {
  const token = createSession(c.get('db'), userId, new Date(), c.req.header('User-Agent') ?? '');
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isSecure(c),
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
  bindCsrfCookie(c, token);
}

export function authRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/setup', (c) => {
    if (countUsers(c.get('db')) > 0) return c.redirect('/login', 303);
    return c.render(<SetupPage />);
  });

  app.post('/setup/validate', async (c) => {
    if (countUsers(c.get('db')) > 0) return c.notFound();
    return inlineValidator(setupSchema)(c);
  });

  app.post('/setup', async (c) => {
    const db = c.get('db');
    if (countUsers(db) > 0) return c.redirect('/login', 303);
    const form = await readForm(c);
    const parsed = validate(setupSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return c.render(<SetupPage values={form} errors={parsed.errors} />);
    }
    const result = await setUpFirstAdmin(db, parsed.data);
    if (!result.ok) return c.redirect('/login', 303);
    startSession(c, result.user.id);
    return c.redirect('/projects', 303);
  });

  app.get('/login', (c) => {
    if (c.get('user')) return c.redirect('/projects', 303);
    return c.render(<LoginPage values={{ next: c.req.query('next') ?? '' }} notice={doneNotice(c, LOGIN_NOTICES)} />);
  });

  app.post('/login', async (c) => {
    const db = c.get('db');
    const form = await readForm(c);
    const parsed = validate(loginSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return c.render(<LoginPage values={form} errors={parsed.errors} />);
    }
    const { email, password, next } = parsed.data;
    const ip = clientIp(c);
    // per account whatever the address (a reset lifts it), and per address whatever the account
    const { account, address } = loginThrottles(db);
    const accountKeys = [accountKey(email)];
    const wait = Math.max(account.retryAfter(accountKeys), address.retryAfter([ip]));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      c.status(429);
      return c.render(
        <LoginPage
          values={{ email, next }}
          message={`ログインの失敗が続いたため、一時的に受け付けを停止しています。${Math.ceil(wait / 60)}分ほど待ってからもう一度お試しください。`}
        />,
      );
    }
    const user = findUserByEmail(db, email);
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    // a deactivated account answers like a wrong password: nothing tells a guesser it exists
    if (!user || !ok || user.deactivatedAt) {
      account.fail(accountKeys);
      address.fail([ip]);
      c.status(401);
      return c.render(
        <LoginPage values={{ email, next }} message="メールアドレスまたはパスワードが正しくありません。" />,
      );
    }
    account.reset(accountKeys);
    startSession(c, user.id);
    return c.redirect(safeNext(next), 303);
  });

  app.post('/logout', (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) deleteSession(c.get('db'), token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });

  return app;
}
