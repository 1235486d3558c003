import { eq } from 'drizzle-orm';
import type { Db } from './db/client.ts';
import { settings } from './db/schema.ts';
import { randomToken } from './lib/crypto.ts';

/** Server secret used to derive agency link tokens; created once per database. */
export function linkSecret(db: Db): string {
  const row = db.select().from(settings).where(eq(settings.key, 'link_secret')).get();
  if (row) return row.value;
  const value = randomToken(32);
  db.insert(settings).values({ key: 'link_secret', value }).onConflictDoNothing().run();
  return db.select().from(settings).where(eq(settings.key, 'link_secret')).get()!.value;
}
