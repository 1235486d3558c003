// PDF via headless Chromium (Debian package `chromium`). Loaded lazily so the server starts
// and the HTML print path works on machines without a browser.
//
// One browser is kept warm: launching Chromium costs seconds on a small machine, rendering a
// packet in an open browser well under one. It starts on the first PDF, is relaunched after a
// crash or after RECYCLE_AFTER renders (Chromium's memory creeps), and closes after IDLE_MS
// without work. Renders wait in a queue, one at a time, so the other pages stay quick.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath());
}

export const CHROMIUM_INSTALL_HINT =
  'PDFの作成にはサーバーに Chromium と日本語フォントが必要です。管理者がサーバーで `sudo apt-get install -y chromium fonts-morisawa-bizud-gothic fonts-noto-cjk` を実行してください。それまでは「印刷用表示」からブラウザの印刷機能で PDF に保存できます。';

const RECYCLE_AFTER = 50;
const IDLE_MS = 5 * 60_000;

let browser: Promise<Browser> | null = null;
/** The launched browser itself, to tell a crash (disconnected) from a failing page. */
let current: Browser | null = null;
let renders = 0;
let idleTimer: NodeJS.Timeout | undefined;

async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const b = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  b.on('disconnected', () => {
    if (current === b) browser = null;
  });
  current = b;
  renders = 0;
  return b;
}

function warmBrowser(): Promise<Browser> {
  if (!browser) {
    browser = launch();
    browser.catch(() => (browser = null));
  }
  return browser;
}

/** Closes the warm browser (the CLI and tests call this so the process can exit). */
export async function closePdfBrowser(): Promise<void> {
  clearTimeout(idleTimer);
  const b = browser;
  browser = null;
  current = null;
  await (await b?.catch(() => null))?.close().catch(() => undefined);
}

type PageWork<T> = (page: Page) => Promise<T>;

/** One job in a fresh context of the warm browser, on `html` with the network blocked. */
async function inPage<T>(html: string, work: PageWork<T>, deviceScaleFactor?: number): Promise<T> {
  const b = await warmBrowser();
  const context = await b.newContext({ javaScriptEnabled: false, deviceScaleFactor });
  try {
    const page = await context.newPage();
    // Nothing printed needs the network: block it so a stray URL cannot be fetched.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await work(page);
  } finally {
    await context.close().catch(() => undefined);
  }
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` on `html` in the warm browser, one job at a time (a relaunch after a crash, after
 * RECYCLE_AFTER jobs, or after IDLE_MS without one).
 */
export function inWarmBrowser<T>(html: string, work: PageWork<T>, deviceScaleFactor?: number): Promise<T> {
  const job = queue.then(async () => {
    clearTimeout(idleTimer);
    if (renders >= RECYCLE_AFTER) await closePdfBrowser();
    let result: T;
    try {
      result = await inPage(html, work, deviceScaleFactor);
    } catch (error) {
      // A crashed or closed browser: start a fresh one and try once more.
      if (current?.isConnected()) throw error;
      await closePdfBrowser();
      result = await inPage(html, work, deviceScaleFactor);
    }
    renders++;
    idleTimer = setTimeout(() => void closePdfBrowser(), IDLE_MS);
    idleTimer.unref();
    return result;
  });
  queue = job.catch(() => undefined);
  return job;
}

/** Renders a complete HTML document to an A4 PDF (page size and margins come from its @page rules). */
export function htmlToPdf(html: string): Promise<Buffer> {
  // tagged: reading order and structure for screen readers; outline: the section headings as bookmarks
  return inWarmBrowser(html, (page) =>
    page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true }),
  );
}
