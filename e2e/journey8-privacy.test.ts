// Journey 8 (issue 15): staff register a closed 支援会議, review the 公開範囲の確認 before issuing a
// network meeting's packet (an unshared hearing passage shows as 「ある機関」 and stays off another
// agency's link), issue the 支援会議 packet marked 取扱注意・回収, and see it is 404 on agency links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openDb } from '../src/db/client.ts';
import { hearingRecords } from '../src/db/schema.ts';
import { insertPassage, listThemes } from '../src/hearings/queries.ts';
import { STAFF, launchBrowser, login, newPage, startSeededServer, type Seeded, type ServerProcess } from './harness.ts';

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots/h5';
const HIDDEN = '家族が相談をためらっている。';

describe('journey 8: privacy before issue', () => {
  let server: ServerProcess;
  let seed: Seeded;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    [{ server, seed }, browser] = await Promise.all([startSeededServer(), launchBrowser()]);
    page = await newPage(
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } }),
      problems,
    );
    mkdirSync(SHOTS, { recursive: true });
    // a hearing of the first agency with one passage it did not agree to share (WAL: the server sees it)
    const db = openDb(server.dbPath);
    const hearing = db
      .insert(hearingRecords)
      .values({
        projectId: seed.projectId,
        agencyId: seed.agencies[0].id,
        date: '2024-06-20',
        sections: { consult: `${HIDDEN}訪問の体制が足りない。` },
        updatedAt: '2024-06-20T00:00:00Z',
      })
      .returning()
      .get();
    const theme = listThemes(db, seed.projectId)[0];
    insertPassage(db, seed.projectId, hearing.id, { sectionId: 'consult', excerpt: HIDDEN, themeIds: [theme.id] });
    db.$client.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('registers a 支援会議 and says what the kind allows', async () => {
    await login(page, server.url, STAFF.email, STAFF.password);
    await page.goto(`${server.url}/projects/${seed.projectId}/meetings/new`);
    await page.getByLabel('会議の種類').selectOption('support_meeting');
    await page.getByLabel('会議名').fill('第1回 支援会議（個別ケース）');
    await page.getByLabel('開催日').fill('2024-08-05');
    await shot('j8-meeting-form');
    await page
      .getByRole('button', { name: /保存|作成|登録/ })
      .first()
      .click();
    await page.getByText('守秘義務のある構成員だけの会議です').first().waitFor();
    await shot('j8-support-meeting');
  }, 90_000);

  it('reviews the 公開範囲の確認 before issuing the network meeting packet', async () => {
    const builder = `${server.url}/projects/${seed.projectId}/meetings/${seed.meeting.id}/packet`;
    await page.goto(builder);
    // make sure the hearing section is in the packet, then save
    const hearings = page.locator('input[name="include_hearings"]');
    if (!(await hearings.isChecked())) {
      await hearings.check();
      await page.getByRole('button', { name: '設定を保存する' }).click();
      await page.waitForURL(/saved=1/);
    }
    const review = page.locator('section.disclosure-review');
    await review.getByRole('heading', { name: '公開範囲の確認' }).waitFor();
    expect(await review.textContent()).toContain('機関名を伏せる（「ある機関」）');
    expect(await review.textContent()).toContain(HIDDEN);
    await review.scrollIntoViewIfNeeded();
    await shot('j8-disclosure-review');
    // the issue button needs the box ticked
    await page.getByLabel('公開範囲を確認しました（上の一覧の項目と届く相手）').check();
    await page.getByRole('button', { name: '現在の内容で発行する' }).click();
    await page.waitForURL(/issued=1/);
    // on the other agency's link the passage is not there; the packet is
    await page.goto(`${seed.agencies[1].link}/meetings/${seed.meeting.id}/packet`);
    expect(await page.locator('body').textContent()).not.toContain(HIDDEN);
    await shot('j8-agency-link-packet');
  }, 90_000);

  it('issues the 支援会議 packet marked 取扱注意・回収 and keeps it off agency links', async () => {
    await page.goto(`${server.url}/projects/${seed.projectId}/meetings`);
    await page
      .getByRole('link', { name: /支援会議（個別ケース）/ })
      .first()
      .click();
    const meetingUrl = page.url();
    const sid = /meetings\/(\d+)/.exec(meetingUrl)![1];
    await page.goto(`${server.url}/projects/${seed.projectId}/meetings/${sid}/packet`);
    await page.getByLabel('公開範囲を確認しました（上の一覧の項目と届く相手）').check();
    await page.getByRole('button', { name: '現在の内容で発行する' }).click();
    await page.waitForURL(/issued=1/);
    await page.goto(`${server.url}/projects/${seed.projectId}/meetings/${sid}/packet.html`);
    expect(await page.locator('body').textContent()).toContain('取扱注意・回収（支援会議）');
    await shot('j8-support-packet');
    for (const a of seed.agencies) {
      const res = await page.request.get(`${a.link}/meetings/${sid}/packet`);
      expect(res.status()).toBe(404);
    }
    const phone = await newPage(
      await browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 } }),
      problems,
    );
    await login(phone, server.url, STAFF.email, STAFF.password);
    await phone.goto(`${server.url}/projects/${seed.projectId}/meetings/${seed.meeting.id}/packet`);
    await phone.locator('#disclosure').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: join(SHOTS, 'j8-disclosure-phone.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, 120_000);
});
