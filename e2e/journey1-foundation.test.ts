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

  let linkA = '';

  it('registers two agencies and shows each one its own link', async () => {
    const addAgency = async (name: string, kind: string, field: string, ages: [string, string]) => {
      await page.getByRole('navigation', { name: 'プロジェクト' }).getByRole('link', { name: '支援機関' }).click();
      await page.getByRole('link', { name: '機関を登録' }).click();
      await page.getByLabel('機関名（部署名まで）').fill(name);
      await page.getByRole('group', { name: /種別/ }).getByRole('radio', { name: kind, exact: true }).check();
      await page.getByRole('group', { name: /分野/ }).getByRole('radio', { name: field, exact: true }).check();
      await page.getByLabel('下限（歳）').fill(ages[0]);
      await page.getByLabel('上限（歳）').fill(ages[1]);
      await page.getByRole('button', { name: '登録してリンクを発行する' }).click();
      await page.getByRole('heading', { level: 2, name: '専用リンク' }).waitFor();
      return page.getByLabel('専用リンクのURL').inputValue();
    };
    // a missing choice is refused next to the field, keeping what was typed
    await page.getByRole('navigation', { name: 'プロジェクト' }).getByRole('link', { name: '支援機関' }).click();
    await page.getByRole('link', { name: '機関を登録' }).click();
    await a11y.check(page, 'agency form');
    await page.getByLabel('機関名（部署名まで）').fill('みどり市 生活福祉課');
    await page.getByRole('button', { name: '登録してリンクを発行する' }).click();
    await page.getByText('種別を選択してください').waitFor();
    expect(await page.getByLabel('機関名（部署名まで）').inputValue()).toBe('みどり市 生活福祉課');
    await a11y.check(page, 'agency form with errors');

    linkA = await addAgency('NPO法人 あおばの会', 'NPO', '福祉・居場所', ['15', '39']);
    expect(linkA).toMatch(new RegExp(`^${server.url}/a/[A-Za-z0-9_-]{40,}$`));
    await a11y.check(page, 'agency detail');
    await shot(page, 'j1-agency-detail');
    const linkB = await addAgency('みどり市 生活福祉課', '行政部署', '福祉・居場所', ['', '']);
    expect(linkB).not.toBe(linkA);
    await page.getByRole('navigation', { name: 'プロジェクト' }).getByRole('link', { name: '支援機関' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'NPO法人 あおばの会' }).count()).toBe(1);
    await a11y.check(page, 'agency list');
  });

  it('opens the agency link in a separate browser and sees only that agency', async () => {
    const agencyContext = await browser.newContext({ locale: 'ja-JP' });
    try {
      const agencyPage = await newPage(agencyContext, problems);
      await agencyPage.goto(linkA);
      await agencyPage.getByRole('heading', { level: 1, name: 'NPO法人 あおばの会 様' }).waitFor();
      const text = await agencyPage.locator('body').innerText();
      expect(text).not.toContain('生活福祉課');
      expect(text).not.toContain('ログアウト'); // no staff navigation
      await a11y.check(agencyPage, 'agency home');
      await shot(agencyPage, 'j1-agency-home');
      // the agency link opens no staff page
      await agencyPage.goto(server.url + '/projects');
      expect(new URL(agencyPage.url()).pathname).toBe('/login');
    } finally {
      await agencyContext.close();
    }
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
    // the agency visit is logged with its token masked
    expect(lines.some((l) => l.path === '/a/:token' && l.status === 200)).toBe(true);
    expect(all).not.toContain(new URL(linkA).pathname);
  });
});
