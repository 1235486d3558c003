import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { count } from 'drizzle-orm';
import { openDb } from '../src/db/client.ts';
import { runCli, type Io } from '../src/cli/framework.ts';
import { commands } from '../src/cli/commands/index.ts';
import { projects } from '../src/db/schema.ts';

const BUNDLE = {
  format: 'renkei-bundle/1',
  project: { name: 'C市 ネットワーク', municipality: 'C市', fiscalYear: 2024 },
  agencies: [{ key: 'a1', name: 'C市 生活福祉課', kind: '行政部署', field: 'welfare_ibasho', ageMin: 15, ageMax: 64 }],
  questionnaire: {
    responses: [
      {
        agency: 'a1',
        submittedAt: '2024-10-24T10:00:00+09:00',
        answers: { caseload_by_age_band: { '19-24': 4 }, total_contacts: 16 },
      },
    ],
  },
  meetings: [
    { key: 'm1', kind: 'network', title: '第1回 ネットワーク会議', date: '2024-12-24', agenda: ['調査結果の共有'] },
  ],
};

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'renkei-bundle-cli-'));
  dbPath = join(dir, 'renkei.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, promptSecret: async () => null };
  const code = await runCli(argv, commands, io, () => openDb(dbPath));
  return { code, out, err: err.join('\n') };
}

function projectCount(): number {
  const db = openDb(dbPath);
  try {
    return db.select({ n: count() }).from(projects).get()!.n;
  } finally {
    db.$client.close();
  }
}

function writeJson(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

describe('cli import / export', () => {
  it('imports through the real entry point and prints the new project id alone on the last line', async () => {
    const file = writeJson('bundle.json', BUNDLE);
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/main.ts', 'import', file], {
      env: { ...process.env, DATABASE_PATH: dbPath },
    });
    const lines = stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^\d+$/);
    expect(lines[0]).toContain('C市 ネットワーク');
  });

  it('exits non-zero listing every problem path, and writes nothing', async () => {
    const bad = structuredClone(BUNDLE) as any;
    bad.agencies[0].field = 'health';
    bad.meetings[0].surprise = true;
    bad.questionnaire.responses[0].agency = 'a9';
    const r = await cli(['import', writeJson('bad.json', bad)]);
    expect(r.code).not.toBe(0);
    expect(r.out).toEqual([]);
    expect(r.err).toContain(
      'agencies[0].field: "health" は health_medical/welfare_ibasho/employment/education/other のいずれか',
    );
    expect(r.err).toContain('meetings[0].surprise: 不明なキーです');
    expect(projectCount()).toBe(0);
  });

  it('reports unreadable files and broken JSON', async () => {
    const missing = await cli(['import', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('ファイルを読めません');
    const broken = await cli(['import', writeJson('broken.json', '{"format": ')]);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('JSON として読めません');
    expect((await cli(['import'])).code).toBe(2);
  });

  it('exports to stdout or a file, and the export imports again unchanged', async () => {
    const imported = await cli(['import', writeJson('bundle.json', BUNDLE)]);
    const id = imported.out.at(-1)!;
    const stdout = await cli(['export', id]);
    expect(stdout.code).toBe(0);
    expect(JSON.parse(stdout.out.join('\n'))).toMatchObject({ format: 'renkei-bundle/1', agencies: [{ key: 'a1' }] });

    const file = join(dir, 'out.json');
    expect((await cli(['export', id, file])).code).toBe(0);
    expect((await cli(['export', id, file])).err).toContain('--force');
    const again = await cli(['import', file]);
    const reexported = await cli(['export', again.out.at(-1)!]);
    expect(reexported.out.join('\n')).toBe(readFileSync(file, 'utf8').trimEnd());

    expect((await cli(['export', '999'])).err).toContain('プロジェクト 999 はありません');
    expect((await cli(['export', 'abc'])).code).toBe(2);
  });
});
