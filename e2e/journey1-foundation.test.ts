// Journey 1: a health centre starts from an empty installation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { A11yLog, launchBrowser, newPage, shot, startServer, type ServerProcess } from './harness.ts';

const ADMIN = { name: '保健 花子', email: 'hanako@hokenjo.example.jp', password: 'midori-no-mado-2024' };

describe('journey 1: first setup, project, agency link', () => {
  let server: ServerProcess;
  let browser: Browser;
  let staff: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const a11y = new A11yLog('journey1');

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    staff = await browser.newContext({ locale: 'ja-JP' });
    page = await newPage(staff, problems);
  });

  afterAll(async () => {
    a11y.write();
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('leads a fresh installation to setup and creates the first administrator', async () => {
    await page.goto(server.url + '/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/setup');
    await page.getByRole('heading', { name: /管理者アカウントの作成/ }).waitFor();
    await a11y.check(page, 'setup');

    // a too-short password is refused in Japanese, next to the field, keeping the input
    await page.getByLabel('氏名').fill(ADMIN.name);
    await page.getByLabel('メールアドレス').fill(ADMIN.email);
    await page.getByLabel(/^パスワード\s*必須$/).fill('short');
    await page.getByLabel('パスワード（確認）').fill('short');
    await page.getByRole('button', { name: '管理者アカウントを作成' }).click();
    await page.getByText('パスワードは12文字以上にしてください').first().waitFor();
    expect(await page.getByLabel('メールアドレス').inputValue()).toBe(ADMIN.email);
    await a11y.check(page, 'setup with errors');
    await shot(page, 'j1-setup-error');

    await page.getByLabel(/^パスワード\s*必須$/).fill(ADMIN.password);
    await page.getByLabel('パスワード（確認）').fill(ADMIN.password);
    await page.getByRole('button', { name: '管理者アカウントを作成' }).click();
    await page.waitForURL('**/projects');
    await page.getByRole('heading', { name: 'プロジェクト一覧' }).waitFor();
    await a11y.check(page, 'empty project list');
  });

  it('logs out and back in', async () => {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.waitForURL('**/login');
    await page.goto(server.url + '/projects');
    expect(new URL(page.url()).pathname).toBe('/login');

    await page.getByLabel('メールアドレス').fill(ADMIN.email);
    await page.getByLabel('パスワード').fill('wrong password here');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByText('メールアドレスまたはパスワードが正しくありません').waitFor();
    await a11y.check(page, 'login failed');

    await page.getByLabel('パスワード').fill(ADMIN.password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.waitForURL('**/projects');
  });

  it('creates a project and lands on its dashboard', async () => {
    await page.getByRole('link', { name: '新しいプロジェクト' }).click();
    await page.waitForURL('**/projects/new');
    await a11y.check(page, 'new project form');
    await page.getByLabel('プロジェクト名').fill('みどり市 ひきこもり支援ネットワーク（令和6年度）');
    await page.getByLabel('市区町村').fill('みどり市');
    await page.getByLabel('年度（西暦）').fill('2024');
    await page.getByLabel('主催保健所').fill('みどり保健所');
    await page.getByRole('button', { name: '作成する' }).click();
    await page.waitForURL(/\/projects\/\d+$/);
    await page.getByRole('heading', { level: 1, name: 'みどり市 ひきこもり支援ネットワーク（令和6年度）' }).waitFor();
    await expect.poll(() => page.getByRole('navigation', { name: 'プロジェクト' }).isVisible()).toBe(true);
    await a11y.check(page, 'dashboard');
    await shot(page, 'j1-dashboard');
  });

  it('logs out at the end', async () => {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await page.waitForURL('**/login');
    await page.goto(server.url + '/projects');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('showed no script errors, CSP violations or broken assets', () => {
    expect(problems).toEqual([]);
  });

  it('logged every request as one JSON line without personal data', () => {
    const lines = server.stdout.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['method', 'ms', 'path', 'status', 'time']);
    expect(lines.some((l) => l.method === 'POST' && l.path === '/login' && l.status === 401)).toBe(true);
    const all = server.stdout.join('\n');
    expect(all).not.toContain(ADMIN.email);
    expect(all).not.toContain(ADMIN.password);
  });
});
