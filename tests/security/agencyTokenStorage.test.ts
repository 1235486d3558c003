// Issue 14 item 7: agency links could be recomputed from any copy of the database (the secret
// and nonces were stored beside the hashes). The secret now lives outside the database.
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDb, type Db } from '../../src/db/client.ts';
import { agencies, settings } from '../../src/db/schema.ts';
import { createProject } from '../../src/projects/queries.ts';
import { currentAgencyToken, findAgencyByToken, issueAgencyLink } from '../../src/agencies/links.ts';
import { linkKeyPath } from '../../src/settings.ts';
import { hmacToken, randomToken, sha256 } from '../../src/lib/crypto.ts';
import { tempInstallation } from './dataHarness.ts';
import { staffSetup } from '../helpers.ts';
import { eq } from 'drizzle-orm';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function seedAgency(db: Db) {
  const p = createProject(
    db,
    { name: 'A市', municipality: 'A市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
    null,
  );
  return db
    .insert(agencies)
    .values({ projectId: p.id, key: 'A', name: '相談室', kind: 'NPO', field: 'welfare_ibasho' })
    .returning()
    .get();
}

/** Every text value stored anywhere in the database file. */
function storedStrings(db: Db): string[] {
  const tables = db.$client.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
  return tables.flatMap(({ name }) =>
    (db.$client.prepare(`select * from "${name}"`).all() as Record<string, unknown>[]).flatMap((row) =>
      Object.values(row).filter((v): v is string => typeof v === 'string'),
    ),
  );
}

describe('agency link tokens at rest', () => {
  it('a copy of the database without the key file reveals no working link', () => {
    const t = tempInstallation('tokens');
    dir = t.dir;
    const db = openDb(t.dbPath);
    const agency = seedAgency(db);
    const token = issueAgencyLink(db, agency.id);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const key = readFileSync(linkKeyPath(t.dbPath), 'utf8').trim();
    expect(statSync(linkKeyPath(t.dbPath)).mode & 0o777).toBe(0o600);

    // what a thief of a backup has: the database file, not the key beside it
    const stolen = join(t.dir, 'stolen.db');
    copyFileSync(t.dbPath, stolen);
    expect(readFileSync(stolen).includes(Buffer.from(key))).toBe(false);
    expect(readFileSync(stolen).includes(Buffer.from(token))).toBe(false);
    const copy = openDb(stolen);
    const row = copy.select().from(agencies).get()!;
    const values = storedStrings(copy);
    for (const value of values) {
      expect(findAgencyByToken(db, value)).toBeUndefined();
      // no stored value works as the HMAC secret either
      expect(hmacToken(value, `agency:${agency.id}:${row.tokenNonce}`)).not.toBe(token);
    }
    // opening the copy creates its own key, under which the stored nonce yields no link
    expect(currentAgencyToken(copy, row)).toBeNull();
    expect(findAgencyByToken(db, token)?.id).toBe(agency.id);
    copy.$client.close();
    db.$client.close();
  });

  it('keeps printing the same link while the key is there, and none (reissue) once it is lost', () => {
    const t = tempInstallation('tokens-lost');
    dir = t.dir;
    let db = openDb(t.dbPath);
    const agency = seedAgency(db);
    const token = issueAgencyLink(db, agency.id);
    db.$client.close();
    db = openDb(t.dbPath);
    const row = db.select().from(agencies).get()!;
    expect(currentAgencyToken(db, row)).toBe(token);
    db.$client.close();

    rmSync(linkKeyPath(t.dbPath));
    db = openDb(t.dbPath);
    expect(currentAgencyToken(db, db.select().from(agencies).get()!)).toBeNull();
    const reissued = issueAgencyLink(db, agency.id);
    expect(findAgencyByToken(db, reissued)?.id).toBe(agency.id);
    expect(findAgencyByToken(db, token)).toBeUndefined();
    db.$client.close();
  });

  it('moves the secret an older version kept in the database to the key file; existing links keep working', () => {
    const t = tempInstallation('tokens-legacy');
    dir = t.dir;
    const db = openDb(t.dbPath);
    const agency = seedAgency(db);
    // how the previous version stored things: secret in settings, token = HMAC(secret, nonce)
    const legacySecret = randomToken(32);
    const nonce = randomToken(16);
    const token = hmacToken(legacySecret, `agency:${agency.id}:${nonce}`);
    db.insert(settings).values({ key: 'link_secret', value: legacySecret }).run();
    db.update(agencies)
      .set({ tokenNonce: nonce, tokenHash: sha256(token) })
      .run();
    expect(existsSync(linkKeyPath(t.dbPath))).toBe(false);

    expect(currentAgencyToken(db, db.select().from(agencies).get()!)).toBe(token);
    expect(readFileSync(linkKeyPath(t.dbPath), 'utf8').trim()).toBe(legacySecret);
    expect(db.select().from(settings).all()).toEqual([]);
    expect(findAgencyByToken(db, token)?.id).toBe(agency.id);
    db.$client.close();
  });

  it('uses RENKEI_SECRET when set, and then writes no key file', () => {
    const t = tempInstallation('tokens-env');
    dir = t.dir;
    process.env.RENKEI_SECRET = 'x'.repeat(48);
    try {
      const db = openDb(t.dbPath);
      const agency = seedAgency(db);
      const token = issueAgencyLink(db, agency.id);
      const row = db.select().from(agencies).get()!;
      expect(token).toBe(hmacToken('x'.repeat(48), `agency:${agency.id}:${row.tokenNonce}`));
      expect(existsSync(linkKeyPath(t.dbPath))).toBe(false);
      db.$client.close();
    } finally {
      delete process.env.RENKEI_SECRET;
    }
  });

  it('the agency page says a link made under another key cannot be shown and offers a new one', async () => {
    const { client, db, project } = await staffSetup();
    const agency = db
      .insert(agencies)
      .values({ projectId: project.id, key: 'A', name: '相談室', kind: 'NPO', field: 'welfare_ibasho' })
      .returning()
      .get();
    issueAgencyLink(db, agency.id);
    // as if the key file had been replaced: the stored hash is of a token this key cannot derive
    db.update(agencies)
      .set({ tokenHash: sha256('made under the old key') })
      .where(eq(agencies.id, agency.id))
      .run();
    const html = await (await client.get(`/projects/${project.id}/agencies/${agency.id}`)).text();
    expect(html).toContain('リンクの鍵ファイルが変わったため、このリンクのURLを表示できません');
    expect(html).toContain('新しいリンクを発行する');
    expect(html).not.toContain('リンクは停止中です');
  });
});
