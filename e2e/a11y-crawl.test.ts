// Every page the app can show, opened in Chromium by the person it is for and checked with
// axe-core: a new page with an unlabelled input or unreadable contrast fails here even before
// a journey covers it. Data comes from the same world the authorization matrix uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { buildWorld, fillPath, registeredRoutes, type World } from '../tests/world.ts';
import { A11yLog, launchBrowser, newPage, startServer, type KnownIssue, type ServerProcess } from './harness.ts';

// downloads, streams and machine endpoints are not pages
const NOT_PAGES = /(\.(pdf|xlsx|csv|json|zip)|\/docx|\/download|\/events|\/healthz|\/static\/:file)$/;
// Pages the shared world cannot open (a published guide, a live one-time link: the authorization
// matrix keeps them unknown). Journey 11 runs axe on the guide page and its leaflet, journey 6 on
// the invitation page; the poster and the reset page share their markup.
const CHECKED_IN_JOURNEYS: Record<string, string> = {
  '/guide/:slug': 'journey11',
  '/guide/:slug/leaflet': 'journey11',
  '/guide/:slug/poster': 'journey11',
  '/invite/:token': 'journey6',
  '/reset/:token': 'journey6',
};
const pages = registeredRoutes()
  .filter((r) => r.startsWith('GET ') && !NOT_PAGES.test(r) && !(r.slice(4) in CHECKED_IN_JOURNEYS))
  .map((r) => r.slice(4));

// Serious findings reported to the page's owner; remove a line once it is fixed.
const KNOWN: KnownIssue[] = [];

describe('accessibility of every page', () => {
  let world: World;
  let server: ServerProcess;
  let browser: Browser;
  let dir: string;
  const contexts: Record<'staff' | 'agency' | 'participant', BrowserContext> = {} as never;
  const problems: string[] = [];
  const a11y = new A11yLog('crawl', KNOWN);

  beforeAll(async () => {
    world = buildWorld();
    dir = mkdtempSync(join(tmpdir(), 'renkei-a11y-'));
    const dbPath = join(dir, 'renkei.db');
    writeFileSync(dbPath, world.db.$client.serialize());
    [server, browser] = await Promise.all([startServer({ dbPath }), launchBrowser()]);
    const cookie = (name: string, value: string) => ({ name, value, url: server.url });
    for (const [who, cookies] of [
      ['staff', [cookie('renkei_session', world.sessions.admin)]],
      ['agency', []],
      ['participant', [cookie('renkei_participant', world.participants.group1)]],
    ] as const) {
      contexts[who] = await browser.newContext({ locale: 'ja-JP' });
      await contexts[who].addCookies([...cookies]);
    }
  });

  afterAll(async () => {
    a11y.write();
    await browser?.close();
    await server?.stop();
    server?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const path of pages) {
    it(path, async () => {
      const who = path.startsWith('/a/')
        ? 'agency'
        : path.startsWith('/m/') || path === '/join'
          ? 'participant'
          : 'staff';
      const page = await newPage(contexts[who], problems);
      try {
        const response = await page.goto(server.url + fillPath(path, world, { token: world.tokens.agencyA }));
        expect(response?.status(), `${path} answered ${response?.status()}`).toBeLessThan(400);
        await a11y.check(page, path);
      } finally {
        await page.close();
      }
    });
  }

  it('showed no script errors, CSP violations or broken assets', () => {
    expect(problems).toEqual([]);
  });
});
