// Journey 2: an agency answers the questionnaire on a phone, loses the tab, comes back to its
// draft and submits; staff then see the answer in the results chart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const BANDS: [string, string][] = [
  ['15歳以下', '0'],
  ['16〜18歳', '3'],
  ['19〜24歳', '7'],
  ['25〜29歳', '2'],
  ['30代', '5'],
  ['40代', '4'],
  ['50代', '1'],
  ['60〜64歳', '0'],
  ['65歳以上', '0'],
];

describe('journey 2: questionnaire on a phone', () => {
  let server: ServerProcess;
  let seed: Seeded;
  let browser: Browser;
  let phone: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  const a11y = new A11yLog('journey2');

  beforeAll(async () => {
    [{ server, seed }, browser] = await Promise.all([startSeededServer(), launchBrowser()]);
    phone = await browser.newContext({
      locale: 'ja-JP',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    page = await newPage(phone, problems);
  });

  afterAll(async () => {
    a11y.write();
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  const question = (p: Page, name: RegExp) => p.getByRole('group', { name });
  /** Runs a user action and waits until the autosave it triggers has been answered. */
  const autosaving = async (p: Page, action: () => Promise<void>) => {
    const saved = p.waitForResponse(
      (r) => r.url().endsWith('/questionnaire/autosave') && r.request().method() === 'POST',
    );
    await action();
    expect((await saved).status()).toBe(200);
  };
  const autosaveStatus = (p: Page) => p.getByRole('status').filter({ hasText: /下書き/ });

  it('finds the questionnaire from the agency page and starts answering', async () => {
    await page.goto(seed.agencies[0].link);
    await page.getByRole('link', { name: 'ひきこもり支援に関するアンケート' }).click();
    await page.waitForURL('**/questionnaire');
    await a11y.check(page, 'questionnaire (phone)');

    await autosaving(page, () =>
      question(page, /運営主体/)
        .getByRole('radio', { name: 'NPO法人' })
        .check(),
    );
    // typing (keyup) saves after a pause, without leaving the field
    const profile = page.getByLabel('よく見られる支援対象者像');
    await autosaving(page, async () => {
      await profile.fill('20代前半の男性が多く、家族からの相談が入口になることが多い。');
      await profile.press('End');
    });
    await expect.poll(() => autosaveStatus(page).innerText()).toMatch(/下書きを保存しました \d{2}:\d{2}/);
    // nothing may overflow sideways on a phone
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'j2-phone-draft');
  });

  it('finds the draft again after the tab was closed', async () => {
    await page.close();
    page = await newPage(phone, problems);
    await page.goto(seed.agencies[0].link + '/questionnaire');
    expect(
      await question(page, /運営主体/)
        .getByRole('radio', { name: 'NPO法人' })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByLabel('よく見られる支援対象者像').inputValue()).toContain('家族からの相談が入口');
  });

  it('refuses an incomplete submission in Japanese and keeps every answer', async () => {
    await page.getByRole('button', { name: '提出する' }).click();
    await page.waitForLoadState();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().innerText()).toMatch(/[\u3040-\u30ff]/);
    expect(
      await question(page, /運営主体/)
        .getByRole('radio', { name: 'NPO法人' })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByLabel('よく見られる支援対象者像').inputValue()).toContain('家族からの相談が入口');
    await a11y.check(page, 'questionnaire with errors (phone)');
    await shot(page, 'j2-phone-errors');
  });

  it('submits once everything required is answered', async () => {
    await question(page, /従事者が持っている資格/)
      .getByRole('checkbox', { name: '社会福祉士' })
      .check();
    await question(page, /集計期間/)
      .getByRole('radio', { name: '前年度（4月〜翌年3月）' })
      .check();
    const bands = question(page, /年齢帯別/);
    for (const [label, value] of BANDS) await bands.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel(/延べ対応回数/).fill('140');
    await question(page, /行っている支援の内容/)
      .getByRole('checkbox', { name: '窓口での相談支援' })
      .check();
    await autosaving(page, () =>
      question(page, /連携している関係機関/)
        .getByRole('checkbox', { name: '地域包括支援センター' })
        .check(),
    );
    await page.getByRole('button', { name: '提出する' }).click();
    await page.waitForURL(/\/questionnaire\?submitted/);
    await page.getByText(/提出/).first().waitFor();
    await a11y.check(page, 'questionnaire submitted (phone)');
    await shot(page, 'j2-phone-submitted');
  });

  it('shows staff the submitted numbers in the results chart', async () => {
    const staff = await browser.newContext({ locale: 'ja-JP' });
    try {
      const staffPage = await newPage(staff, problems);
      await login(staffPage, server.url, STAFF.email, STAFF.password);
      await staffPage.goto(`${server.url}/projects/${seed.projectId}/questionnaire/results`);
      const chart = staffPage.getByRole('img', { name: /年齢帯別の支援件数と支援機関/ });
      await chart.waitFor();
      // 22 people in total; the 19〜24 band has 7 of them
      expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
      expect(await staffPage.locator('#chart-age-bands').innerHTML()).toContain('19〜24歳');
      expect(await staffPage.getByRole('img', { name: /19〜24歳 7人/ }).count()).toBeGreaterThan(0);
      await a11y.check(staffPage, 'questionnaire results');
      await shot(staffPage, 'j2-results');
    } finally {
      await staff.close();
    }
  });

  it('showed no script errors, CSP violations or broken assets', () => {
    expect(problems).toEqual([]);
  });
});
