// Journey 10: the year closes. An agency replies 出席 on its own link, staff tick who came on the
// roll-call, edit the generated minutes draft and issue it as 第1版, the agency reads it on its
// link; then staff create next year's project and its results page shows the age bands of both years.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
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
import { openDb } from '../src/db/client.ts';
import { agencies, meetings, questionnaireResponses } from '../src/db/schema.ts';
import { AGE_BAND_KEYS } from '../src/lib/labels/questionnaire.ts';
import { todayJst } from '../src/lib/time.ts';

/** Submitted age-band counts (15歳以下 … 65歳以上) for each agency, in seed order. */
function answer(db: ReturnType<typeof openDb>, projectId: number, agencyId: number, counts: number[]) {
  const now = new Date().toISOString();
  db.insert(questionnaireResponses)
    .values({
      projectId,
      agencyId,
      status: 'submitted',
      savedAt: now,
      submittedAt: now,
      answers: { caseload_by_age_band: Object.fromEntries(AGE_BAND_KEYS.map((k, i) => [k, counts[i]])) },
    })
    .run();
}

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

describe('journey 10: attendance, minutes and next year', { timeout: 120_000 }, () => {
  let server: ServerProcess;
  let seed: Seeded;
  let browser: Browser;
  let staff: Page;
  let agency: Page;
  let nextProjectId = 0;
  const problems: string[] = [];
  const a11y = new A11yLog('journey10');

  beforeAll(async () => {
    [{ server, seed }, browser] = await Promise.all([startSeededServer(), launchBrowser()]);
    // the meeting is today (so the agency can still reply) and this year's questionnaire is in
    const db = openDb(server.dbPath);
    db.update(meetings).set({ date: todayJst() }).where(eq(meetings.id, seed.meeting.id)).run();
    answer(db, seed.projectId, seed.agencies[0].id, [2, 5, 8, 6, 4, 1, 3, 0, 0]);
    answer(db, seed.projectId, seed.agencies[1].id, [0, 2, 3, 3, 5, 2, 4, 2, 1]);
    db.$client.close();
    const context = async (options = {}) => {
      const ctx = await browser.newContext({ locale: 'ja-JP', ...options });
      ctx.setDefaultTimeout(15_000);
      return newPage(ctx, problems);
    };
    // the agency replies and reads on a phone
    [staff, agency] = await Promise.all([context(), context(PHONE)]);
    await login(staff, server.url, STAFF.email, STAFF.password);
  });

  afterAll(async () => {
    a11y.write();
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('an agency replies 出席 with two people on its own link', async () => {
    await agency.goto(seed.agencies[0].link);
    await agency.getByRole('link', { name: /会議の出欠・議事録/ }).click();
    const card = agency.locator(`#meeting-${seed.meeting.id}`);
    await card.getByRole('radio', { name: '出席' }).check();
    await card.getByLabel('出席人数（出席の場合）').fill('2');
    await card.getByLabel('出席者のお名前（任意）').fill('青葉、緑川');
    await card.getByRole('button', { name: '回答する' }).click();
    await agency.getByText('出欠の回答を受け付けました。').waitFor();
    expect(await card.innerText()).toContain('ご回答：出席（2名）');
    await noSidewaysScroll(agency);
    await a11y.check(agency, 'agency meetings');
    await shot(agency, 'j10-agency-rsvp');
  });

  it('staff see the reply on the roll-call and tick who came', async () => {
    await staff.goto(`${server.url}/projects/${seed.projectId}/meetings/${seed.meeting.id}`);
    await staff.getByRole('link', { name: /^出欠/ }).click();
    const rollCall = staff.locator('form.roll-call');
    const row = rollCall.getByRole('row', { name: new RegExp(seed.agencies[0].name) });
    expect(await row.innerText()).toContain('出席（2名）');
    await rollCall.getByRole('checkbox', { name: seed.agencies[0].name, exact: true }).check();
    await staff.getByRole('button', { name: '出席を保存' }).click();
    await staff.waitForURL(/done=/);
    expect(await rollCall.getByRole('checkbox', { name: seed.agencies[0].name, exact: true }).isChecked()).toBe(true);
    expect(await rollCall.getByRole('checkbox', { name: seed.agencies[1].name, exact: true }).isChecked()).toBe(false);
    await a11y.check(staff, 'roll-call');
    await shot(staff, 'j10-roll-call');
  });

  it('staff edit the minutes draft (attendance and agenda filled in) and issue 第1版', async () => {
    await staff.goto(`${server.url}/projects/${seed.projectId}/meetings/${seed.meeting.id}`);
    await staff.getByRole('link', { name: /^議事録/ }).click();
    const main = staff.locator('main');
    expect(await main.innerText()).toContain(seed.agencies[0].name);
    expect(await staff.getByLabel('議題').first().inputValue()).toBe('実態調査の結果共有');
    expect(await staff.getByLabel('議題').nth(1).inputValue()).toBe('グループワーク');
    await shot(staff, 'j10-minutes-draft');
    // issued straight after typing, before the autosave's pause is over: what is on screen is issued
    await staff.getByLabel('決定事項').fill('次回までに各機関の相談窓口の一覧を持ち寄る');
    await staff.getByRole('button', { name: '第1版として発行' }).click();
    await staff.getByText('議事録を発行しました。').waitFor();
    await staff.getByRole('link', { name: '第1版' }).waitFor();
    await a11y.check(staff, 'minutes');
    await shot(staff, 'j10-minutes-issued');
  });

  it('the agency reads the issued minutes on its link', async () => {
    await agency.reload();
    await agency.getByRole('link', { name: '議事録を読む（第1版）' }).click();
    const text = await agency.locator('body').innerText();
    expect(text).toContain('次回までに各機関の相談窓口の一覧を持ち寄る');
    expect(text).toContain('実態調査の結果共有');
    expect(text).toContain(seed.agencies[0].name);
    await noSidewaysScroll(agency);
    await a11y.check(agency, 'agency minutes');
    await shot(agency, 'j10-agency-minutes');
  });

  it('a phone number typed before 第2版 is flagged; confirmed, it is issued', async () => {
    await staff.getByLabel('助言者コメント').fill('詳しくは 090-1234-5678 まで');
    await staff.getByRole('button', { name: '第2版として発行' }).click();
    await staff.getByRole('alert').filter({ hasText: '090-1234-5678' }).waitFor();
    expect(await staff.getByLabel('助言者コメント').inputValue()).toBe('詳しくは 090-1234-5678 まで');
    await shot(staff, 'j10-minutes-pii');
    await staff.getByRole('button', { name: '確認したうえで発行' }).click();
    await staff.getByRole('link', { name: '第2版' }).waitFor();
  });

  it('staff create next year’s project; its results page shows the age bands of both years', async () => {
    await staff.goto(`${server.url}/projects/${seed.projectId}`);
    await staff.getByRole('button', { name: '次年度のプロジェクトを作成' }).click();
    await staff.waitForURL((u) => /^\/projects\/\d+$/.test(u.pathname) && !u.pathname.endsWith(`/${seed.projectId}`));
    nextProjectId = Number(/\/projects\/(\d+)/.exec(staff.url())![1]);
    expect(await staff.locator('h1').innerText()).toContain('令和7年度');
    await shot(staff, 'j10-next-year-dashboard');

    // one agency answers in the new year (its new link's questionnaire is journey 2's subject)
    const db = openDb(server.dbPath);
    const aoba = db.select().from(agencies).where(eq(agencies.projectId, nextProjectId)).all()[0];
    answer(db, nextProjectId, aoba.id, [3, 4, 9, 6, 6, 3, 2, 1, 0]);
    db.$client.close();

    await staff.goto(`${server.url}/projects/${nextProjectId}/questionnaire/results`);
    const block = staff.locator('section', { has: staff.getByRole('heading', { name: /前年度との比較/ }) });
    await block.waitFor();
    const text = await block.innerText();
    expect(text).toContain('令和6年度');
    expect(text).toContain('令和7年度');
    // 19〜24歳: 8 + 3 = 11 last year, 9 this year
    const row = block.getByRole('row', { name: /19〜24歳/ });
    expect((await row.innerText()).split(/\s+/)).toEqual(['19〜24歳', '11', '9', '-2']);
    expect(await block.getByRole('img').count()).toBeGreaterThan(0);
    await a11y.check(staff, 'next-year results');
    // the page is long (every question's results): the comparison is what this journey is about
    await block.screenshot({ path: join(ARTIFACTS, 'j10-next-year-comparison.png') });
  });

  it('showed no script errors, CSP violations or broken assets', () => {
    expect(problems).toEqual([]);
  });
});
