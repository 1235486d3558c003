// PDF via headless Chromium (Debian package `chromium`). Loaded lazily so the server starts
// and the HTML print path works on machines without a browser.
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath());
}

export const CHROMIUM_INSTALL_HINT =
  'PDFの作成にはサーバーに Chromium と日本語フォントが必要です。管理者がサーバーで `sudo apt-get install -y chromium fonts-noto-cjk` を実行してください。それまでは「印刷用表示」からブラウザの印刷機能で PDF に保存できます。';

// One render at a time: Chromium is heavy and the machine is small.
let queue: Promise<unknown> = Promise.resolve();

/** Renders a complete HTML document to an A4 PDF (page size and margins come from its @page rules). */
export function htmlToPdf(html: string): Promise<Buffer> {
  const job = queue.then(async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      // Nothing in a packet needs the network: block it so a stray URL cannot be fetched.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true });
    } finally {
      await browser.close();
    }
  });
  queue = job.catch(() => undefined);
  return job;
}
