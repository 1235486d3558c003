// Journey 6: an administrator invites a colleague from the メンバー page; the colleague accepts
// the one-time link, logs in, changes the password; the administrator deactivates the account
// and the colleague's open session ends (the next request goes to the login page).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import {
  A11yLog,
  STAFF,
  launchBrowser,
  login,
  newPage,
  shot,
  startSeededServer,
  type Seeded,
  type ServerProcess,
} from './harness.ts';

const NURSE = { name: '保健 次郎', email: 'jiro@hokenjo.example.jp', password: 'aoi-sora-no-shita-2024' };
const NEW_PASSWORD = 'midori-no-kaze-2025-aki';
// screenshots of every changed page at desktop and phone width, for a person to look at
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots/h3';

async function snap(page: Page, name: string) {
  await shot(page, `j6-${name}`);
  mkdirSync(SHOTS, { recursive: true });
  for (const [label, width] of [
    ['desktop', 1280],
    ['phone', 390],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('journey 6: invite, accept, change password, deactivate', { timeout: 180_000 }, () => {
  let server: ServerProcess;
  let seed: Seeded;
  let browser: Browser;
  let admin: Page;
  let nurse: Page;
  let invitation = '';
  const problems: string[] = [];
  const a11y = new A11yLog('journey6');

  beforeAll(async () => {
    [{ server, seed }, browser] = await Promise.all([startSeededServer(), launchBrowser()]);
    admin = await newPage(await browser.newContext({ locale: 'ja-JP' }), problems);
    nurse = await newPage(await browser.newContext({ locale: 'ja-JP' }), problems);
  });

  afterAll(async () => {
    a11y.write();
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('lets an administrator invite a colleague by e-mail and shows the link to copy', async () => {
    await login(admin, server.url, STAFF.email, STAFF.password);
    await admin.goto(`${server.url}/projects/${seed.projectId}/members`);
    await a11y.check(admin, 'members');
    await admin.getByLabel('招待する職員のメールアドレス').fill(NURSE.email);
    await admin.getByRole('button', { name: '招待リンクを作成' }).click();
    await admin.getByRole('heading', { name: '招待リンク' }).waitFor();
    await admin.getByText('メール送信は設定されていません').waitFor();
    invitation = await admin.locator('#one-time-link').inputValue();
    expect(invitation).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
    expect(await admin.locator('#mail-text').inputValue()).toContain(invitation);
    await a11y.check(admin, 'invitation link');
    await snap(admin, 'invitation-link');
    await admin.goto(`${server.url}/projects/${seed.projectId}/members`);
    await admin.getByText('承諾待ちの招待').waitFor();
    await snap(admin, 'members');
  });

  it('lets the colleague accept with a name and a password of 12 characters or more', async () => {
    await nurse.goto(invitation);
    await nurse.getByRole('heading', { name: '職員アカウントの作成' }).waitFor();
    await nurse.getByLabel('氏名').fill(NURSE.name);
    await nurse.getByLabel(/^新しいパスワード\s*必須$/).fill('short');
    await nurse.getByLabel('新しいパスワード（確認）').fill('short');
    await nurse.getByRole('button', { name: 'アカウントを作成' }).click();
    await nurse.getByText('パスワードは12文字以上にしてください').first().waitFor();
    await a11y.check(nurse, 'accept invitation with errors');
    await snap(nurse, 'accept-invitation');
    await nurse.getByLabel(/^新しいパスワード\s*必須$/).fill(NURSE.password);
    await nurse.getByLabel('新しいパスワード（確認）').fill(NURSE.password);
    await nurse.getByRole('button', { name: 'アカウントを作成' }).click();
    await nurse.waitForURL(`**/projects/${seed.projectId}`);

    // the link was used up
    const again = await nurse.context().newPage();
    await again.goto(invitation);
    await again.getByRole('heading', { name: 'このリンクは使えません' }).waitFor();
    await snap(again, 'invalid-link');
    await again.close();
  });

  it('logs the colleague out and back in, then changes the password on the account page', async () => {
    await nurse.getByRole('button', { name: 'ログアウト' }).click();
    await nurse.waitForURL('**/login');
    await snap(nurse, 'login');
    await login(nurse, server.url, NURSE.email, NURSE.password);
    await nurse.getByRole('link', { name: NURSE.name }).click();
    await nurse.getByRole('heading', { name: 'アカウント', exact: true }).waitFor();
    await nurse.getByText('この端末', { exact: true }).waitFor();
    await nurse.getByLabel('現在のパスワード').fill(NURSE.password);
    await nurse.getByLabel(/^新しいパスワード\s*必須/).fill(NEW_PASSWORD);
    await nurse.getByLabel('新しいパスワード（確認）').fill(NEW_PASSWORD);
    await nurse.getByRole('button', { name: 'パスワードを変更' }).click();
    await nurse.getByText('パスワードを変更しました').waitFor();
    await a11y.check(nurse, 'account page');
    await snap(nurse, 'account');
  });

  it('ends the colleague’s session as soon as an administrator deactivates the account', async () => {
    await admin.goto(`${server.url}/projects`);
    await admin.getByRole('link', { name: '職員アカウント' }).click();
    await admin.getByRole('heading', { name: '職員アカウント' }).waitFor();
    await a11y.check(admin, 'accounts');
    admin.once('dialog', (d) => void d.accept());
    await admin.getByRole('button', { name: `${NURSE.name}のアカウントを停止する` }).click();
    await admin.getByText('アカウントを停止しました').waitFor();
    await snap(admin, 'accounts');

    await nurse.goto(`${server.url}/projects/${seed.projectId}`);
    expect(new URL(nurse.url()).pathname).toBe('/login');
    await nurse.getByLabel('メールアドレス').fill(NURSE.email);
    await nurse.getByLabel('パスワード').fill(NEW_PASSWORD);
    await nurse.getByRole('button', { name: 'ログイン' }).click();
    await nurse.getByText('メールアドレスまたはパスワードが正しくありません').waitFor();

    await nurse.getByRole('link', { name: 'パスワードを忘れた場合' }).click();
    await nurse.getByRole('heading', { name: 'パスワードを忘れた場合' }).waitFor();
    await a11y.check(nurse, 'forgot password');
    await snap(nurse, 'forgot-password');
    expect(problems).toEqual([]);
  });
});
