// Issue 14 item 5: `restore --force` while the server runs replaced the file under it and
// acknowledged writes were lost. Restore now refuses while a server has the database open.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../../src/db/client.ts';
import { createProject } from '../../src/projects/queries.ts';
import { startServer, type ServerProcess } from '../../e2e/harness.ts';
import { cli, tempInstallation } from './dataHarness.ts';

const t = tempInstallation('restore-running');
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop();
  server?.cleanup();
  rmSync(t.dir, { recursive: true, force: true });
});

const projectNames = (path: string) => {
  const db = openDb(path);
  try {
    return (db.$client.prepare('select name from projects order by id').all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.$client.close();
  }
};

describe('restore while the server runs', () => {
  it('refuses with a clear message, and works once the server has stopped', async () => {
    const db = openDb(t.dbPath);
    createProject(
      db,
      { name: '復元前', municipality: 'A市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
      null,
    );
    db.$client.close();
    const backupFile = join(t.dir, 'backup.db');
    expect((await cli(['backup', backupFile], t.dbPath)).code).toBe(0);
    const db2 = openDb(t.dbPath);
    createProject(
      db2,
      { name: '復元後に作成', municipality: 'A市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
      null,
    );
    db2.$client.close();

    server = await startServer({ dbPath: t.dbPath, env: { LOG_LEVEL: 'silent' } });
    const refused = await cli(['restore', '--force', backupFile], t.dbPath);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('サーバーが起動中');
    expect(refused.err).toMatch(/プロセス番号 \d+/);
    expect(projectNames(t.dbPath)).toEqual(['復元前', '復元後に作成']);

    await server.stop();
    expect(existsSync(`${t.dbPath}.lock`)).toBe(false);
    const restored = await cli(['restore', '--force', backupFile], t.dbPath);
    expect(restored.code).toBe(0);
    expect(projectNames(t.dbPath)).toEqual(['復元前']);
  }, 60_000);

  it('ignores a lock left by a server that was killed (its process no longer exists)', async () => {
    const other = tempInstallation('restore-stale');
    try {
      openDb(other.dbPath).$client.close();
      const backupFile = join(other.dir, 'backup.db');
      expect((await cli(['backup', backupFile], other.dbPath)).code).toBe(0);
      writeFileSync(`${other.dbPath}.lock`, '2147483646\n');
      const r = await cli(['restore', '--force', backupFile], other.dbPath);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    } finally {
      rmSync(other.dir, { recursive: true, force: true });
    }
  });
});
