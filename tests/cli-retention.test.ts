// Backup → restore round trip, and deleting a finished project's data for good.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../src/db/client.ts';
import { runCli, type Io } from '../src/cli/framework.ts';
import { commands } from '../src/cli/commands/index.ts';
import { loadDemo } from '../src/demo/index.ts';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'renkei-retention-'));
  dbPath = join(dir, 'renkei.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], databasePath = dbPath) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { DATABASE_PATH: databasePath },
    promptSecret: async () => null,
  };
  const code = await runCli(argv, commands, io, () => openDb(databasePath));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function counts(path: string): Record<string, number> {
  const db = openDb(path);
  try {
    const tables = db.$client
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'",
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        (db.$client.prepare(`select count(*) n from "${name}"`).get() as { n: number }).n,
      ]),
    );
  } finally {
    db.$client.close();
  }
}

const SYSTEM = { kind: 'system', label: 'test' } as const;

describe('backup and restore', () => {
  it('restores every row of a backup, and refuses to overwrite without --force', async () => {
    const db = openDb(dbPath);
    loadDemo(db, { actor: SYSTEM });
    db.$client.close();
    const before = counts(dbPath);
    const file = join(dir, 'backup.db');
    expect((await cli(['backup', file])).code).toBe(0);

    const restoredPath = join(dir, 'restored', 'renkei.db');
    const restored = await cli(['restore', file], restoredPath);
    expect(restored.code).toBe(0);
    expect(counts(restoredPath)).toEqual(before);

    const again = await cli(['restore', file], restoredPath);
    expect(again.code).toBe(1);
    expect(again.err).toContain('--force');
    expect((await cli(['restore', '--force', file], restoredPath)).code).toBe(0);
  });

  it('refuses a file that is not a renkei database', async () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database at all');
    const r = await cli(['restore', junk], join(dir, 'x.db'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('バックアップとして読み込めません');
  });
});

describe('project:delete', () => {
  it('needs --yes, then removes every row of that project only and keeps a record of the deletion', async () => {
    const db = openDb(dbPath);
    const first = loadDemo(db, { actor: SYSTEM });
    db.$client.close();
    const oneProject = counts(dbPath);
    const db2 = openDb(dbPath);
    const second = loadDemo(db2, { actor: SYSTEM });
    db2.$client.close();

    const unconfirmed = await cli(['project:delete', String(second)]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.err).toContain('--yes');

    const r = await cli(['project:delete', String(second), '--yes']);
    expect(r.code).toBe(0);
    const after = counts(dbPath);
    // everything the second demo added is gone; the first project is untouched (+1 audit line)
    expect({ ...after, audit_log: after.audit_log - 1 }).toEqual(oneProject);
    const check = openDb(dbPath);
    const log = check.$client
      .prepare("select detail from audit_log where project_id is null and action = 'delete'")
      .all() as { detail: string }[];
    expect(log.map((l) => l.detail).join()).toContain('のデータを削除');
    expect((check.$client.prepare('select count(*) n from projects where id = ?').get(first) as { n: number }).n).toBe(
      1,
    );
    check.$client.close();
    expect((await cli(['project:delete', String(second), '--yes'])).code).toBe(1);
  });

  it('leaves no trace of deleted case texts in the database file', async () => {
    const db = openDb(dbPath);
    const pid = loadDemo(db, { actor: SYSTEM });
    const { summary } = db.$client.prepare("select summary from case_sheets where summary != '' limit 1").get() as {
      summary: string;
    };
    db.$client.close();
    expect(readFileSync(dbPath).includes(Buffer.from(summary))).toBe(true);
    expect((await cli(['project:delete', String(pid), '--yes'])).code).toBe(0);
    for (const suffix of ['', '-wal']) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(dbPath + suffix);
      } catch {
        continue; // no WAL left behind
      }
      expect(bytes.includes(Buffer.from(summary))).toBe(false);
    }
  });
});
