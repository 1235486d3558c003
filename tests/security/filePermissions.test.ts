// Issue 14 item 8: the database holds personal data, so nobody but the service account may read
// its files: folder 0700; database, WAL, SHM, link key and backups 0600.
import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDb } from '../../src/db/client.ts';
import { createProject } from '../../src/projects/queries.ts';
import { cli, tempInstallation } from './dataHarness.ts';

const mode = (path: string) => statSync(path).mode & 0o777;
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('file permissions', () => {
  it('creates the data folder 0700 and the database, WAL and SHM files 0600', () => {
    const t = tempInstallation('perm');
    dir = t.dir;
    const db = openDb(t.dbPath);
    createProject(db, { name: 'A市', municipality: 'A市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' }, null);
    expect(mode(dirname(t.dbPath))).toBe(0o700);
    for (const suffix of ['', '-wal', '-shm']) expect([suffix, mode(t.dbPath + suffix)]).toEqual([suffix, 0o600]);
    db.$client.close();
  });

  it('tightens a database file created 0644 by an older version when it is opened', () => {
    const t = tempInstallation('perm-old');
    dir = t.dir;
    openDb(t.dbPath).$client.close();
    chmodSync(t.dbPath, 0o644);
    const db = openDb(t.dbPath);
    expect(mode(t.dbPath)).toBe(0o600);
    db.$client.close();
  });

  it('writes backups and restored databases 0600', async () => {
    const t = tempInstallation('perm-backup');
    dir = t.dir;
    openDb(t.dbPath).$client.close();
    const file = join(t.dir, 'backup.db');
    expect((await cli(['backup', file], t.dbPath)).code).toBe(0);
    expect(mode(file)).toBe(0o600);
    const restored = join(t.dir, 'restored', 'renkei.db');
    expect((await cli(['restore', file], restored)).code).toBe(0);
    expect(mode(restored)).toBe(0o600);
    expect(mode(dirname(restored))).toBe(0o700);
  });

  it('writes an exported bundle 0600 (it holds the project’s personal data)', async () => {
    const t = tempInstallation('perm-export');
    dir = t.dir;
    const db = openDb(t.dbPath);
    const p = createProject(
      db,
      { name: 'A市', municipality: 'A市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
      null,
    );
    db.$client.close();
    const file = join(t.dir, 'bundle.json');
    expect((await cli(['export', String(p.id), file], t.dbPath)).code).toBe(0);
    expect(mode(file)).toBe(0o600);
  });
});
