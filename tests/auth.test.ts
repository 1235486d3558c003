import { describe, expect, it } from 'vitest';
import { Client, makeApp, ADMIN, staffSetup } from './helpers.ts';
import { countUsers, createUser } from '../src/auth/queries.ts';

describe('first setup', () => {
  it('redirects every page to /setup while no account exists, then closes /setup', async () => {
    const { app, db } = makeApp();
    const client = new Client(app);
    for (const path of ['/', '/projects', '/login', '/a/whatever']) {
      const res = await client.get(path);
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/setup');
    }
    const page = await client.get('/setup');
    const html = await page.text();
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('管理者アカウントの作成');

    const short = await client.post('/setup', {
      email: 'a@example.jp',
      name: '花子',
      password: 'short',
      passwordConfirm: 'short',
    });
    expect(short.status).toBe(422);
    const shortHtml = await short.text();
    expect(shortHtml).toContain('パスワードは12文字以上にしてください');
    expect(shortHtml).toContain('value="a@example.jp"'); // input kept
    expect(countUsers(db)).toBe(0);

    const ok = await client.post('/setup', {
      email: ADMIN.email,
      name: ADMIN.name,
      password: ADMIN.password,
      passwordConfirm: ADMIN.password,
    });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/projects');
    expect(countUsers(db)).toBe(1);
    expect((await client.get('/projects')).status).toBe(200);

    // a second visitor cannot create another admin
    const other = new Client(app);
    const again = await other.get('/setup');
    expect(again.headers.get('location')).toBe('/login');
    await other.post('/setup', {
      email: 'evil@example.jp',
      name: 'x',
      password: 'another long password',
      passwordConfirm: 'another long password',
    });
    expect(countUsers(db)).toBe(1);
  });
});

describe('login', () => {
  it('rejects a wrong password in Japanese and accepts the right one', async () => {
    const { app, db } = makeApp();
    await createUser(db, { ...ADMIN, role: 'admin' });
    const client = new Client(app);
    const bad = await client.post('/login', { email: ADMIN.email, password: 'wrong password!!' });
    expect(bad.status).toBe(401);
    expect(await bad.text()).toContain('メールアドレスまたはパスワードが正しくありません');
    expect(client.cookies.has('renkei_session')).toBe(false);
    const good = await client.post('/login', {
      email: ADMIN.email.toUpperCase(),
      password: ADMIN.password,
      next: '/projects/new',
    });
    expect(good.status).toBe(303);
    expect(good.headers.get('location')).toBe('/projects/new');
    const cookie = good.headers.getSetCookie().find((c) => c.startsWith('renkei_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('does not follow an off-site next parameter', async () => {
    const { app, db } = makeApp();
    await createUser(db, { ...ADMIN, role: 'admin' });
    const res = await new Client(app).post('/login', {
      email: ADMIN.email,
      password: ADMIN.password,
      next: '//evil.example/',
    });
    expect(res.headers.get('location')).toBe('/projects');
  });

  it('locks an account after five failures, even for the right password', async () => {
    const { app, db } = makeApp();
    await createUser(db, { ...ADMIN, role: 'admin' });
    const client = new Client(app);
    for (let i = 0; i < 5; i++)
      expect((await client.post('/login', { email: ADMIN.email, password: `wrong-${i}-xxxxxxxx` })).status).toBe(401);
    const locked = await client.post('/login', { email: ADMIN.email, password: ADMIN.password });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBeTruthy();
    expect(await locked.text()).toContain('一時的に受け付けを停止しています');
  });

  it('logout ends the session', async () => {
    const { client } = await staffSetup();
    expect((await client.get('/projects')).status).toBe(200);
    await client.post('/logout');
    const res = await client.get('/projects');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/login/);
  });
});

describe('CSRF and headers', () => {
  it('refuses a state-changing request without the token', async () => {
    const { client, db } = await staffSetup();
    const missing = await client.post(
      '/projects',
      { name: 'X', municipality: 'Y', fiscalYear: '2024' },
      { csrf: null },
    );
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('不正な送信');
    const forged = await client.post(
      '/projects',
      { name: 'X', municipality: 'Y', fiscalYear: '2024' },
      { csrf: 'x'.repeat(43) },
    );
    expect(forged.status).toBe(403);
    const count = db.$client.prepare('select count(*) n from projects').get() as { n: number };
    expect(count.n).toBe(1);
  });

  it('accepts the token in the X-CSRF-Token header (htmx)', async () => {
    const { client } = await staffSetup();
    const res = await client.post(
      '/projects',
      { name: 'X', municipality: 'Y', fiscalYear: '2024' },
      { csrf: null, headers: { 'X-CSRF-Token': client.csrf } },
    );
    expect(res.status).toBe(303);
  });

  it('sends secure headers', async () => {
    const { client } = await staffSetup();
    const res = await client.get('/projects');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
