// Live meeting load on loopback, renkei against a bare server on the same stack, in one run.
// The load models the real meeting: 10 groups, 10 projector walls, 1 console and N−11 phones,
// each phone holding its own group's stream; cards accumulate on the board through the run, and
// the console moves, merges and hides a card every half second. At the end of each cell every
// client drops at once, cards are posted while they are away, and all reconnect together with
// Last-Event-ID (a reconnect storm); each screen must then show exactly its board.
// The servers (bench/liveServers.ts) run in child processes. Prints, per cell (participants ×
// cards/s), app / bare with ratios: submit p99, card-on-screen p99, cards/s answered, server CPU
// %, peak RSS, posts unanswered within 30 s, lost deliveries, errors, MB sent; then the console's
// operations (POST and change-on-wall p50/p99) and the storm (errors, time until every screen
// is back with what it missed, screens whose board differs, duplicate and missing cards).
// Run: npx tsx bench/live.ts [--seconds=60] [--grid=300x30,1000x30,2000x30,300x100,1000x100,2000x100]
//      [--profile=DIR] (V8 CPU profiles of each server's load phase and storm, for Chrome DevTools)
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { GROUPS, seedApp, type Stats } from './liveServers.ts';
import { closeAgent, percentile, pool, request, Screen, UNANSWERED_MS, type CardLi, type Jar } from './liveClients.ts';

const WALLS = 10;
const OP_EVERY_MS = 500;
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const SECONDS = Number(arg('seconds', '60'));
const PROFILE = arg('profile', '');
const GRID = arg('grid', '300x30,1000x30,2000x30,300x100,1000x100,2000x100')
  .split(',')
  .map((c) => c.split('x').map(Number) as [number, number]);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Result = {
  submitP99: number;
  screenP99: number;
  /** The same on walls and the console only. */
  wallP99: number;
  perSecond: number;
  cpu: number;
  /** The load generator's own CPU %: near 100, it is the bottleneck and latencies say little. */
  generatorCpu: number;
  rss: number;
  unanswered: number;
  lost: number;
  errors: number;
  mb: number;
  total: number;
  ops: { post: number[]; wall: number[]; errors: number };
  storm: {
    errors: number;
    backMs: number;
    notBack: number;
    wrong: number;
    missing: number;
    extra: number;
    dups: number;
  };
};

type Poster = { jar: Jar; path: string; group: number; form: Record<string, string> };

/** A card as the bench knows it: its bench number, group index, and what the console did to it. */
type Known = { n: number; group: number; hidden: boolean; merged: boolean; seenAt: number; touched: boolean };

