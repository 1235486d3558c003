// Staff accounts from the app (issue 13 "Accounts and people", issue 14 item 10): invitations,
// password change and reset, deactivation, the session list and logging out everywhere.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { ADMIN, Client, makeApp, staffSetup } from './helpers.ts';
import { createUser } from '../src/auth/queries.ts';
import { accountTokens, auditLog } from '../src/db/schema.ts';
import { inviteStaff } from '../src/accounts/commands.ts';
import { createApp } from '../src/app.tsx';
import type { MailMessage } from '../src/mail/mailer.ts';

const NURSE = { email: 'nurse@example.jp', name: '保健 次郎', password: 'nurse password 123' };

const linkIn = (html: string, kind: 'invite' | 'reset') => {
  const m = html.match(new RegExp(`value="http://localhost(/${kind}/[A-Za-z0-9_-]+)"`));
  if (!m) throw new Error(`no ${kind} link on the page`);
  return m[1];
};
const actions = (db: ReturnType<typeof makeApp>['db']) =>
  db
    .select({ action: auditLog.action })
    .from(auditLog)
    .all()
    .map((r) => r.action);

async function loggedIn(app: ReturnType<typeof makeApp>['app'], email: string, password: string, ua = 'test') {
  const client = new Client(app);
  const res = await client.post('/login', { email, password }, { headers: { 'User-Agent': ua } });
  expect(res.status).toBe(303);
  return client;
}

const goesToLogin = async (client: Client) => {
  const res = await client.get('/projects');
  return res.status === 303 && res.headers.get('location')!.startsWith('/login');
};

