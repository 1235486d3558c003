// Journey 7: staff never lose what they typed and can undo ending a meeting. Two tabs edit one
// case sheet (the second save is refused with both versions), a tab closed mid case-study
// comes back with the text, and a live meeting ended by mistake is reopened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { STAFF, launchBrowser, login, newPage, startSeededServer, type Seeded, type ServerProcess } from './harness.ts';
import { openDb } from '../src/db/client.ts';
import { caseSheets } from '../src/db/schema.ts';

const SHOTS = '/tmp/shots/h4';

/** Desktop (1280) and phone (390) screenshots of what the page shows now. */
async function shots(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('journey 7: staff UX — nothing typed is lost, ending a meeting can be undone', () => {
  let server: ServerProcess;
  let seed: Seeded;
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];
  let caseId = 0;

  beforeAll(async () => {
    [{ server, seed }, browser] = await Promise.all([startSeededServer(), launchBrowser()]);
    // a submitted case to discuss at the seeded network meeting (written beside the running server)
    const db = openDb(server.dbPath);
    caseId = db
      .insert(caseSheets)
      .values({
        projectId: seed.projectId,
        agencyId: seed.agencies[0].id,
        key: 'c1',
        classification: 'difficult',
        summary: '40代男性。親の高齢化で世帯の収入が途絶えた。',
        status: 'submitted',
        savedAt: '2024-11-20T01:00:00.000Z',
        submittedAt: '2024-11-20T01:00:00.000Z',
      })
      .returning()
      .get().id;
    db.$client.close();
    context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    const page = await newPage(context, problems);
    await login(page, server.url, STAFF.email, STAFF.password);
    await page.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('two tabs edit one case sheet: the second save is refused and both versions are shown', async () => {
    const first = await newPage(context, problems);
    await first.goto(`${server.url}/projects/${seed.projectId}/cases/new`);
    await first.getByLabel('事例を提供した機関').selectOption({ label: seed.agencies[1].name });
    await first.getByRole('button', { name: '入力を始める' }).click();
    await first.getByLabel('事例の概要').waitFor();
    const editUrl = first.url();

    const second = await newPage(context, problems);
    await second.goto(editUrl);

    await first.getByLabel('事例の概要').fill('一つ目のタブで書いた概要');
    await first.getByRole('button', { name: '下書き保存' }).click();
    await first.getByText('下書きを保存しました。').waitFor();

    await second.getByLabel('事例の概要').fill('二つ目のタブで書いた概要');
    await second.getByRole('button', { name: '下書き保存' }).click();
    const panel = second.locator('#conflict');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('他の人が先にこのシートを保存したため、あなたの変更は保存されていません');
    expect(await panel.innerText()).toContain('一つ目のタブで書いた概要');
    expect(await panel.innerText()).toContain('二つ目のタブで書いた概要');
    // the typed text stays in the form
    expect(await second.getByLabel('事例の概要').inputValue()).toBe('二つ目のタブで書いた概要');
    await shots(second, 'case-sheet-conflict');

    // the first tab's text is what is stored
    await first.reload();
    expect(await first.getByLabel('事例の概要').inputValue()).toBe('一つ目のタブで書いた概要');

    // saving again from the conflict view knowingly replaces it
    await second.getByRole('button', { name: '下書き保存' }).click();
    await second.getByText('下書きを保存しました。').waitFor();
    expect(await second.getByLabel('事例の概要').inputValue()).toBe('二つ目のタブで書いた概要');
    await first.close();
    await second.close();
  }, 60_000);

  it('a case-study tab closed while typing: the text is there when the sheet is opened again', async () => {
    const page = await newPage(context, problems);
    await page.goto(`${server.url}/projects/${seed.projectId}/meetings/${seed.meeting.id}/case-studies`);
    await page.getByLabel('検討する事例').selectOption(String(caseId));
    await page.getByRole('button', { name: 'シートを作成' }).click();
    const reason = page.getByLabel('事例の選定理由');
    await reason.waitFor();
    const sheetUrl = page.url();

    // leaving with unsaved text asks first
    await reason.pressSequentially('親の高齢化で');
    const asked = new Promise<string>((ok) =>
      page.once('dialog', (d) => {
        ok(d.type());
        void d.dismiss();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await Promise.race([asked, new Promise((ok) => setTimeout(() => ok('none'), 3000))])).toBe('beforeunload');

    // nobody pressed 保存する: the autosave keeps what was typed
    await page.getByRole('status').getByText('入力内容を自動保存しました').waitFor();
    // the status line already says 保存しました from the first autosave: wait for this one's answer
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/autosave'));
    await reason.pressSequentially('、家計の相談が途切れた。');
    await saved;
    await page.getByRole('status').getByText('入力内容を自動保存しました').waitFor();
    await page.waitForFunction(() => !document.querySelector('.htmx-request'));
    await shots(page, 'case-study-autosaved');
    await page.close({ runBeforeUnload: true });

    const again = await newPage(context, problems);
    await again.goto(sheetUrl);
    expect(await again.getByLabel('事例の選定理由').inputValue()).toBe('親の高齢化で、家計の相談が途切れた。');
    await again.close();
  }, 60_000);

  it('ending a live meeting by mistake is undone by reopening it', async () => {
    const page = await newPage(context, problems);
    await page.goto(`${server.url}/projects/${seed.projectId}/meetings/${seed.meeting.id}/group-work`);
    await page.getByRole('button', { name: '会議を開始して参加コードを発行' }).click();
    await page.getByLabel('参加コード').waitFor();

    let message = '';
    page.once('dialog', (d) => {
      message = d.message();
      void d.accept();
    });
    await page.getByRole('button', { name: '会議を終了する（結果を確定）' }).click();
    await page.getByRole('button', { name: '会議を再開する' }).waitFor();
    expect(message).toContain('会議資料を発行するまでは「会議を再開する」で元に戻せます');
    await shots(page, 'live-console-ended');

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '会議を再開する' }).click();
    await page.getByLabel('参加コード').waitFor();
    expect(await page.getByLabel('参加コード').innerText()).toMatch(/\d/);
    await shots(page, 'live-console-reopened');
    await page.close();
  }, 60_000);

  it('the packet builder prints what is on screen: unsaved settings are saved first when asked', async () => {
    const page = await newPage(context, problems);
    await page.goto(`${server.url}/projects/${seed.projectId}/meetings/${seed.meeting.id}/packet`);
    const comment = page.locator('tr:has(input[name^="include_"]:checked) textarea').first();
    await comment.fill('事務局からの補足：画面で書いたばかりのコメント');
    let message = '';
    page.once('dialog', (d) => {
      message = d.message();
      void d.accept();
    });
    await page.getByRole('link', { name: '印刷用表示（A4）' }).click();
    await page.waitForURL(/\/packet\.html$/);
    expect(message).toBe('未保存の変更があります。設定を保存してから出力しますか？');
    await page.getByText('事務局からの補足：画面で書いたばかりのコメント').first().waitFor();
    await page.close();
  }, 60_000);

  it('nothing broke in the browser', () => {
    expect(problems).toEqual([]);
  });
});
