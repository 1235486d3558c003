import { eq } from 'drizzle-orm';
import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Db } from './db/client.ts';
import { settings } from './db/schema.ts';
import { PRIVATE_FILE } from './db/files.ts';
import { randomToken } from './lib/crypto.ts';

/** Where the link key of a database file is kept: beside it, never inside it. */
export const linkKeyPath = (dbPath: string) => `${dbPath}.key`;

let memorySecret: string | undefined;

/**
 * The secret agency link tokens are derived from. It lives outside the database (RENKEI_SECRET,
 * or a 0600 key file beside the database created at first use), so a copy or backup of the
 * database alone cannot be turned into working links. Versions before this kept it in the
 * settings table: it is moved to the key file once and removed from the database.
 */
export function linkSecret(db: Db, env: Record<string, string | undefined> = process.env): string {
  if (env.RENKEI_SECRET) return env.RENKEI_SECRET;
  const client = db.$client;
  // in-memory databases (tests, copies made with serialize) share one secret per process
  if (client.memory) return (memorySecret ??= randomToken(32));
  const file = linkKeyPath(client.name);
  const legacy = db.select().from(settings).where(eq(settings.key, 'link_secret')).get();
  if (!existsSync(file)) createKeyFile(file, legacy?.value ?? randomToken(32));
  if (legacy) {
    client.pragma('secure_delete = ON');
    db.delete(settings).where(eq(settings.key, 'link_secret')).run();
  }
  return readFileSync(file, 'utf8').trim();
}

// Written aside and linked into place, so a server and a command started together never read
// a half-written key and never overwrite each other's.
function createKeyFile(file: string, secret: string): void {
  const partial = `${file}.partial-${process.pid}`;
  writeFileSync(partial, `${secret}\n`, { mode: PRIVATE_FILE });
  try {
    linkSync(partial, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    rmSync(partial, { force: true });
  }
}
