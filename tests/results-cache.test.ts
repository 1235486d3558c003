// The questionnaire results page and status list are kept between requests until the database changes
// (untilDataChanges): every kind of change must show on the next request.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDb, dataVersion, untilDataChanges, type Db } from '../src/db/client.ts';
import { agencies } from '../src/db/schema.ts';
import { createUser } from '../src/auth/queries.ts';
import { loadDemo } from '../src/demo/index.ts';
import { reopenResponse } from '../src/questionnaire/queries.ts';
import { ADMIN, Client, makeApp } from './helpers.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function fileDb(): { path: string; db: Db } {
  const dir = mkdtempSync(join(tmpdir(), 'renkei-cache-'));
  dirs.push(dir);
  const path = join(dir, 'test.db');
  return { path, db: openDb(path) };
}

describe('data version', () => {
  it('changes on writes through this connection, rolled back ones included, and on commits by another connection', () => {
    const { path, db } = fileDb();
    const v0 = dataVersion(db);
    expect(dataVersion(db)).toBe(v0); // reading changes nothing
    loadDemo(db);
    const v1 = dataVersion(db);
    expect(v1).not.toBe(v0);
    expect(() =>
      db.transaction((tx) => {
        tx.update(agencies).set({ name: '途中' }).run();
        throw new Error('rollback');
      }),
    ).toThrow('rollback');
    const v2 = dataVersion(db);
    expect(v2).not.toBe(v1);
    const other = openDb(path); // e.g. the CLI while the server runs
    other.update(agencies).set({ kind: '別プロセス' }).run();
    other.$client.close();
    expect(dataVersion(db)).not.toBe(v2);
    db.$client.close();
  });

  it('recomputes a cached value after any write and keeps it while nothing is written', () => {
    const { db } = fileDb();
    let runs = 0;
    const value = () => untilDataChanges(db, 'k', () => ++runs);
    expect([value(), value()]).toEqual([1, 1]);
    loadDemo(db);
    expect([value(), value()]).toEqual([2, 2]);
    db.$client.close();
  });
});

describe('questionnaire results and status pages', () => {
  it('show the current answers after edits in the app and by another process', async () => {
    const { path, db } = fileDb();
    const { app } = makeApp(db);
    const admin = await createUser(db, { ...ADMIN, role: 'admin' });
    const pid = loadDemo(db, { ownerUserId: admin.id });
    const client = new Client(app);
    await client.post('/login', { email: ADMIN.email, password: ADMIN.password });
    const results = async () => (await client.get(`/projects/${pid}/questionnaire/results`)).text();
    const status = async () => (await client.get(`/projects/${pid}/questionnaire`)).text();
    expect(await status()).toContain('<strong>11</strong>/ 11 機関 提出済み');

    const before = await results();
    expect(before).toContain('提出済みの回答 <strong>11</strong> 機関');
    expect(await results()).toBe(before);

    const first = db.select().from(agencies).where(eq(agencies.key, 'a1')).get()!;
    reopenResponse(db, pid, first.id);
    expect(await results()).toContain('提出済みの回答 <strong>10</strong> 機関');
    expect(await status()).toContain('<strong>10</strong>/ 11 機関 提出済み');

    const other = openDb(path);
    other.update(agencies).set({ name: '改称した支援機関' }).where(eq(agencies.key, 'a2')).run();
    other.$client.close();
    expect(await results()).toContain('改称した支援機関');
    expect(await status()).toContain('改称した支援機関');
    db.$client.close();
  });
});
