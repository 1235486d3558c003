// Questionnaire results at scale: 200 agencies' submitted responses imported as a bundle into a
// temporary database, then the staff results page (HTML, through the app) and the packet JSON
// (through the app and as the pure builder) timed over N runs.
// Targets (DESIGN.md): page responses p50 < 10 ms; memory < 200 MB RSS.
// Run: npm run bench [-- runs]   (default 50 runs)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { openDb } from '../src/db/client.ts';
import { createApp } from '../src/app.tsx';
import { createUser } from '../src/auth/queries.ts';
import { meetings } from '../src/db/schema.ts';
import { importBundle, type Bundle } from '../src/bundle/index.ts';
import { buildPacketJson, loadPacketData } from '../src/packet/json.ts';
import { Client } from '../tests/helpers.ts';
import { AGE_BAND_KEYS } from '../src/lib/labels/questionnaire.ts';

// one JSON log line per request would drown the figures
process.env.LOG_LEVEL ??= 'silent';

const AGENCIES = 200;
const RUNS = Number(process.argv[2] ?? process.env.BENCH_RUNS ?? 50);
const WARMUP = 5;

const FIELDS = ['health_medical', 'welfare_ibasho', 'employment', 'education', 'other'] as const;
const PROFESSIONS = [
  '保健師',
  '社会福祉士',
  '精神保健福祉士',
  '公認心理師',
  '臨床心理士',
  '看護師',
  '介護支援専門員',
  '相談支援専門員',
  '保育士',
  '教員',
  'キャリアコンサルタント',
  '社会教育主事',
  '作業療法士',
];
const SUPPORT = [
  '窓口での相談支援',
  '訪問支援（アウトリーチ）',
  '関係機関の紹介・つなぎ',
  '居場所の提供',
  '家族相談・家族支援',
  '就労支援・就労準備支援',
  '学習・就学支援',
];

// Deterministic pseudo-random numbers so every run measures the same data.
let seed = 7;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};
const pick = (list: string[], n: number) => [...new Set(Array.from({ length: n }, () => list[rnd(list.length)]))];

function benchBundle(): Bundle {
  const agencies = Array.from({ length: AGENCIES }, (_, i) => {
    const ageMin = [0, 6, 15, 18, 40, 65][rnd(6)];
    return {
      key: `a${i + 1}`,
      name: `支援機関${i + 1}`,
      kind: 'NPO',
      field: FIELDS[i % FIELDS.length],
      ageMin,
      ageMax: rnd(3) === 0 ? null : ageMin + 10 + rnd(40),
    };
  });
  return {
    format: 'renkei-bundle/1',
    project: { name: 'ベンチ市 ひきこもり支援ネットワーク', municipality: 'ベンチ市', fiscalYear: 2024 },
    agencies,
    questionnaire: {
      responses: agencies.map((a) => ({
        agency: a.key,
        submittedAt: '2024-10-24T10:00:00+09:00',
        answers: {
          caseload_by_age_band: Object.fromEntries(AGE_BAND_KEYS.map((b) => [b, rnd(12)])),
          total_contacts: 20 + rnd(400),
          professions: pick(PROFESSIONS, 1 + rnd(4)),
          support_content: pick(SUPPORT, 1 + rnd(5)),
          challenges: '年齢の切れ目で支援が途切れる。'.repeat(1 + rnd(5)),
        },
      })),
    },
    meetings: [
      { key: 'm1', kind: 'network', title: '第1回 ネットワーク会議', date: '2024-12-24', agenda: ['調査結果の共有'] },
    ],
  };
}

const rss = () => `RSS ${(process.memoryUsage().rss / 1024 / 1024).toFixed(1)} MB`;

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return `p50 ${at(0.5).toFixed(2)} ms  p95 ${at(0.95).toFixed(2)} ms  max ${s[s.length - 1].toFixed(2)} ms`;
}

async function time(label: string, fn: () => Promise<void> | void) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  console.log(`${label.padEnd(34)} ${stats(ms)}`);
}

const dir = mkdtempSync(join(tmpdir(), 'renkei-bench-'));
try {
  console.log(`modules loaded: ${rss()}`);
  const db = openDb(join(dir, 'bench.db'));
  const t0 = performance.now();
  const pid = importBundle(db, benchBundle());
  console.log(`import ${AGENCIES} agencies + responses: ${(performance.now() - t0).toFixed(1)} ms (${rss()})`);
  const mid = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.projectId, pid)).get()!.id;

  const app = createApp({ db });
  const user = { email: 'bench@example.jp', name: 'ベンチ', password: 'bench password long enough' };
  await createUser(db, { ...user, role: 'admin' });
  const client = new Client(app);
  const login = await client.post('/login', { email: user.email, password: user.password });
  if (login.status !== 303) throw new Error(`login failed: ${login.status}`);
  // the password hash (scrypt) alone takes a large, short-lived block of memory
  console.log(`after login: ${rss()}`);

  const fetchOk = async (path: string, mustContain: string) => {
    const res = await client.get(path);
    const body = await res.text();
    if (res.status !== 200 || !body.includes(mustContain)) throw new Error(`${path}: ${res.status}`);
  };
  console.log(`runs: ${RUNS} (after ${WARMUP} warm-up)`);
  await time('results page HTML (app.request)', () => fetchOk(`/projects/${pid}/questionnaire/results`, '</html>'));
  await time('packet.json (app.request)', () =>
    fetchOk(`/projects/${pid}/meetings/${mid}/packet.json`, 'dropOffBands'),
  );
  await time('packet JSON (load + build)', () => {
    JSON.stringify(buildPacketJson(loadPacketData(db, pid, mid)!));
  });
  console.log(`end: ${rss()}`);
  db.$client.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
