// Page response times and server memory: the app served over HTTP in this process (the way
// `npm start` serves it) on a temporary database holding the demo project and a large one
// (the demo's agencies and questionnaire answers repeated up to 200 agencies), then each main
// staff page and the agency pages requested N times over a keep-alive connection.
// Targets (DESIGN.md, 2-core machine): page responses p50 < 10 ms; memory < 200 MB RSS.
// Run: npm run bench:pages [-- runs [label filter]]   (default 200 runs per page, all pages)
// CPU ms per request counts this whole process (server, HTTP client, GC), so it stays
// comparable when other work on the machine makes wall-clock times noisy.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { asc, eq } from 'drizzle-orm';
import { openDb } from '../src/db/client.ts';
import { createApp } from '../src/app.tsx';
import { createUser } from '../src/auth/queries.ts';
import { agencies, meetings } from '../src/db/schema.ts';
import { importBundle, type Bundle } from '../src/bundle/index.ts';
import { loadDemo } from '../src/demo/index.ts';
import { demoBundle } from '../src/demo/bundle.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';

process.env.LOG_LEVEL ??= 'silent';

const RUNS = Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 200);
const ONLY = process.argv[3];
const WARMUP = 10;
const LARGE = 200;
const USER = { email: 'bench@example.jp', name: 'ベンチ 太郎', password: 'bench password long enough' };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const memory = () => {
  const m = process.memoryUsage();
  return `RSS ${mb(m.rss)} (heap ${mb(m.heapUsed)}, external ${mb(m.external + m.arrayBuffers)})`;
};

/** The demo's agencies and answers repeated (keys and names numbered) until there are `count`. */
function largeBundle(count: number): Bundle {
  const demo = demoBundle();
  const copies = Math.ceil(count / demo.agencies.length);
  // copy 0 keeps the demo's keys, so its hearings, cases and issues still point at agencies
  const suffix = (k: number) => (k === 0 ? '' : `-${k + 1}`);
  const repeat = <T>(list: T[], fn: (item: T, k: number) => T) =>
    Array.from({ length: copies }, (_, k) => list.map((x) => fn(x, k))).flat();
  const keep = new Set(
    repeat(demo.agencies, (a, k) => ({ ...a, key: a.key + suffix(k) }))
      .slice(0, count)
      .map((a) => a.key),
  );
  return {
    ...demo,
    project: { ...demo.project, name: `${demo.project.name}（${count}機関）` },
    agencies: repeat(demo.agencies, (a, k) => ({ ...a, key: a.key + suffix(k), name: a.name + suffix(k) })).filter(
      (a) => keep.has(a.key),
    ),
    questionnaire: {
      responses: repeat(demo.questionnaire!.responses, (r, k) => ({ ...r, agency: r.agency + suffix(k) })).filter((r) =>
        keep.has(r.agency),
      ),
    },
  };
}

type Page = { label: string; path: string };

function pagesOf(db: ReturnType<typeof openDb>, pid: number): Page[] {
  const mid = db
    .select({ id: meetings.id })
    .from(meetings)
    .where(eq(meetings.projectId, pid))
    .orderBy(asc(meetings.id))
    .get()!.id;
  const aid = db
    .select({ id: agencies.id })
    .from(agencies)
    .where(eq(agencies.projectId, pid))
    .orderBy(asc(agencies.id))
    .get()!.id;
  const token = issueAgencyLink(db, aid);
  const p = `/projects/${pid}`;
  return [
    { label: 'dashboard', path: p },
    { label: 'agencies', path: `${p}/agencies` },
    { label: 'agency', path: `${p}/agencies/${aid}` },
    { label: 'meetings', path: `${p}/meetings` },
    { label: 'meeting', path: `${p}/meetings/${mid}` },
    { label: 'questionnaire status', path: `${p}/questionnaire` },
    { label: 'questionnaire results', path: `${p}/questionnaire/results` },
    { label: 'hearings', path: `${p}/hearings` },
    { label: 'cases', path: `${p}/cases` },
    { label: 'issues', path: `${p}/issues` },
    { label: 'resource map', path: `${p}/resource-map` },
    { label: 'audit', path: `${p}/audit` },
    { label: 'packet builder', path: `${p}/meetings/${mid}/packet` },
    { label: 'agency home', path: `/a/${token}` },
    { label: 'agency questionnaire', path: `/a/${token}/questionnaire` },
  ];
}

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { p50: at(0.5), p95: at(0.95) };
}

const dir = mkdtempSync(join(tmpdir(), 'renkei-bench-pages-'));
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
let cookie = '';

function get(
  port: number,
  path: string,
  method = 'GET',
  body?: string,
): Promise<{ status: number; bytes: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Cookie: cookie };
    if (body !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    const req = request({ host: '127.0.0.1', port, path, method, agent, headers }, (res) => {
      for (const line of res.headers['set-cookie'] ?? []) {
        const pair = line.split(';')[0];
        const name = pair.slice(0, pair.indexOf('='));
        cookie = [...cookie.split('; ').filter((c) => c && !c.startsWith(`${name}=`)), pair].join('; ');
      }
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode!, bytes, location: res.headers.location }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

try {
  console.log(`modules loaded: ${memory()}`);
  const db = openDb(join(dir, 'bench.db'));
  const user = await createUser(db, { ...USER, role: 'admin' });
  const demoId = loadDemo(db, { ownerUserId: user.id });
  const largeId = importBundle(db, largeBundle(LARGE), {
    actor: { kind: 'system', label: 'ベンチ' },
    ownerUserId: user.id,
  });
  const server = serve({ fetch: createApp({ db }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  console.log(`server started (demo + ${LARGE}-agency project): ${memory()}`);

  await get(port, '/login');
  const csrf = /renkei_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
  const login = await get(port, '/login', 'POST', new URLSearchParams({ ...USER, _csrf: csrf }).toString());
  if (login.status !== 303) throw new Error(`login failed: ${login.status}`);

  console.log(
    `runs: ${RUNS} per page (after ${WARMUP} warm-up); load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `${'page'.padEnd(36)} ${'KB'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'CPU ms'.padStart(8)} ${'RSS MB'.padStart(7)}`,
  );
  for (const [name, pid] of [
    ['demo', demoId],
    [`${LARGE} agencies`, largeId],
  ] as const) {
    for (const page of pagesOf(db, pid)) {
      if (ONLY && !`${name}: ${page.label}`.includes(ONLY)) continue;
      const first = await get(port, page.path);
      const label = `${name}: ${page.label}`.padEnd(36);
      if (first.status !== 200) {
        console.log(`${label} skipped (HTTP ${first.status})`);
        continue;
      }
      for (let i = 1; i < WARMUP; i++) await get(port, page.path);
      const ms: number[] = [];
      const cpu = process.cpuUsage();
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        const res = await get(port, page.path);
        ms.push(performance.now() - t);
        if (res.status !== 200) throw new Error(`${page.path}: HTTP ${res.status}`);
      }
      const used = process.cpuUsage(cpu);
      const { p50, p95 } = stats(ms);
      const cpuMs = (used.user + used.system) / 1000 / RUNS;
      const flag = p50 >= 10 ? '  > 10 ms' : '';
      console.log(
        `${label} ${(first.bytes / 1024).toFixed(0).padStart(6)} ${p50.toFixed(2).padStart(8)} ${p95.toFixed(2).padStart(8)} ${cpuMs.toFixed(2).padStart(8)} ${(process.memoryUsage().rss / 1048576).toFixed(0).padStart(7)}${flag}`,
      );
    }
  }
  console.log(`after the requests: ${memory()}`);
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
  db.$client.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