/** One server under one cell's load: clients connect, cards are posted at `rate`, deliveries timed. */
async function drive(kind: 'app' | 'bare', participants: number, rate: number): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), `renkei-bench-${kind}-`));
  const dbPath = join(dir, 'bench.db');
  const live = kind === 'app' ? await seedApp(dbPath) : undefined;
  const child: ChildProcess = fork(fileURLToPath(new URL('./liveServers.ts', import.meta.url)), [`--${kind}`, dbPath], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const screens: Screen[] = [];
  const guard = setTimeout(() => child.kill('SIGKILL'), (SECONDS + 300) * 1000);
  try {
    const port = await new Promise<number>((resolve) =>
      child.once('message', (m: { port: number }) => resolve(m.port)),
    );
    const tell = <T>(msg: object) =>
      new Promise<T>((resolve) => {
        child.once('message', resolve);
        child.send(msg);
      });
    const phones = participants - WALLS - 1;
    const groupOf = (i: number) => i % GROUPS;
    const groupId = (g: number) => (live ? live.groups[g] : g);
    const sentAt = new Map<number, number>();
    const onScreen: number[] = [];
    const onWall: number[] = [];
    const known = new Map<number, Known>(); // by the card's id on the server
    const groupOfCard = new Map<number, number>(); // bench number → group index
    const pendingOps = new Map<number, { t0: number; done: (li: CardLi) => boolean }>();
    const opWall: number[] = [];
    let bytes = 0;
    let counting = false;
    const listen = (screen: Screen, also?: (li: CardLi) => void) => (text: string, n: number) => {
      if (counting) bytes += n;
      const now = performance.now();
      screen.feed(text, (li) => {
        also?.(li);
        if (li.first) {
          const t = sentAt.get(li.n!);
          const phone = typeof screen.audience === 'number';
          // a card moved to another group reaches that group's phones later: that is the move, timed below
          if (t !== undefined && counting && (!phone || screen.audience === groupOfCard.get(li.n!)))
            (phone ? onScreen : onWall).push(now - t);
          if (!known.has(li.id)) {
            const group = groupOfCard.get(li.n!)!;
            known.set(li.id, { n: li.n!, group, hidden: false, merged: false, seenAt: now, touched: false });
          }
        }
        const op = screen === screens[0] ? pendingOps.get(li.id) : undefined;
        if (op?.done(li)) {
          opWall.push(now - op.t0);
          pendingOps.delete(li.id);
        }
      });
    };
    const connect = async (audience: Screen['audience'], path: string, jar: Jar) => {
      const screen = new Screen(audience, path, jar);
      screens.push(screen);
      await screen.connect(port, listen(screen));
    };
    const posters: Poster[] = [];
    let op: (kind: 'move' | 'merge' | 'hide', card: number, form: Record<string, string>) => Promise<number>;
    const staff: Jar = new Map();
    if (live) {
      await request(port, 'GET', '/login', staff);
      const login = await request(port, 'POST', '/login', staff, {
        _csrf: staff.get('renkei_csrf')!,
        email: 'bench@example.jp',
        password: 'bench password long',
      });
      if (login.status !== 303) throw new Error(`login: ${login.status}`);
      const base = `/projects/${live.projectId}/meetings/${live.meetingId}`;
      for (let w = 0; w < WALLS; w++) await connect('wall', `${base}/wall/events`, staff);
      await connect('console', `${base}/wall/events?view=console`, staff);
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
          await connect(groupOf(i), `${res.location}/events`, jar);
          const form = { _csrf: jar.get('renkei_csrf')!, promptId: String(live.promptId) };
          posters.push({ jar, path: `${res.location}/cards`, group: groupOf(i), form });
        },
      );
      op = async (name, card, form) =>
        (
          await request(port, 'POST', `${base}/group-work/cards/${card}/${name}`, staff, {
            _csrf: staff.get('renkei_csrf')!,
            ...form,
          })
        ).status;
    } else {
      for (let w = 0; w < WALLS; w++) await connect('wall', '/events?g=wall', staff);
      await connect('console', '/events?g=console', staff);
      await pool(
        Array.from({ length: phones }, (_, i) => i),
        32,
        async (i) => {
          await connect(groupOf(i), `/events?g=${groupOf(i)}`, new Map());
          posters.push({ jar: new Map(), path: '/cards', group: groupOf(i), form: { g: String(groupOf(i)) } });
        },
      );
      op = async (name, card, form) =>
        (await request(port, 'POST', '/ops', staff, { op: name, id: String(card), ...form })).status;
    }

    let posted = 0;
    const submitMs: number[] = [];
    let errors = 0;
    let unanswered = 0;
    const failed = new Map<number, number>(); // bench number → status (0: no answer)
    const post = (p: Poster) => {
      const n = posted++;
      groupOfCard.set(n, p.group);
      const t0 = performance.now();
      sentAt.set(n, t0);
      return request(port, 'POST', p.path, p.jar, { ...p.form, text: `bc${n}x 連携上の課題について短いカード` }).then(
        (res) => {
          submitMs.push(performance.now() - t0);
          if (res.status === 303 || res.status === 204) return;
          errors++;
          failed.set(n, res.status);
        },
        () => {
          unanswered++;
          failed.set(n, 0);
        },
      );
    };

    // the console's work: every half second a move, a merge or a hide of a card the wall shows
    const ops = { post: [] as number[], wall: opWall, errors: 0 };
    const kinds = ['move', 'merge', 'hide'] as const;
    let opsRunning = true;
    const consoleWork = (async () => {
      for (let i = 0; opsRunning; i++) {
        await sleep(OP_EVERY_MS);
        const now = performance.now();
        const ready = [...known].filter(([, k]) => !k.touched && !k.hidden && !k.merged && now - k.seenAt > 500);
        if (ready.length < 2) continue;
        const [id, card] = ready[(i * 7919) % ready.length];
        const name = kinds[i % 3];
        card.touched = true;
        let form: Record<string, string>;
        let done: (li: CardLi) => boolean;
        if (name === 'move') {
          const to = (card.group + 1) % GROUPS;
          form = live ? { groupId: String(groupId(to)), promptId: String(live.promptId) } : { g: String(to) };
          done = (li) => !li.gone && !!li.cell?.startsWith(`w-cards-${groupId(to)}-`);
          card.group = to;
        } else if (name === 'merge') {
          const [intoId, into] = ready.find(([other]) => other !== id)!;
          into.touched = true;
          form = live ? { intoId: String(intoId) } : { into: String(intoId) };
          done = (li) => li.gone;
          card.merged = true;
        } else {
          form = live ? { hidden: '1' } : {};
          done = (li) => li.gone;
          card.hidden = true;
        }
        const t0 = performance.now();
        pendingOps.set(id, { t0, done });
        const status = await op(name, id, form).catch(() => 0);
        ops.post.push(performance.now() - t0);
        if (status !== 303 && status !== 204) ops.errors++;
      }
    })();

    const before = await tell<Stats>({ type: 'stats' });
    const generator = process.cpuUsage();
    if (PROFILE) child.send({ type: 'profile' });
    const total = rate * SECONDS;
    counting = true;
    const start = performance.now();
    const posts: Promise<void>[] = [];
    for (let n = 0; n < total; n++) {
      const wait = start + (n * 1000) / rate - performance.now();
      if (wait > 0) await sleep(wait);
      posts.push(post(posters[(n * 7919) % posters.length]));
    }
    await Promise.all(posts);
    const postedIn = performance.now() - start;
    opsRunning = false;
    await consoleWork;
    await sleep(2000); // the last cards and changes arrive
    counting = false;
    const after = await tell<Stats>({ type: 'stats' });
    const { user, system } = process.cpuUsage(generator);
    const profile = (phase: string) => join(PROFILE, `${kind}-${participants}x${rate}${phase}.cpuprofile`);
    if (PROFILE) await tell({ type: 'profiled', file: profile('') });
    const elapsed = performance.now() - start;
    let lost = 0;
    for (const s of screens)
      for (const [n, g] of groupOfCard)
        if ((typeof s.audience !== 'number' || s.audience === g) && !s.seen.has(n)) lost++;
    ops.errors += pendingOps.size; // changes that never reached the wall
    const answered = {
      perSecond: (submitMs.length / postedIn) * 1000,
      submitP99: percentile(submitMs, 99),
      errors,
      unanswered,
    };
    if (PROFILE) child.send({ type: 'profile' });
    const storm = await reconnectStorm({ port, screens, posters, post, known, groupOfCard, failed, listen });
    if (PROFILE) await tell({ type: 'profiled', file: profile('-storm') });
    return {
      ...answered,
      screenP99: percentile([...onScreen, ...onWall], 99),
      wallP99: percentile(onWall, 99),
      cpu: ((after.cpuMs - before.cpuMs) / elapsed) * 100,
      generatorCpu: (user + system) / 10 / elapsed,
      rss: Math.max(before.peakRss, after.peakRss) / 1024 / 1024,
      lost,
      mb: bytes / 1024 / 1024,
      total,
      ops,
      storm,
    };
  } finally {
    clearTimeout(guard);
    for (const s of screens) s.drop();
    if (child.connected) child.send({ type: 'stop' });
    await sleep(500);
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every screen drops, cards are posted meanwhile, and all reconnect at once with Last-Event-ID.
 * Then each must show exactly its board: the wall every card not hidden or merged away, the
 * console every card, a phone every card now in its group; a card it already showed and that did
 * not change while it was away must not come again.
 */
async function reconnectStorm(run: {
  port: number;
  screens: Screen[];
  posters: Poster[];
  post: (p: Poster) => Promise<void>;
  known: Map<number, Known>;
  groupOfCard: Map<number, number>;
  failed: Map<number, number>;
  listen: (s: Screen, also: (li: CardLi) => void) => (text: string, n: number) => void;
}): Promise<Result['storm']> {
  const { screens, posters, known } = run;
  for (const s of screens) s.drop();
  const before = screens.map((s) => new Map(s.cards));
  const firstNew = run.groupOfCard.size;
  const count = Math.min(200, Math.max(GROUPS, Math.round(posters.length / 10)));
  await pool(
    Array.from({ length: count }, (_, i) => posters[(i * 7919) % posters.length]),
    32,
    run.post,
  );
  await sleep(200);
  let errors = 0;
  let dups = 0;
  const t0 = performance.now();
  const back = screens.map(() => NaN);
  await Promise.all(
    screens.map((s, i) =>
      s
        .connect(
          run.port,
          run.listen(s, (li) => {
            if (before[i].get(li.id) === true && !li.gone) dups++;
          }),
          true,
        )
        .catch(() => void errors++),
    ),
  );
  const fresh = [...run.groupOfCard].filter(([n]) => n >= firstNew && !run.failed.has(n));
  const refused = [...run.failed].filter(([n]) => n >= firstNew);
  if (refused.length)
    console.error(`  storm: ${refused.length} posts refused (${refused.map(([, s]) => s).join(', ')})`);
  errors += refused.length;
  const deadline = performance.now() + UNANSWERED_MS;
  while (performance.now() < deadline) {
    screens.forEach((s, i) => {
      if (!Number.isNaN(back[i]) || !s.req) return;
      const waiting = fresh.some(([n, g]) => (typeof s.audience !== 'number' || s.audience === g) && !s.seen.has(n));
      if (!waiting) back[i] = performance.now() - t0;
    });
    if (back.every((b) => !Number.isNaN(b))) break;
    await sleep(10);
  }
  let wrong = 0;
  let missing = 0;
  let extra = 0;
  for (const s of screens) {
    let differs = false;
    for (const [id, k] of known) {
      const expected =
        s.audience === 'console' ? true : s.audience === 'wall' ? !k.hidden && !k.merged : k.group === s.audience;
      const shown = s.cards.get(id) === true;
      if (expected && !shown) missing++;
      if (!expected && shown) extra++;
      differs ||= expected !== shown;
    }
    if (differs) wrong++;
  }
  const notBack = back.filter((b) => Number.isNaN(b)).length;
  return { errors, backMs: notBack ? NaN : Math.max(...back), notBack, wrong, missing, extra, dups };
}

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '—');
const ratio = (a: number, b: number) => (b > 0 && Number.isFinite(a / b) ? ` (${(a / b).toFixed(1)}×)` : '');
const pair = (a: number, b: number) => `${f0(a)} / ${f0(b)}${ratio(a, b)}`;

