// Live meeting load on loopback, renkei against a bare server on the same stack, in one run.
// The load models the real meeting: 10 groups, 10 projector walls, 1 console and N−11 phones,
// each phone holding its own group's stream; cards accumulate on the board through the run.
// The bare reference (Hono + @hono/node-server + better-sqlite3 WAL) does one INSERT per card and
// broadcasts one small HTML fragment per card to the walls, the console and the card's group.
// Each server runs in its own child process so the load generator does not disturb its figures.
// Prints, per cell (participants × cards/s): submit p99, card-on-screen p99, server CPU %, peak
// RSS, posts unanswered within 30 s and MB sent, app / bare with ratios.
// Run: npx tsx bench/live.ts [--seconds=60] [--grid=300x30,1000x30,2000x30,300x100,1000x100,2000x100]
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const HOST = '127.0.0.1';
const GROUPS = 10;
const WALLS = 10;
const UNANSWERED_MS = 30_000;
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const SECONDS = Number(arg('seconds', '60'));
const GRID = arg('grid', '300x30,1000x30,2000x30,300x100,1000x100,2000x100')
  .split(',')
  .map((c) => c.split('x').map(Number) as [number, number]);

type Stats = { rss: number; peakRss: number; cpuMs: number };

/** Reports memory and CPU to the parent; shared by both servers. */
function statsReporter() {
  let peakRss = 0;
  setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100).unref();
  process.on('message', (msg: { type: string }) => {
    if (msg.type === 'stats') {
      const cpu = process.cpuUsage();
      const rss = process.memoryUsage().rss;
      process.send!({ rss, peakRss: Math.max(peakRss, rss), cpuMs: (cpu.user + cpu.system) / 1000 } satisfies Stats);
      peakRss = 0;
    }
    if (msg.type === 'stop') process.exit(0);
  });
}

// ---------------------------------------------------------------- renkei (child process)
async function runApp(dbPath: string) {
  const { serve } = await import('@hono/node-server');
  const { openDb } = await import('../src/db/client.ts');
  const { createApp } = await import('../src/app.tsx');
  const db = openDb(dbPath);
  statsReporter();
  serve({ fetch: createApp({ db }).fetch, port: 0, hostname: HOST }, (info) => process.send!({ port: info.port }));
}

async function seedApp(dbPath: string) {
  const { openDb } = await import('../src/db/client.ts');
  const { createUser } = await import('../src/auth/queries.ts');
  const { createProject } = await import('../src/projects/queries.ts');
  const { meetings } = await import('../src/db/schema.ts');
  const { ensureSession, getSession, openSession, updateControls } = await import('../src/live/sessionQueries.ts');
  const { createGroup, listGroups } = await import('../src/live/groupQueries.ts');
  const db = openDb(dbPath);
  const user = await createUser(db, {
    email: 'bench@example.jp',
    name: 'ベンチ',
    password: 'bench password long',
    role: 'admin',
  });
  const project = createProject(
    db,
    { name: 'ベンチ市', municipality: 'ベンチ市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
    user.id,
  );
  const meeting = db
    .insert(meetings)
    .values({ projectId: project.id, key: 'm1', kind: 'network', title: 'ベンチ会議', date: '2025-02-20' })
    .returning()
    .get();
  ensureSession(db, project.id, meeting.id);
  for (let g = 0; g < GROUPS; g++) createGroup(db, meeting.id, `グループ${g + 1}`);
  const code = openSession(db, meeting.id);
  // the bench measures delivery, so cards go to the wall at once (the personal-information check still runs)
  updateControls(db, meeting.id, { wallModeration: 'immediate' });
  const groups = listGroups(db, meeting.id).map((g) => g.id);
  const promptId = getSession(db, meeting.id)!.currentPromptId!;
  db.$client.close();
  return { projectId: project.id, meetingId: meeting.id, code, groups, promptId };
}

// ---------------------------------------------------------------- bare reference (child process)
async function runBare(dbPath: string) {
  const { Hono } = await import('hono');
  const { streamSSE } = await import('hono/streaming');
  const { serve } = await import('@hono/node-server');
  const Database = (await import('better-sqlite3')).default;
  const sqlite = new Database(dbPath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec('create table if not exists cards (id integer primary key, grp text not null, text text not null)');
  const insert = sqlite.prepare('insert into cards (grp, text) values (?, ?)');
  type Sink = { write: (s: string) => void };
  const sets = new Map<string, Set<Sink>>();
  const setOf = (k: string) => sets.get(k) ?? sets.set(k, new Set()).get(k)!;
  const app = new Hono();
  app.get('/events', (c) => {
    const set = setOf(c.req.query('g') ?? 'wall');
    return streamSSE(c, async (stream) => {
      const sink: Sink = { write: (data) => void stream.writeSSE({ event: 'card', data }) };
      set.add(sink);
      await new Promise<void>((resolve) => stream.onAbort(resolve));
      set.delete(sink);
    });
  });
  app.post('/cards', async (c) => {
    const form = await c.req.parseBody();
    const grp = String(form.g);
    const text = String(form.text);
    const id = insert.run(grp, text).lastInsertRowid;
    const html = `<li id="card-${id}">${text.replace(/[<&]/g, '')}</li>`;
    for (const k of ['wall', 'console', grp]) for (const sink of setOf(k)) sink.write(html);
    return c.body(null, 204);
  });
  statsReporter();
  serve({ fetch: app.fetch, port: 0, hostname: HOST }, (info) => process.send!({ port: info.port }));
}

// ---------------------------------------------------------------- HTTP helpers
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
type Jar = Map<string, string>;
type Res = { status: number; location: string | null };
const cookie = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

function request(port: number, method: string, path: string, jar: Jar, form?: Record<string, string>): Promise<Res> {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  const headers: Record<string, string> = { Cookie: cookie(jar) };
  if (body !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  return new Promise((resolve, reject) => {
    const req = http.request({ host: HOST, port, method, path, headers, agent }, (res) => {
      for (const line of res.headers['set-cookie'] ?? []) {
        const [pair] = line.split(';');
        const i = pair.indexOf('=');
        jar.set(pair.slice(0, i), pair.slice(i + 1));
      }
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, location: (res.headers.location as string) ?? null }));
    });
    req.setTimeout(UNANSWERED_MS, () => req.destroy(new Error('unanswered')));
    req.on('error', reject);
    req.end(body);
  });
}

