// Journey 9: the moderated wall. At a network meeting a participant posts a card with a name and
// a phone number; the card is held (the phone says why), the wall never shows it; the
// facilitator finds it in the 確認待ち queue, rewrites it and releases it; the wall shows only
// the rewritten card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { STAFF, launchBrowser, login, newPage, startSeededServer, type Seeded, type ServerProcess } from './harness.ts';

const RAW = '山田太郎さん（090-1234-5678）は夜間に電話できる相談先が必要';
const EDITED = 'Aさんは夜間に電話できる相談先が必要';
const SHOTS = '/tmp/shots/h6';

describe('journey 9: a card with personal information is held until the facilitator releases it', () => {
  let server: ServerProcess;
  let seed: Seeded;
  let browser: Browser;
  let facilitator: Page;
  let wall: Page;
  let phone: Page;
  let code = '';
  const problems: string[] = [];
  const snap = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: false });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    [{ server, seed }, browser] = await Promise.all([startSeededServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  const meetingUrl = () => `${server.url}/projects/${seed.projectId}/meetings/${seed.meeting.id}`;

  it('opens the network meeting, whose cards wait for approval by default', async () => {
    facilitator = await newPage(await browser.newContext({ locale: 'ja-JP' }), problems);
    await login(facilitator, server.url, STAFF.email, STAFF.password);
    await facilitator.goto(`${meetingUrl()}/group-work`);
    await facilitator.getByRole('button', { name: '会議を開始して参加コードを発行' }).click();
    const digits = facilitator.getByLabel('参加コード');
    await digits.waitFor();
    code = (await digits.innerText()).replace(/\D/g, '');
    await facilitator.getByText('カードは確認してから投影します。').waitFor();

    wall = await newPage(
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1920, height: 1080 } }),
      problems,
    );
    await login(wall, server.url, STAFF.email, STAFF.password);
    await wall.goto(`${meetingUrl()}/wall`);
    await wall.locator('.wall-view').waitFor();
  });

  it('holds the participant’s card and tells them why', async () => {
    phone = await newPage(
      await browser.newContext({
        locale: 'ja-JP',
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      }),
      problems,
    );
    await phone.goto(`${server.url}/join?code=${code}`);
    await phone.getByRole('button', { name: '参加する' }).click();
    await phone.getByLabel('新しいグループを作る（グループ名）').fill('Aグループ');
    await phone.getByRole('button', { name: 'このグループで参加する' }).click();
    await phone.getByLabel(/についてカードを書く$/).fill(RAW);
    await phone.getByRole('button', { name: 'カードを追加' }).click();
    await phone.getByText(/投影を保留しています：人名（敬称付き）・電話番号/).waitFor();
    await snap(phone, 'j9-phone-held');
    // the wall got the new group but never the card
    await wall.getByRole('heading', { name: 'Aグループ' }).waitFor();
    expect(await wall.content()).not.toContain('090-1234-5678');
  });

  it('lets the facilitator rewrite and release it from the 確認待ち queue; the wall shows only that', async () => {
    const queue = facilitator.locator('#c-queue');
    await queue.getByText(RAW).waitFor();
    await snap(facilitator, 'j9-console-queue');
    await queue.getByRole('link', { name: '編集して投影' }).click();
    await facilitator.getByLabel('投影する内容').fill(EDITED);
    await facilitator.getByRole('button', { name: 'この内容で投影する' }).click();
    await wall.getByText(EDITED).waitFor({ timeout: 5000 });
    const html = await wall.content();
    expect(html).not.toContain('090-1234-5678');
    expect(html).not.toContain('山田');
    await snap(wall, 'j9-wall-released');
    await phone.getByText(EDITED).waitFor();
    await snap(phone, 'j9-phone-released');
  });

  it('showed no script errors, CSP violations or broken assets', () => {
    expect(problems).toEqual([]);
  });
});