// scrypt makes each login and password change slow on a busy machine
describe('invitations', { timeout: 90_000 }, () => {
  it('invites by e-mail with a one-time link that creates the account in the project', async () => {
    const { app, db, client, project } = await staffSetup();
    const bad = await client.post(`/projects/${project.id}/members/invite`, { inviteEmail: 'nope', role: 'staff' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('メールアドレスの形式が正しくありません');
    const taken = await client.post(`/projects/${project.id}/members/invite`, { inviteEmail: ADMIN.email });
    expect(taken.status).toBe(422);

    const res = await client.post(`/projects/${project.id}/members/invite`, {
      inviteEmail: ' Nurse@Example.jp ',
      role: 'staff',
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('メール送信は設定されていません');
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const link = linkIn(html, 'invite');
    // only a hash is stored
    const stored = db.select().from(accountTokens).all();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(link.split('/').pop());
    expect(await (await client.get(`/projects/${project.id}/members`)).text()).toContain('承諾待ちの招待');

    const nurse = new Client(app);
    const form = await nurse.get(link);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('nurse@example.jp');
    const short = await nurse.post(link, { name: NURSE.name, password: 'short', passwordConfirm: 'short' });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('パスワードは12文字以上にしてください');
    const ok = await nurse.post(link, { name: NURSE.name, password: NURSE.password, passwordConfirm: NURSE.password });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/projects/${project.id}`);
    expect((await nurse.get(`/projects/${project.id}`)).status).toBe(200);

    // single use
    const again = await new Client(app).get(link);
    expect(again.status).toBe(404);
    expect(await again.text()).toContain('このリンクは使えません');
    expect(actions(db)).toEqual(expect.arrayContaining(['invite', 'accept_invite', 'add_member']));
    await loggedIn(app, NURSE.email, NURSE.password);
  });

  it('refuses an invitation after 72 hours', async () => {
    const { app, db, admin, project } = await staffSetup();
    const old = inviteStaff(
      db,
      { kind: 'staff', id: admin.id, label: admin.name },
      { projectId: project.id, email: 'late@example.jp', role: 'staff' },
      new Date(Date.now() - 72 * 3600_000 - 60_000),
    );
    if (!old.ok) throw new Error('invite failed');
    const res = await new Client(app).get(`/invite/${old.token}`);
    expect(res.status).toBe(404);
    const post = await new Client(app).post(`/invite/${old.token}`, {
      name: 'x',
      password: NURSE.password,
      passwordConfirm: NURSE.password,
    });
    expect(post.status).toBe(404);
  });

  it('lets only administrators invite and manage accounts', async () => {
    const { app, db, project } = await staffSetup();
    await createUser(db, { ...NURSE, role: 'staff' });
    const nurse = await loggedIn(app, NURSE.email, NURSE.password);
    expect((await nurse.get('/accounts')).status).toBe(403);
    expect((await nurse.post(`/projects/${project.id}/members/invite`, { inviteEmail: 'x@example.jp' })).status).toBe(
      404,
    );
    expect((await nurse.post('/accounts/1/deactivate')).status).toBe(403);
  });
});

describe('passwords and sessions', { timeout: 90_000 }, () => {
  it('changes the password with the current one and ends the other sessions at once', async () => {
    const { app, db } = makeApp();
    await createUser(db, { ...NURSE, role: 'staff' });
    const here = await loggedIn(app, NURSE.email, NURSE.password, 'Mozilla/5.0 (Windows NT 10.0) Chrome/130.0');
    const there = await loggedIn(
      app,
      NURSE.email,
      NURSE.password,
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Safari/604.1',
    );
    const page = await (await here.get('/account')).text();
    expect(page).toContain('Chrome（Windows）');
    expect(page).toContain('Safari（iOS）');
    expect(page).toContain('この端末');

    const wrong = await here.post('/account/password', {
      currentPassword: 'not my password',
      password: 'a brand new password',
      passwordConfirm: 'a brand new password',
    });
    expect(wrong.status).toBe(422);
    expect(await wrong.text()).toContain('現在のパスワードが正しくありません');
    const ok = await here.post('/account/password', {
      currentPassword: NURSE.password,
      password: 'a brand new password',
      passwordConfirm: 'a brand new password',
    });
    expect(ok.status).toBe(303);
    expect(await goesToLogin(there)).toBe(true);
    expect((await here.get('/projects')).status).toBe(200);
    expect((await new Client(app).post('/login', { email: NURSE.email, password: NURSE.password })).status).toBe(401);
    await loggedIn(app, NURSE.email, 'a brand new password');
    expect(actions(db)).toContain('change_password');
  });

  it('revokes one session from the list and logs out everywhere', async () => {
    const { app, db } = makeApp();
    await createUser(db, { ...NURSE, role: 'staff' });
    const here = await loggedIn(app, NURSE.email, NURSE.password, 'Mozilla/5.0 (Windows NT 10.0) Chrome/130.0');
    const there = await loggedIn(app, NURSE.email, NURSE.password, 'Mozilla/5.0 (Linux; Android 14) Chrome/130.0');
    const third = await loggedIn(app, NURSE.email, NURSE.password, 'Mozilla/5.0 (Macintosh; Mac OS X) Firefox/131.0');
    const page = await (await here.get('/account')).text();
    const row = page.split('<tr>').find((r) => r.includes('Chrome（Android）'))!;
    const handle = row.match(/name="handle" value="([^"]+)"/);
    expect(handle).not.toBeNull();
    expect((await here.post('/account/sessions/revoke', { handle: handle![1] })).status).toBe(303);
    expect(await goesToLogin(there)).toBe(true);
    expect((await third.get('/projects')).status).toBe(200);
    expect((await here.post('/account/sessions/revoke', { handle: 'not-a-handle' })).status).toBe(404);

    const out = await here.post('/account/logout-everywhere');
    expect(out.headers.get('location')).toBe('/login?done=everywhere');
    expect(await goesToLogin(here)).toBe(true);
    expect(await goesToLogin(third)).toBe(true);
    expect(actions(db)).toEqual(expect.arrayContaining(['revoke_session', 'revoke_all_sessions']));
  });

  it('resets a forgotten password with a one-time link from an administrator, lifting the login lock', async () => {
    const { app, db, client } = await staffSetup();
    const nurse = await createUser(db, { ...NURSE, role: 'staff' });
    const stale = await loggedIn(app, NURSE.email, NURSE.password);
    const guesser = new Client(app);
    for (let i = 0; i < 6; i++) await guesser.post('/login', { email: NURSE.email, password: `guess number ${i}` });
    expect((await guesser.post('/login', { email: NURSE.email, password: NURSE.password })).status).toBe(429);

    const res = await client.post(`/accounts/${nurse.id}/reset-link`);
    expect(res.status).toBe(200);
    const link = linkIn(await res.text(), 'reset');
    const owner = new Client(app);
    expect(await (await owner.get(link)).text()).toContain('パスワードの再設定');
    const mismatch = await owner.post(link, { password: 'new password 2024', passwordConfirm: 'other' });
    expect(mismatch.status).toBe(422);
    const done = await owner.post(link, { password: 'new password 2024', passwordConfirm: 'new password 2024' });
    expect(done.headers.get('location')).toBe('/login?done=reset');
    expect(await (await owner.get('/login?done=reset')).text()).toContain('パスワードを再設定しました');
    expect(await goesToLogin(stale)).toBe(true);
    expect((await owner.post('/login', { email: NURSE.email, password: 'new password 2024' })).status).toBe(303);
    expect((await new Client(app).get(link)).status).toBe(404);
    expect(actions(db)).toEqual(expect.arrayContaining(['create_reset_link', 'reset_password']));
  });

  it('answers 「パスワードを忘れた場合」 the same for any address, mailing a link only when mail is set up', async () => {
    const { db } = makeApp();
    await createUser(db, { ...NURSE, role: 'staff' });
    const noMail = new Client(createApp({ db }));
    const page = await (await noMail.get('/forgot-password')).text();
    expect(page).toContain('管理者に、パスワード再設定リンクの発行を依頼してください');

    const sent: MailMessage[] = [];
    const withMail = new Client(createApp({ db, mailer: { send: async (m) => (sent.push(m), true) } }));
    const known = await withMail.post('/forgot-password', { email: NURSE.email });
    const unknown = await withMail.post('/forgot-password', { email: 'nobody@example.jp' });
    expect(known.status).toBe(200);
    expect(await known.text()).toBe(await unknown.text());
    await new Promise((r) => setTimeout(r, 10));
    expect(sent.map((m) => m.to)).toEqual([NURSE.email]);
    expect(sent[0].text).toMatch(/\/reset\/[A-Za-z0-9_-]{20,}/);
  });
});

describe('deactivation', { timeout: 90_000 }, () => {
  it('ends the sessions of a deactivated account at once and refuses its login until reactivated', async () => {
    const { app, db, client, admin } = await staffSetup();
    const nurse = await createUser(db, { ...NURSE, role: 'staff' });
    const session = await loggedIn(app, NURSE.email, NURSE.password);
    expect((await client.post(`/accounts/${admin.id}/deactivate`)).status).toBe(422);
    const res = await client.post(`/accounts/${nurse.id}/deactivate`);
    expect(res.headers.get('location')).toBe('/accounts?done=deactivated');
    expect(await goesToLogin(session)).toBe(true);
    const login = await new Client(app).post('/login', { email: NURSE.email, password: NURSE.password });
    expect(login.status).toBe(401);
    expect(await (await client.get('/accounts')).text()).toContain('停止中');
    expect((await client.post(`/accounts/${nurse.id}/reset-link`)).status).toBe(422);

    expect((await client.post(`/accounts/${nurse.id}/reactivate`)).status).toBe(303);
    await loggedIn(app, NURSE.email, NURSE.password);
    expect(actions(db)).toEqual(expect.arrayContaining(['deactivate', 'reactivate']));
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'deactivate')).get()!;
    expect(entry.detail).toContain('ログアウトした端末 1件');
  });
});