/** An SSE client counting bytes and calling onText per chunk. */
function sse(port: number, path: string, jar: Jar, onText: (text: string, bytes: number) => void) {
  return new Promise<http.ClientRequest>((resolve, reject) => {
    const req = http.get(
      { host: HOST, port, path, agent: false, headers: { Cookie: cookie(jar), Accept: 'text/event-stream' } },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`SSE ${path}: ${res.statusCode}`));
        res.on('data', (chunk: Buffer) => onText(chunk.toString('utf8'), chunk.length));
        resolve(req);
      },
    );
    req.on('error', reject);
  });
}

async function pool<T>(items: T[], width: number, run: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await run(items[i], i);
      }
    }),
  );
}

const percentile = (values: number[], p: number) => {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

type Result = {
  submitP99: number;
  screenP99: number;
  cpu: number;
  rss: number;
  unanswered: number;
  lost: number;
  errors: number;
  mb: number;
  total: number;
};

/** One server under one cell's load: clients connect, cards are posted at `rate`, deliveries timed. */
async function drive(kind: 'app' | 'bare', participants: number, rate: number): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), `renkei-bench-${kind}-`));
  const dbPath = join(dir, 'bench.db');
  const live = kind === 'app' ? await seedApp(dbPath) : undefined;
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), [`--${kind}`, dbPath], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const sockets: http.ClientRequest[] = [];
  const guard = setTimeout(() => child.kill('SIGKILL'), (SECONDS + 240) * 1000);
  try {
    const port = await new Promise<number>((resolve) =>
      child.once('message', (m: { port: number }) => resolve(m.port)),
    );
    const ask = () =>
      new Promise<Stats>((resolve) => {
        child.once('message', resolve);
        child.send({ type: 'stats' });
      });
    const phones = participants - WALLS - 1;
    const groupOf = (i: number) => i % GROUPS;
    // who should see a card of group g: walls, console and that group's phones
    const screens: { group: number | 'all'; seen: Set<number> }[] = [];
    const sentAt = new Map<number, number>();
    const onScreen: number[] = [];
    let bytes = 0;
    let counting = false;
    const listen = (group: number | 'all') => {
      const screen = { group, seen: new Set<number>() };
      screens.push(screen);
      return (text: string, n: number) => {
        if (counting) bytes += n;
        const now = performance.now();
        for (const m of text.matchAll(/bc(\d+)x/g)) {
          const id = Number(m[1]);
          if (screen.seen.has(id)) continue;
          screen.seen.add(id);
          const t = sentAt.get(id);
          if (t !== undefined) onScreen.push(now - t);
        }
      };
    };
    const posters: { jar: Jar; path: string; group: number; form: Record<string, string> }[] = [];
    if (live) {
      const staff: Jar = new Map();
      await request(port, 'GET', '/login', staff);
      const login = await request(port, 'POST', '/login', staff, {
        _csrf: staff.get('renkei_csrf')!,
        email: 'bench@example.jp',
        password: 'bench password long',
      });
      if (login.status !== 303) throw new Error(`login: ${login.status}`);
      const wall = `/projects/${live.projectId}/meetings/${live.meetingId}/wall/events`;
      for (let w = 0; w < WALLS; w++) sockets.push(await sse(port, wall, staff, listen('all')));
      sockets.push(await sse(port, `${wall}?view=console`, staff, listen('all')));
      await pool(
        Array.from({ length: phones }, (_, i) => i),
        32,
        async (i) => {
          const jar: Jar = new Map();
          await request(port, 'GET', '/join', jar);
          const res = await request(port, 'POST', `/m/${live.code}`, jar, {
            _csrf: jar.get('renkei_csrf')!,
            groupId: String(live.groups[groupOf(i)]),
          });
          if (res.status !== 303) throw new Error(`join: ${res.status}`);
          sockets.push(await sse(port, `${res.location}/events`, jar, listen(groupOf(i))));
          const form = { _csrf: jar.get('renkei_csrf')!, promptId: String(live.promptId) };
          posters.push({ jar, path: `${res.location}/cards`, group: groupOf(i), form });
        },
      );
    } else {
      for (let w = 0; w < WALLS; w++) sockets.push(await sse(port, '/events?g=wall', new Map(), listen('all')));
      sockets.push(await sse(port, '/events?g=console', new Map(), listen('all')));
      await pool(
        Array.from({ length: phones }, (_, i) => i),
        32,
        async (i) => {
          sockets.push(await sse(port, `/events?g=${groupOf(i)}`, new Map(), listen(groupOf(i))));
          posters.push({ jar: new Map(), path: '/cards', group: groupOf(i), form: { g: String(groupOf(i)) } });
        },
      );
    }
    const before = await ask();
    const total = rate * SECONDS;
    const submitMs: number[] = [];
    let errors = 0;
    let unanswered = 0;
    const groupOfCard = new Map<number, number>();
    counting = true;
    const start = performance.now();
    const posts: Promise<void>[] = [];
    for (let n = 0; n < total; n++) {
      const wait = start + (n * 1000) / rate - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const p = posters[(n * 7919) % posters.length];
      groupOfCard.set(n, p.group);
      const t0 = performance.now();
      sentAt.set(n, t0);
      posts.push(
        request(port, 'POST', p.path, p.jar, { ...p.form, text: `bc${n}x 連携上の課題について短いカード` }).then(
          (res) => {
            submitMs.push(performance.now() - t0);
            if (res.status !== 303 && res.status !== 204) errors++;
          },
          () => void unanswered++,
        ),
      );
    }
    await Promise.all(posts);
    await new Promise((r) => setTimeout(r, 2000)); // the last cards arrive
    counting = false;
    const after = await ask();
    const elapsed = performance.now() - start;
    let lost = 0;
    for (const s of screens)
      for (const [id, g] of groupOfCard) if ((s.group === 'all' || s.group === g) && !s.seen.has(id)) lost++;
    return {
      submitP99: percentile(submitMs, 99),
      screenP99: percentile(onScreen, 99),
      cpu: ((after.cpuMs - before.cpuMs) / elapsed) * 100,
      rss: Math.max(before.peakRss, after.peakRss) / 1024 / 1024,
      unanswered,
      lost,
      errors,
      mb: bytes / 1024 / 1024,
      total,
    };
  } finally {
    clearTimeout(guard);
    for (const s of sockets) s.destroy();
    if (child.connected) child.send({ type: 'stop' });
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dir, { recursive: true, force: true });
  }
}

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '—');
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? ` (${(a / b).toFixed(1)}×)` : '');

