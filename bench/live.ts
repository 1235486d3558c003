// Live meeting load on loopback: 300 SSE clients (10 projector walls + 290 participants in
// 10 groups) while participants submit 30 cards per second for 20 seconds.
// Targets (DESIGN.md): submission p99 < 50 ms, card-on-wall p99 < 250 ms, server RSS < 200 MB.
// The server runs in a child process so the clients' work does not disturb its numbers.
// Run: npx tsx bench/live.ts
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const WALLS = 10;
const PARTICIPANTS = 290;
const GROUPS = 10;
const RATE = 30; // cards per second
const SECONDS = 20;
const HARD_LIMIT_MS = 120_000;
const HOST = '127.0.0.1';

// ---------------------------------------------------------------- server (child process)
async function runServer(dbPath: string) {
  const { serve } = await import('@hono/node-server');
  const { openDb } = await import('../src/db/client.ts');
  const { createApp } = await import('../src/app.tsx');
  const { liveHub } = await import('../src/live/sse.ts');
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const db = openDb(dbPath);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let peakRss = 0;
  const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  const server = serve({ fetch: createApp({ db }).fetch, port: 0, hostname: HOST }, (info) =>
    process.send!({ port: info.port }),
  );
  process.on('message', (msg: { type: string }) => {
    if (msg.type === 'stats') {
      process.send!({
        rss: process.memoryUsage().rss,
        heap: process.memoryUsage().heapUsed,
        peakRss,
        subscribers: liveHub(db).subscriberCount(),
        loopP99: loop.percentile(99) / 1e6,
        loopMax: loop.max / 1e6,
      });
      loop.reset();
    }
    if (msg.type === 'stop') {
      clearInterval(sample);
      server.close();
      db.$client.close();
      process.exit(0);
    }
  });
}

// ---------------------------------------------------------------- setup
async function seed(dbPath: string) {
  const { openDb } = await import('../src/db/client.ts');
  const { createUser } = await import('../src/auth/queries.ts');
  const { createProject } = await import('../src/projects/queries.ts');
  const { meetings } = await import('../src/db/schema.ts');
  const { ensureSession, getSession, openSession } = await import('../src/live/sessionQueries.ts');
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
  const groups = listGroups(db, meeting.id).map((g) => g.id);
  const session = getSession(db, meeting.id)!;
  db.$client.close();
  return { projectId: project.id, meetingId: meeting.id, code, groups, promptId: session.currentPromptId! };
}

// ---------------------------------------------------------------- HTTP helpers
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

type Jar = Map<string, string>;
type Res = { status: number; location: string | null; body: string };

