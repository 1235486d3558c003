// Journey 4: a live network meeting. The facilitator opens group work, the projector shows the
// wall, a participant joins on a phone with the code and writes a card, and the card appears
// on the wall without the wall being reloaded.
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

const CARD = '夜間や休日にも電話で相談を受けられる';

describe('journey 4: live meeting with a participant and the wall', () => {
  let server: ServerProcess;
  let seed: Seeded;
  let browser: Browser;
  let facilitator: Page;
  let wall: Page;
  let phone: Page;
  let code = '';
  const problems: string[] = [];
  const a11y = new A11yLog('journey4');

  beforeAll(async () => {
    [{ server, seed }, browser] = await Promise.all([startSeededServer(), launchBrowser()]);
  });

  afterAll(async () => {
    a11y.write();
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  const meetingUrl = () => `${server.url}/projects/${seed.projectId}/meetings/${seed.meeting.id}`;

  it('opens group work and shows a join code', async () => {
    facilitator = await newPage(await browser.newContext({ locale: 'ja-JP' }), problems);
    await login(facilitator, server.url, STAFF.email, STAFF.password);
    await facilitator.goto(`${meetingUrl()}/group-work`);
    await a11y.check(facilitator, 'group-work console (draft)');
    await facilitator.getByRole('button', { name: '会議を開始して参加コードを発行' }).click();
    const digits = facilitator.getByLabel('参加コード');
    await digits.waitFor();
    code = (await digits.innerText()).replace(/\D/g, '');
    expect(code).toMatch(/^\d{6}$/);
    // a network meeting approves every card before the wall by default; this meeting shows them at once
    await facilitator.getByRole('button', { name: 'すぐ投影にする' }).click();
    await facilitator.getByRole('button', { name: '確認してから投影にする' }).waitFor();
    await a11y.check(facilitator, 'group-work console (open)');
  });

  it('puts the wall up in its own browser', async () => {
    wall = await newPage(
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1920, height: 1080 } }),
      problems,
    );
    await login(wall, server.url, STAFF.email, STAFF.password);
    await wall.goto(`${meetingUrl()}/wall`);
    await wall.locator('.wall-view').waitFor();
    // a marker that survives only as long as the page is not reloaded
    await wall.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await a11y.check(wall, 'wall');
  });

  it('lets a participant join on a phone with the code', async () => {
    phone = await newPage(
      await browser.newContext({
        locale: 'ja-JP',
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      }),
      problems,
    );
    await phone.goto(`${server.url}/join`);
    await a11y.check(phone, 'join (phone)');
    await phone.getByLabel('会議コード（6桁）').fill('000000');
    await phone.getByRole('button', { name: '参加する' }).click();
    await phone.getByText('この会議コードの会議は見つからないか、すでに終了しています').waitFor();

    await phone.getByLabel('会議コード（6桁）').fill(code);
    await phone.getByRole('button', { name: '参加する' }).click();
    await phone.getByRole('heading', { name: 'グループを選んでください' }).waitFor();
    await a11y.check(phone, 'choose group (phone)');
    await phone.getByLabel('新しいグループを作る（グループ名）').fill('Aグループ');
    await phone.getByLabel('所属機関（任意）').selectOption({ label: seed.agencies[0].name });
    await phone.getByRole('button', { name: 'このグループで参加する' }).click();
    await phone.getByLabel(/についてカードを書く$/).waitFor();
    await a11y.check(phone, 'group sheet (phone)');
  });

  it('shows the participant’s card on the wall without a reload', async () => {
    await phone.getByLabel(/についてカードを書く$/).fill(CARD);
    const written = Date.now();
    await phone.getByRole('button', { name: 'カードを追加' }).click();
    await wall.getByText(CARD).waitFor({ timeout: 5000 });
    const latency = Date.now() - written;
    expect(await wall.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(latency).toBeLessThan(5000);
    await phone.getByText(CARD).first().waitFor();
    await shot(wall, 'j4-wall');
    await shot(phone, 'j4-phone-sheet');
    await a11y.check(wall, 'wall with a card');
  });

  it('logged the participant’s requests with the join code masked', () => {
    const paths = server.stdout.filter((l) => l.startsWith('{')).map((l) => (JSON.parse(l) as { path: string }).path);
    expect(paths).toContain('/m/:code');
    expect(paths.some((p) => p.startsWith('/m/:code/g/'))).toBe(true);
    expect(server.stdout.join('\n')).not.toContain(`/m/${code}`);
  });

  it('showed no script errors, CSP violations or broken assets', () => {
    expect(problems).toEqual([]);
  });
});
