// The two servers of bench/live.ts, each run in its own child process (`liveServers.ts --app DB` or
// `--bare DB`) so the load generator does not disturb their figures: renkei itself, and a bare
// reference on the same stack (Hono + @hono/node-server + better-sqlite3 WAL) that does one INSERT
// per card and broadcasts one small HTML fragment per card to the walls, the console and the
// card's group, replays cards after Last-Event-ID, and does facilitator moves/merges/hides as one
// UPDATE and one fragment each.
import { writeFileSync } from 'node:fs';
import inspector from 'node:inspector';

export const HOST = '127.0.0.1';
export const GROUPS = 10;

export type Stats = { rss: number; peakRss: number; cpuMs: number };

/** Reports memory and CPU to the parent, and profiles on request; shared by both servers. */
function statsReporter() {
  let peakRss = 0;
  setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100).unref();
  const profiler = new inspector.Session();
  profiler.connect();
  process.on('message', (msg: { type: string; file?: string }) => {
    if (msg.type === 'profile') {
      profiler.post('Profiler.enable', () => profiler.post('Profiler.start'));
    }
    if (msg.type === 'profiled')
      profiler.post('Profiler.stop', (err, res) => {
        if (!err) writeFileSync(msg.file!, JSON.stringify(res.profile));
        process.send!({ profiled: true });
      });
    if (msg.type === 'stats') {
      const cpu = process.cpuUsage();
      const rss = process.memoryUsage().rss;
      process.send!({ rss, peakRss: Math.max(peakRss, rss), cpuMs: (cpu.user + cpu.system) / 1000 } satisfies Stats);
      peakRss = 0;
    }
    if (msg.type === 'stop') process.exit(0);
  });
}

async function runApp(dbPath: string) {
  const { serve } = await import('@hono/node-server');
  const { openDb } = await import('../src/db/client.ts');
  const { createApp } = await import('../src/app.tsx');
  const db = openDb(dbPath);
  statsReporter();
  serve({ fetch: createApp({ db }).fetch, port: 0, hostname: HOST }, (info) => process.send!({ port: info.port }));
}

/** A project with one open network meeting of GROUPS groups whose cards go to the wall at once. */
export async function seedApp(dbPath: string) {
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

async function runBare(dbPath: string) {
  const { Hono } = await import('hono');
  const { streamSSE } = await import('hono/streaming');
  const { serve } = await import('@hono/node-server');
  const Database = (await import('better-sqlite3')).default;
  const sqlite = new Database(dbPath);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec(
    'create table if not exists cards (id integer primary key, grp integer not null, text text not null, hidden integer not null default 0, merged integer)',
  );
  type Row = { id: number; grp: number; text: string; hidden: number; merged: number | null };
  const insert = sqlite.prepare('insert into cards (grp, text) values (?, ?)');
  const byId = sqlite.prepare<[number], Row>('select * from cards where id = ?');
  const after = sqlite.prepare<[number], Row>('select * from cards where id > ? order by id');
  const update = {
    hide: sqlite.prepare('update cards set hidden = 1 where id = ?'),
    move: sqlite.prepare('update cards set grp = ? where id = ?'),
    merge: sqlite.prepare('update cards set merged = ? where id = ?'),
  };
  type Sink = (data: string, id?: number) => void;
  const sets = new Map<string, Set<Sink>>();
  const setOf = (k: string) => sets.get(k) ?? sets.set(k, new Set()).get(k)!;
  const send = (keys: (string | number)[], html: string, id?: number) => {
    for (const k of keys) for (const sink of setOf(String(k))) sink(html, id);
  };
  const li = (r: Row, extra = '') =>
    `<li id="card-${r.id}" data-cell="w-cards-${r.grp}-0"${extra}>${r.text.replace(/[<&]/g, '')}</li>`;
  const gone = (id: number) => `<li id="card-${id}" data-gone></li>`;
  const app = new Hono();
  app.get('/events', (c) => {
    const key = c.req.query('g') ?? 'wall';
    const last = Number(c.req.header('Last-Event-ID') ?? 0);
    const set = setOf(key);
    return streamSSE(c, async (stream) => {
      const sink: Sink = (data, id) =>
        void stream.writeSSE({ event: 'card', data, id: id === undefined ? undefined : String(id) });
      if (last)
        for (const r of after.all(last)) {
          if (key === 'wall' ? !r.hidden && r.merged === null : key === 'console' || String(r.grp) === key)
            sink(li(r), r.id);
        }
      set.add(sink);
      await new Promise<void>((resolve) => stream.onAbort(resolve));
      set.delete(sink);
    });
  });
  app.post('/cards', async (c) => {
    const form = await c.req.parseBody();
    const grp = Number(form.g);
    const id = Number(insert.run(grp, String(form.text)).lastInsertRowid);
    send(['wall', 'console', grp], li({ id, grp, text: String(form.text), hidden: 0, merged: null }), id);
    return c.body(null, 204);
  });
  app.post('/ops', async (c) => {
    const form = await c.req.parseBody();
    const r = byId.get(Number(form.id));
    if (!r) return c.body(null, 404);
    if (form.op === 'hide') {
      update.hide.run(r.id);
      send(['wall'], gone(r.id));
    } else if (form.op === 'move') {
      const grp = Number(form.g);
      update.move.run(grp, r.id);
      send(['wall', 'console', grp], li({ ...r, grp }));
      send([r.grp], gone(r.id));
    } else {
      update.merge.run(Number(form.into), r.id);
      send(['wall'], gone(r.id));
      send(['console', r.grp], li(r, ' data-merged'));
    }
    return c.body(null, 204);
  });
  statsReporter();
  serve({ fetch: app.fetch, port: 0, hostname: HOST }, (info) => process.send!({ port: info.port }));
}

if (process.argv[2] === '--app') void runApp(process.argv[3]);
else if (process.argv[2] === '--bare') void runBare(process.argv[3]);