function request(port: number, method: string, path: string, jar: Jar, form?: Record<string, string>): Promise<Res> {
  const body = form ? new URLSearchParams(form).toString() : undefined;
  const headers: Record<string, string> = { Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') };
  if (body !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  return new Promise((resolve, reject) => {
    const req = http.request({ host: HOST, port, method, path, headers, agent }, (res) => {
      for (const line of res.headers['set-cookie'] ?? []) {
        const [pair] = line.split(';');
        const i = pair.indexOf('=');
        jar.set(pair.slice(0, i), pair.slice(i + 1));
      }
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () =>
        resolve({ status: res.statusCode!, location: (res.headers.location as string) ?? null, body: text }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** An SSE client that calls onData for every chunk; resolves once the stream is open. */
function sse(port: number, path: string, jar: Jar, onData: (text: string) => void): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: HOST,
        port,
        path,
        agent: false,
        headers: { Cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), Accept: 'text/event-stream' },
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`SSE ${path}: ${res.statusCode}`));
        res.setEncoding('utf8');
        res.on('data', onData);
        resolve(req);
      },
    );
    req.on('error', reject);
  });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

// ---------------------------------------------------------------- driver
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'renkei-bench-live-'));
  const dbPath = join(dir, 'bench.db');
  let child: ChildProcess | undefined;
  const sockets: http.ClientRequest[] = [];
  const guard = setTimeout(() => {
    console.error('時間切れ（上限を超えました）');
    child?.kill('SIGKILL');
    process.exit(1);
  }, HARD_LIMIT_MS);
  try {
    const live = await seed(dbPath);
    child = fork(fileURLToPath(import.meta.url), ['--server', dbPath], {
      execArgv: process.execArgv,
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const port = await new Promise<number>((resolve) =>
      child!.once('message', (m: { port: number }) => resolve(m.port)),
    );
    const ask = () =>
      new Promise<{
        rss: number;
        heap: number;
        peakRss: number;
        subscribers: number;
        loopP99: number;
        loopMax: number;
      }>((resolve) => {
        child!.once('message', resolve);
        child!.send({ type: 'stats' });
      });
    const idle = await ask();

    // staff for the walls
    const staff: Jar = new Map();
    await request(port, 'GET', '/login', staff);
    const login = await request(port, 'POST', '/login', staff, {
      _csrf: staff.get('renkei_csrf')!,
      email: 'bench@example.jp',
      password: 'bench password long',
    });
    if (login.status !== 303) throw new Error(`login: ${login.status}`);

    // participants join their groups
    const people: { jar: Jar; sheet: string }[] = [];
    for (let i = 0; i < PARTICIPANTS; i++) {
      const jar: Jar = new Map();
      await request(port, 'GET', '/join', jar);
      const res = await request(port, 'POST', `/m/${live.code}`, jar, {
        _csrf: jar.get('renkei_csrf')!,
        groupId: String(live.groups[i % GROUPS]),
      });
      if (res.status !== 303) throw new Error(`join: ${res.status}`);
      people.push({ jar, sheet: res.location! });
    }

    // 300 SSE clients; walls record when each card first shows up
    const submittedAt = new Map<number, number>();
    const onWall: number[] = [];
    let participantDeliveries = 0;
    const marker = /bench-(\d+)-/g;
    for (let w = 0; w < WALLS; w++) {
      const seen = new Set<number>();
      sockets.push(
        await sse(port, `/projects/${live.projectId}/meetings/${live.meetingId}/wall/events`, staff, (text) => {
          const now = performance.now();
          for (const m of text.matchAll(marker)) {
            const n = Number(m[1]);
            if (seen.has(n)) continue;
            seen.add(n);
            const t = submittedAt.get(n);
            if (t !== undefined) onWall.push(now - t);
          }
        }),
      );
    }
    for (const p of people) sockets.push(await sse(port, `${p.sheet}/events`, p.jar, () => participantDeliveries++));
    const connected = await ask();

    // 30 submissions per second for 20 seconds, spread evenly
    const total = RATE * SECONDS;
    const submitMs: number[] = [];
    const failures: number[] = [];
    const start = performance.now();
    const posts: Promise<void>[] = [];
    for (let n = 0; n < total; n++) {
      const due = start + (n * 1000) / RATE;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const p = people[(n * 7) % people.length];
      const t0 = performance.now();
      submittedAt.set(n, t0);
      posts.push(
        request(port, 'POST', `${p.sheet}/cards`, p.jar, {
          _csrf: p.jar.get('renkei_csrf')!,
          promptId: String(live.promptId),
          text: `bench-${n}- 連携上の課題について短いカード`,
        }).then((res) => {
          submitMs.push(performance.now() - t0);
          if (res.status !== 303) failures.push(res.status);
        }),
      );
    }
    await Promise.all(posts);
    await new Promise((r) => setTimeout(r, 1000)); // let the last cards arrive
    const after = await ask();
    const missing = total * WALLS - onWall.length;

    const submitP99 = percentile(submitMs, 99);
    const wallP99 = percentile(onWall, 99);
    const mark = (ok: boolean) => (ok ? '✓' : '✗');
    console.log(
      `ライブ会議ベンチ（ループバック, ${connected.subscribers} SSE 接続, ${RATE} 件/秒 × ${SECONDS} 秒 = ${total} 件）`,
    );
    console.log(
      `${mark(submitP99 < 50 && !failures.length)} 投稿        p50 ${ms(percentile(submitMs, 50))}  p99 ${ms(submitP99)}  （目標 p99 < 50 ms）  失敗 ${failures.length}`,
    );
    console.log(
      `${mark(wallP99 < 250 && !missing)} 投影に表示  p50 ${ms(percentile(onWall, 50))}  p99 ${ms(wallP99)}  （目標 p99 < 250 ms）  未着 ${missing}`,
    );
    console.log(
      `${mark(after.peakRss < 200 * 1024 * 1024)} サーバー RSS  最大 ${mb(after.peakRss)}  （目標 < 200 MB; 接続前 ${mb(idle.rss)}, 300 接続後 ${mb(connected.rss)}, JS ヒープ ${mb(after.heap)}）`,
    );
    console.log(
      `  参加者への配信チャンク ${participantDeliveries}、サーバーのイベントループ遅延 p99 ${ms(after.loopP99)} 最大 ${ms(after.loopMax)}`,
    );
    const ok =
      submitP99 < 50 && wallP99 < 250 && after.peakRss < 200 * 1024 * 1024 && failures.length === 0 && missing === 0;
    process.exitCode = ok ? 0 : 1;
  } finally {
    clearTimeout(guard);
    for (const s of sockets) s.destroy();
    agent.destroy();
    if (child?.connected) child.send({ type: 'stop' });
    await new Promise((r) => setTimeout(r, 300));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--server') void runServer(process.argv[3]);
else await main();