async function main() {
  console.log(
    `ライブ会議ベンチ（ループバック、10グループ・投影10・進行1・残りは参加者の電話、各セル ${SECONDS} 秒、renkei / 素のサーバー）`,
  );
  console.log(
    '| N × 件/秒 | 投稿 p99 ms | 画面に表示 p99 ms | CPU % | RSS MB | 30秒無応答 | 未着 | エラー | 送信 MB |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  // a connection reset under heavy load fails one cell, not the run
  process.on('uncaughtException', (e) => console.error(`  （接続エラー: ${e.message}）`));
  for (const [n, rate] of GRID) {
    const run = (kind: 'app' | 'bare') =>
      drive(kind, n, rate).catch((e: Error): Result => {
        console.error(`  ${kind} ${n} × ${rate}: ${e.message}`);
        const none = { submitP99: NaN, screenP99: NaN, cpu: NaN, rss: NaN, mb: NaN };
        return { ...none, unanswered: 0, lost: 0, errors: 1, total: rate * SECONDS };
      });
    const app = await run('app');
    const bare = await run('bare');
    console.log(
      `| ${n} × ${rate} | ${f0(app.submitP99)} / ${f0(bare.submitP99)}${ratio(app.submitP99, bare.submitP99)} | ${f0(app.screenP99)} / ${f0(bare.screenP99)}${ratio(app.screenP99, bare.screenP99)} | ${f0(app.cpu)} / ${f0(bare.cpu)} | ${f0(app.rss)} / ${f0(bare.rss)} | ${app.unanswered} of ${app.total} / ${bare.unanswered} | ${app.lost} / ${bare.lost} | ${app.errors} / ${bare.errors} | ${f0(app.mb)} / ${f0(bare.mb)}${ratio(app.mb, bare.mb)} |`,
    );
  }
  agent.destroy();
}

if (process.argv[2] === '--app') void runApp(process.argv[3]);
else if (process.argv[2] === '--bare') void runBare(process.argv[3]);
else await main();