async function main() {
  console.log(
    `ライブ会議ベンチ（ループバック、10グループ・投影10・進行1・残りは参加者の電話、各セル ${SECONDS} 秒、renkei / 素のサーバー（比））`,
  );
  // a connection reset under heavy load fails one cell, not the run
  process.on('uncaughtException', (e) => console.error(`  （接続エラー: ${e.message}）`));
  const rows: string[] = [];
  const extraRows: string[] = [];
  for (const [n, rate] of GRID) {
    const run = (kind: 'app' | 'bare') =>
      drive(kind, n, rate).catch((e: Error): Result => {
        console.error(`  ${kind} ${n} × ${rate}: ${e.message}`);
        const none = {
          submitP99: NaN,
          screenP99: NaN,
          wallP99: NaN,
          perSecond: NaN,
          cpu: NaN,
          generatorCpu: NaN,
          rss: NaN,
          mb: NaN,
        };
        const storm = { errors: 1, backMs: NaN, notBack: NaN, wrong: NaN, missing: NaN, extra: NaN, dups: NaN };
        return {
          ...none,
          unanswered: 0,
          lost: 0,
          errors: 1,
          total: rate * SECONDS,
          ops: { post: [], wall: [], errors: 0 },
          storm,
        };
      });
    const app = await run('app');
    const bare = await run('bare');
    const row = `| ${n} × ${rate} | ${pair(app.submitP99, bare.submitP99)} | ${pair(app.screenP99, bare.screenP99)} | ${pair(app.wallP99, bare.wallP99)} | ${pair(app.perSecond, bare.perSecond)} | ${f0(app.cpu)} / ${f0(bare.cpu)} | ${f0(app.rss)} / ${f0(bare.rss)} | ${app.unanswered} of ${app.total} / ${bare.unanswered} | ${app.lost} / ${bare.lost} | ${app.errors} / ${bare.errors} | ${pair(app.mb, bare.mb)} | ${f0(app.generatorCpu)} / ${f0(bare.generatorCpu)} |`;
    const p = (r: Result, list: 'post' | 'wall', q: number) => percentile(r.ops[list], q);
    const s = ({ storm: t }: Result) =>
      `${t.errors} / ${t.notBack ? `${t.notBack} 未復帰` : f0(t.backMs)} / ${t.wrong} (${t.missing}, ${t.dups}, ${t.extra})`;
    const extra = `| ${n} × ${rate} | ${app.ops.post.length} / ${bare.ops.post.length} | ${f0(p(app, 'post', 50))}, ${pair(p(app, 'post', 99), p(bare, 'post', 99))} | ${f0(p(app, 'wall', 50))}, ${pair(p(app, 'wall', 99), p(bare, 'wall', 99))} | ${app.ops.errors} / ${bare.ops.errors} | ${s(app)} | ${s(bare)} |`;
    rows.push(row);
    extraRows.push(extra);
    console.error(`  ${row}\n  ${extra}`); // progress while the grid runs
  }
  console.log(
    '| N × 件/秒 | 投稿 p99 ms | 画面に表示 p99 ms | うち投影・進行 p99 ms | 応答 件/秒 | CPU % | RSS MB | 30秒無応答 | 未着 | エラー | 送信 MB | 負荷側 CPU % |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log('');
  console.log(
    '進行操作（移動・統合・非表示、0.5秒ごと）と再接続ストーム（全員が同時に切断→Last-Event-IDで再接続）。ストーム: エラー / 全員が復帰するまで ms / 盤面が違う画面 (欠落, 重複, 余分)',
  );
  console.log(
    '| N × 件/秒 | 操作回数 | 操作 POST p50, p99 ms | 投影に反映 p50, p99 ms | 操作エラー | ストーム renkei | ストーム 素 |',
  );
  console.log('|---|---|---|---|---|---|---|');
  for (const r of extraRows) console.log(r);
  closeAgent();
}

await main();
