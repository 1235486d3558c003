// Browser journeys run against the real server (a child process on a temp database) and
// Debian's Chromium. Nothing here skips: a missing browser is a failure, so a green run
// cannot hide a missing install step.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { openDb } from '../src/db/client.ts';
import { createUser } from '../src/auth/queries.ts';
import { createProject, setSurveyWindows } from '../src/projects/queries.ts';
import { agencies, meetings } from '../src/db/schema.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ARTIFACTS = join(root, 'e2e', 'artifacts');
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
  });
}

// Servers still running when the test worker exits (a crashed file skips afterAll) are killed
// with it, so no orphaned server keeps a port or a database open.
const running = new Set<ServerProcess>();
process.once('exit', () => {
  for (const server of running) server.kill('SIGKILL');
});

export type ServerProcess = {
  url: string;
  dbPath: string;
  /** Everything the server wrote to stdout (request log lines among it). */
  stdout: string[];
  stderr: string[];
  child: ChildProcess;
  /** Signals the whole process group (npx → tsx → node). */
  kill(signal?: NodeJS.Signals): void;
  /** Ends the server and waits for it to exit. */
  stop(): Promise<void>;
  /** Removes the temp folder with the database (after stop). */
  cleanup(): void;
};

/**
 * Starts `npx tsx src/server.ts` on a free port and a fresh temp database; resolves once
 * /healthz answers. Pass `dbPath` to start on a database seeded beforehand.
 */
