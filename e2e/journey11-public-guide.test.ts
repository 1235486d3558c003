// Journey 11: staff publish the 相談先ガイド, an agency checks its own entry on its link, a
// resident finds it on a phone by age and need (no cookie, nothing from another server), and
// the A4 leaflet prints with the QR code.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  A11yLog,
  ARTIFACTS,
  STAFF,
  launchBrowser,
  login,
  newPage,
  shot,
  startSeededServer,
  type Seeded,
  type ServerProcess,
} from './harness.ts';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

describe('journey 11: public consultation guide', { timeout: 90_000 }, () => {
  let server: ServerProcess;
  let seed: Seeded;
  let browser: Browser;
  let staff: Page;
  let publicUrl = '';
  const problems: string[] = [];
  const offsite: string[] = [];
  const a11y = new A11yLog('journey11');

  beforeAll(async () => {
    [{ server, seed }, browser] = await Promise.all([startSeededServer(), launchBrowser()]);
    staff = await newPage(await browser.newContext({ locale: 'ja-JP' }), problems);
  });

  afterAll(async () => {
    a11y.write();
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('staff publish the guide from the resource map', async () => {
    await login(staff, server.url, STAFF.email, STAFF.password);
    await staff.goto(`${server.url}/projects/${seed.projectId}/resource-map`);
    await staff.getByRole('link', { name: /相談先ガイド/ }).click();
    await staff.getByLabel('公開する').check();
    await staff.getByRole('button', { name: '保存する' }).click();
    await expect(staff.getByText('相談先ガイドの設定を保存しました。')).toBeTruthy();
    publicUrl = (await staff.locator('code.link-text').textContent())!.trim();
    expect(publicUrl).toMatch(/\/guide\/[a-z0-9]+$/);
    await a11y.check(staff, 'guide settings');
    await shot(staff, 'journey11-staff-settings');
  });

  it('an agency checks its entry on its own link (phone)', async () => {
    const phone = await newPage(await browser.newContext({ locale: 'ja-JP', ...PHONE }), problems);
    await phone.goto(seed.agencies[0].link);
    await phone.getByRole('link', { name: /相談先ガイド/ }).click();
    await phone
      .getByLabel('相談できること')
      .fill('10代後半から30代のひきこもりの相談。不登校や中退後の進路の相談も受けています。');
    const needs = phone.getByRole('group', { name: /さがすときの項目/ });
    await needs.getByLabel('学校に行っていない・学校のこと').check();
    await needs.getByLabel('家族の相談（本人が来られなくても）').check();
    await phone.getByLabel('連絡先・相談の方法').fill('電話 0422-00-0000（予約制）／みどり市中央1-1 あおば会館2階');
    await phone.getByLabel('受付時間').fill('火〜土 10時〜18時');
    await phone.getByLabel(/家族だけの相談/).check();
    await a11y.check(phone, 'agency guide entry');
    await phone.getByRole('button', { name: 'この内容で掲載する' }).click();
    await phone.getByText('掲載内容を確認しました').waitFor();
    await shot(phone, 'journey11-agency-entry');
    await phone.context().close();
  });

  it('a resident finds it by age and need on a phone, with no cookie and nothing from elsewhere', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', ...PHONE });
    const resident = await newPage(context, problems);
    resident.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) offsite.push(r.url());
    });
    await resident.goto(publicUrl);
    await resident.getByLabel(/年齢/).selectOption({ label: '16〜18歳' });
    await resident.getByLabel('相談したいこと').selectOption({ label: '学校に行っていない・学校のこと' });
    await resident.getByRole('button', { name: 'さがす' }).click();
    await resident.getByText('条件に合う相談先：1か所').waitFor();
    expect(await resident.getByRole('heading', { name: 'NPO法人 あおばの会' }).isVisible()).toBe(true);
    // みどり市 生活福祉課 never checked an entry: it is not listed
    expect(await resident.getByText('生活福祉課').count()).toBe(0);
    await a11y.check(resident, 'public guide');
    await shot(resident, 'journey11-public-phone');
    await resident.getByLabel(/年齢/).selectOption({ label: '40代' });
    await resident.getByRole('button', { name: 'さがす' }).click();
    await resident.getByText('条件に合う相談先：0か所').waitFor();
    await resident.getByRole('link', { name: 'ふりがなをつける' }).click();
    expect(await resident.locator('ruby').count()).toBeGreaterThan(0);
    expect(await context.cookies()).toEqual([]);
    expect(offsite).toEqual([]);
    await context.close();
  });

  it('prints the A4 leaflet with the QR code and the entry', async () => {
    const page = await newPage(await browser.newContext({ locale: 'ja-JP' }), problems);
    await page.goto(`${publicUrl}/leaflet`);
    await a11y.check(page, 'guide leaflet');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = join(ARTIFACTS, 'journey11-leaflet.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('NPO法人 あおばの会');
    expect(text).toContain('家族だけの相談もできます');
    expect(await page.locator('.guide-qr svg').count()).toBe(1);
    await shot(page, 'journey11-leaflet');
    expect(problems).toEqual([]);
  });
});
