// Issue 14 item 6: `project:delete` while the server ran left the deleted text in the database
// file (and its WAL) until the server stopped. Deletion is now complete when the command returns.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { openDb } from '../../src/db/client.ts';
import { loadDemo } from '../../src/demo/index.ts';
import { createSession, createUser } from '../../src/auth/queries.ts';
import { startServer, type ServerProcess } from '../../e2e/harness.ts';
import { cli, tempInstallation } from './dataHarness.ts';

const t = tempInstallation('delete-running');
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop();
  server?.cleanup();
  rmSync(t.dir, { recursive: true, force: true });
});

describe('project:delete while the server runs', () => {
  it('leaves no byte of the deleted text in the database or its WAL when the command returns', async () => {
    const db = openDb(t.dbPath);
    const admin = await createUser(db, {
      email: 'a@example.jp',
      name: '管理者',
      password: 'x'.repeat(12),
      role: 'admin',
    });
    const pid = loadDemo(db, { actor: { kind: 'system', label: 'test' } });
    const marker = `消去確認用の記述-${Date.now()}`;
    db.$client.prepare('update case_sheets set summary = ? where project_id = ?').run(marker, pid);
    const session = createSession(db, admin.id);
    db.$client.close();

    server = await startServer({ dbPath: t.dbPath, env: { LOG_LEVEL: 'silent' } });
    const cookie = { Cookie: `renkei_session=${session}` };
    // the server reads the project (its connection and page cache have seen the text)
    const page = await fetch(`${server.url}/projects/${pid}/cases`, { headers: cookie });
    expect(page.status).toBe(200);

    const r = await cli(['project:delete', String(pid), '--yes'], t.dbPath);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const needle = Buffer.from(marker);
    for (const suffix of ['', '-wal']) {
      const path = t.dbPath + suffix;
      if (existsSync(path)) expect([suffix, readFileSync(path).includes(needle)]).toEqual([suffix, false]);
    }
    // and the server keeps working on the rewritten file
    expect((await fetch(`${server.url}/projects`, { headers: cookie })).status).toBe(200);
    expect((await fetch(`${server.url}/projects/${pid}`, { headers: cookie })).status).toBe(404);
  }, 60_000);
});