export async function startServer(
  opts: { env?: Record<string, string>; dbPath?: string; port?: number } = {},
): Promise<ServerProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'renkei-e2e-'));
  const dbPath = opts.dbPath ?? join(dir, 'renkei.db');
  const port = opts.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_PATH: dbPath,
    LOG_LEVEL: 'info',
    ...opts.env,
  };
  // vitest sets NODE_ENV=test, which silences the request log; the journeys want the real server
  if (!opts.env?.NODE_ENV) delete env.NODE_ENV;
  const child = spawn('npx', ['tsx', 'src/server.ts'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout!.setEncoding('utf8').on('data', (d: string) => stdout.push(...d.split('\n').filter(Boolean)));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => stderr.push(d));
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  child.once('exit', () => running.delete(server));
  const kill = (signal: NodeJS.Signals = 'SIGTERM') => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    dbPath,
    stdout,
    stderr,
    child,
    kill,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  running.add(server);
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${stderr.join('')}`);
    try {
      const res = await fetch(`${server.url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`server did not answer /healthz within 30 s:\n${stderr.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: run apt-get install -y chromium fonts-noto-cjk poppler-utils (see .ci/run)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Collects what a person would notice as broken: uncaught script errors, console errors
 * (CSP violations among them) and failed requests for our own assets.
 */
export function watch(page: Page, problems: string[]): Page {
  page.on('pageerror', (err) => problems.push(`${page.url()}: script error: ${err.message}`));
  page.on('console', (msg) => {
    // 4xx answers (422 re-render, 401 wrong password) are expected and show up as "Failed to load resource"
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
      problems.push(`${page.url()}: console error: ${msg.text()}`);
  });
  page.on('response', (res) => {
    if (res.url().includes('/static/') && res.status() >= 400) problems.push(`${res.url()}: ${res.status()}`);
  });
  return page;
}

export async function newPage(context: BrowserContext, problems: string[]): Promise<Page> {
  return watch(await context.newPage(), problems);
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

type AxeNode = { target: string[]; html: string; failureSummary?: string };
export type AxeViolation = { id: string; impact: string | null; help: string; nodes: AxeNode[] };
export type A11yFinding = {
  page: string;
  url: string;
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
};

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/**
 * Runs axe-core on the current page. The script is evaluated through the DevTools protocol
 * rather than added as a <script> tag: our CSP (script-src 'self') rightly blocks inline
 * scripts, and the journeys keep CSP switched on so they would notice a page that breaks it.
 */
export async function axe(page: Page, label: string): Promise<A11yFinding[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> };
    };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  return violations.map((v) => ({
    page: label,
    url: new URL(page.url()).pathname.replace(/^\/a\/[^/]+/, '/a/:token'),
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** A serious finding already reported to the owner of the page; it warns instead of failing. */
export type KnownIssue = { url: RegExp; id: string; owner: string };

/**
 * Accessibility bookkeeping for one test file: every finding goes to
 * e2e/artifacts/axe-<name>.json; serious and critical ones fail the test unless listed as known.
 */
export class A11yLog {
  findings: A11yFinding[] = [];
  constructor(
    private name: string,
    private known: KnownIssue[] = [],
  ) {}

  private isKnown(f: A11yFinding): boolean {
    return this.known.some((k) => k.id === f.id && k.url.test(f.url));
  }

  async check(page: Page, label: string): Promise<void> {
    const found = await axe(page, label);
    this.findings.push(...found);
    const blocking = found.filter((f) => (f.impact === 'serious' || f.impact === 'critical') && !this.isKnown(f));
    expect(
      blocking.map((f) => `${f.page} ${f.url}: [${f.impact}] ${f.id} — ${f.help} (${f.targets.join(', ')})`),
    ).toEqual([]);
  }

  write(): void {
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `axe-${this.name}.json`), JSON.stringify(this.findings, null, 2));
    const rest = this.findings.filter((f) => !(f.impact === 'serious' || f.impact === 'critical') || this.isKnown(f));
    if (rest.length)
      console.warn(
        `axe (${this.name}): ${rest.length} known or moderate finding(s):\n` +
          rest.map((f) => `  ${f.url} [${f.impact}] ${f.id}: ${f.help}`).join('\n'),
      );
  }
}

/** Logs a staff user in through the login form. */
export async function login(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

export const STAFF = { name: '保健 花子', email: 'hanako@hokenjo.example.jp', password: 'midori-no-mado-2024' };

export type Seeded = {
  projectId: number;
  agencies: { id: number; name: string; link: string }[];
  meeting: { id: number; title: string };
};

/**
 * Prepares an installation directly in the database file, before the server opens it, so a
 * journey starts where the previous one left off: an administrator (STAFF), a project whose
 * survey windows are open, two agencies with links and a network meeting they attend.
 */
export async function seedInstallation(dbPath: string, baseUrl: string): Promise<Seeded> {
  const db = openDb(dbPath);
  try {
    const admin = await createUser(db, { ...STAFF, role: 'admin' });
    const project = createProject(
      db,
      {
        name: 'みどり市 ひきこもり支援ネットワーク（令和6年度）',
        municipality: 'みどり市',
        fiscalYear: 2024,
        hostHealthCentre: 'みどり保健所',
        adviser: '',
      },
      admin.id,
    );
    setSurveyWindows(
      db,
      project.id,
      (['questionnaire', 'cases', 'hearing'] as const).map((part) => ({
        part,
        opensOn: '2000-04-01',
        closesOn: '2100-03-31',
      })),
    );
    const list = [
      { key: 'a1', name: 'NPO法人 あおばの会', kind: 'NPO', field: 'welfare_ibasho' as const, ageMin: 15, ageMax: 39 },
      {
        key: 'a2',
        name: 'みどり市 生活福祉課',
        kind: '行政部署',
        field: 'welfare_ibasho' as const,
        ageMin: null,
        ageMax: null,
      },
    ].map((a) => {
      const row = db
        .insert(agencies)
        .values({ projectId: project.id, ...a })
        .returning()
        .get();
      return { id: row.id, name: row.name, link: `${baseUrl}/a/${issueAgencyLink(db, row.id)}` };
    });
    const meeting = db
      .insert(meetings)
      .values({
        projectId: project.id,
        key: 'n1',
        kind: 'network',
        title: '第1回 ネットワーク会議',
        date: '2024-07-10',
        startTime: '14:00',
        endTime: '16:00',
        place: 'みどり保健所 大会議室',
        agenda: ['実態調査の結果共有', 'グループワーク'],
        attendeeAgencyIds: list.map((a) => a.id),
      })
      .returning()
      .get();
    return { projectId: project.id, agencies: list, meeting: { id: meeting.id, title: meeting.title } };
  } finally {
    db.$client.close();
  }
}

/** A server on a seeded installation. */
export async function startSeededServer(): Promise<{ server: ServerProcess; seed: Seeded }> {
  const dir = mkdtempSync(join(tmpdir(), 'renkei-e2e-seed-'));
  const dbPath = join(dir, 'renkei.db');
  const port = await freePort();
  const seed = await seedInstallation(dbPath, `http://127.0.0.1:${port}`);
  const server = await startServer({ dbPath, port });
  const cleanup = server.cleanup;
  server.cleanup = () => {
    cleanup();
    rmSync(dir, { recursive: true, force: true });
  };
  return { server, seed };
}
