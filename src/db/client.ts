import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.ts';
import { ensurePrivateFile, ensurePrivateFolder } from './files.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations');

export function defaultDatabasePath(env: Record<string, string | undefined> = process.env): string {
  return env.DATABASE_PATH || './data/renkei.db';
}

/** Opens (creating if needed) the SQLite file, switches to WAL and applies migrations. */
export function openDb(path: string = defaultDatabasePath()): Db {
  if (path !== ':memory:' && path !== '') {
    ensurePrivateFolder(dirname(resolve(path)));
    for (const suffix of ['', '-wal', '-shm'])
      if (suffix === '' || existsSync(path + suffix)) ensurePrivateFile(path + suffix);
  }
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  // NORMAL is durable in WAL mode against process crashes (only an OS crash can lose the last commit)
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema }) as Db;
  migrate(db, { migrationsFolder });
  return db;
}

/**
 * make(db) once per open database, kept as long as the database is: prepared statements, caches
 * and counters belong to one installation, and tests open many.
 */
export function perDb<T>(make: (db: Db) => T): (db: Db) => T {
  const values = new WeakMap<Db, T>();
  return (db) => {
    let value = values.get(db);
    if (value === undefined) values.set(db, (value = make(db)));
    return value;
  };
}

const versionQueries = new WeakMap<
  Database.Database,
  { changes: Database.Statement; dataVersion: Database.Statement }
>();

/**
 * A value that changes whenever the database may have changed: rows written through this
 * connection (total_changes, which also counts writes later rolled back) or commits by any
 * other connection, such as the CLI (data_version).
 */
export function dataVersion(db: Db): string {
  const sqlite = db.$client;
  let q = versionQueries.get(sqlite);
  if (!q) {
    q = {
      changes: sqlite.prepare('select total_changes()').pluck(),
      dataVersion: sqlite.prepare('pragma data_version').pluck(),
    };
    versionQueries.set(sqlite, q);
  }
  return `${q.changes.get()}:${q.dataVersion.get()}`;
}

const caches = new WeakMap<Database.Database, { version: string; values: Map<string, unknown> }>();
const MAX_CACHED = 16;

/**
 * compute() once per key until anything at all is written to the database, for pages that are
 * read far more often than their data changes. Any write drops every key, so nothing stale is
 * ever served; at most MAX_CACHED values are kept.
 */
export function untilDataChanges<T>(db: Db, key: string, compute: () => T): T {
  const version = dataVersion(db);
  let cache = caches.get(db.$client);
  if (!cache || cache.version !== version) {
    cache = { version, values: new Map() };
    caches.set(db.$client, cache);
  }
  if (cache.values.has(key)) return cache.values.get(key) as T;
  const value = compute();
  if (cache.values.size >= MAX_CACHED) cache.values.delete(cache.values.keys().next().value!);
  cache.values.set(key, value);
  return value;
}
