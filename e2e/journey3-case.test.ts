// Journey 3: an agency writes a case sheet, the personal-information guard stops it at the
// name and phone number it contains, the agency rewrites the text and submits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { FIXED_FACTORS } from '../src/lib/labels/cases.ts';

const IDENTIFYING = '山田太郎さん（090-1234-5678）は高校中退後に自宅にこもるようになり、母親から相談があった。';
const ANONYMISED = '20代前半の男性。高校中退後に自宅にこもるようになり、母親から相談があった。';

describe('journey 3: case sheet with the personal-information guard', () => {
  let server: ServerProcess;
  let seed: Seeded;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const a11y = new A11yLog('journey3');

  beforeAll(async () => {
    [{ server, seed }, browser] = await Promise.all([startSeededServer(), launchBrowser()]);
    page = await newPage(await browser.newContext({ locale: 'ja-JP' }), problems);
  });

  afterAll(async () => {
    a11y.write();
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  const group = (name: string | RegExp) => page.getByRole('group', { name });

  it('starts a new case sheet from the agency page', async () => {
    await page.goto(seed.agencies[0].link);
    await page.getByRole('link', { name: '支援事例シートの提出' }).click();
    await page.getByRole('button', { name: '新しい事例を書く' }).click();
    await page.getByLabel('事例の概要').waitFor();
    await a11y.check(page, 'new case sheet');
  });

  it('blocks submission while the text names a person and a phone number', async () => {
    await group(/事例の区分/)
      .getByRole('radio', { name: '困難事例' })
      .check();
    await page.getByLabel('年齢帯').selectOption({ label: '19〜24歳' });
    await page.getByLabel('ひきこもり期間').selectOption({ label: '1〜3年' });
    await group(/^性別/).getByRole('radio', { name: '男性' }).check();
    await page.getByLabel('最初の相談者').selectOption({ label: '家族・親族' });
    await group(/情報提供についての同意/)
      .getByRole('radio', { name: '本人同意あり' })
      .check();
    for (const f of FIXED_FACTORS) await group(f.label).getByRole('radio', { name: '不明' }).check();
    await page.getByLabel('事例の概要').fill(IDENTIFYING);
    await page.getByRole('button', { name: '提出する' }).click();

    const panel = page.getByRole('heading', { name: /個人を特定できる情報の可能性があるため、提出できません/ });
    await panel.waitFor();
    const panelText = await page.locator('#pii').innerText();
    expect(panelText).toContain('山田太郎');
    expect(panelText).toContain('090-1234-5678');
    // the typed text is kept, and nothing was submitted
    expect(await page.getByLabel('事例の概要').inputValue()).toBe(IDENTIFYING);
    await a11y.check(page, 'case sheet blocked by the guard');
    await shot(page, 'j3-pii-blocked');
  });

  it('submits once the text is anonymised', async () => {
    await page.getByLabel('事例の概要').fill(ANONYMISED);
    await page.getByRole('button', { name: '提出する' }).click();
    await page.getByText('事例シートを提出しました').waitFor();
    expect(await page.locator('body').innerText()).not.toContain('山田太郎');
    await a11y.check(page, 'case submitted');
    await shot(page, 'j3-submitted');
  });

  it('shows staff the submitted, anonymised case', async () => {
    const staff = await newPage(await browser.newContext({ locale: 'ja-JP' }), problems);
    await login(staff, server.url, STAFF.email, STAFF.password);
    await staff.goto(`${server.url}/projects/${seed.projectId}/cases`);
    await staff.getByText(seed.agencies[0].name).first().waitFor();
    const list = await staff.locator('main').innerText();
    expect(list).toContain('困難事例');
    await a11y.check(staff, 'staff case list');
  });

  it('showed no script errors, CSP violations or broken assets', () => {
    expect(problems).toEqual([]);
  });
});
