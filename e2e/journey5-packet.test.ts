// Journey 5: staff download the meeting packet as a PDF; the file is a real A4 PDF whose
// Japanese text can be extracted (fonts embedded, not tofu).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
  A11yLog,
  ARTIFACTS,
  STAFF,
  launchBrowser,
  login,
  newPage,
  startSeededServer,
  type Seeded,
  type ServerProcess,
} from './harness.ts';

describe('journey 5: packet PDF', () => {
  let server: ServerProcess;
  let seed: Seeded;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const a11y = new A11yLog('journey5');
  const pdfPath = join(ARTIFACTS, 'j5-packet.pdf');

  beforeAll(async () => {
    [{ server, seed }, browser] = await Promise.all([startSeededServer(), launchBrowser()]);
    page = await newPage(await browser.newContext({ locale: 'ja-JP' }), problems);
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    a11y.write();
    await browser?.close();
    await server?.stop();
    server?.cleanup();
  });

  it('finds the packet from the meeting and fetches the PDF', async () => {
    await login(page, server.url, STAFF.email, STAFF.password);
    await page.goto(`${server.url}/projects/${seed.projectId}/meetings/${seed.meeting.id}`);
    await page
      .getByRole('link', { name: /会議資料/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: '会議資料' }).waitFor();
    await a11y.check(page, 'packet builder');
    // Chromium would show the PDF inline (Content-Disposition: inline) in its viewer; download
    // the link's target with the page's own session instead, as "save link as" would
    const href = await page.getByRole('link', { name: 'PDF', exact: true }).getAttribute('href');
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(response.headers()['content-disposition']).toMatch(/filename="[^"]+\.pdf"/);
    writeFileSync(pdfPath, await response.body());
  });

  it('is an A4 PDF with the meeting’s Japanese text', () => {
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain(seed.meeting.title);
    expect(text).toContain('実態調査の結果共有'); // agenda
    // a picture of the cover for a person to look at
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdfPath, join(ARTIFACTS, 'j5-packet-page')]);
  });

  it('showed no script errors, CSP violations or broken assets', () => {
    expect(problems).toEqual([]);
  });
});
