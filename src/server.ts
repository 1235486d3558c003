import { serve } from '@hono/node-server';
import { createApp } from './app.tsx';
import { defaultDatabasePath, openDb } from './db/client.ts';
import { holdServerLock } from './db/serverLock.ts';
import { parseTrustProxy } from './auth/clientIp.ts';
import { mailerFromEnv } from './mail/mailer.ts';

const port = Number(process.env.PORT || 3000);
const dbPath = defaultDatabasePath();
const db = openDb(dbPath);
holdServerLock(dbPath);
const app = createApp({
  db,
  secureCookies: process.env.SECURE_COOKIES === '1',
  trustProxy: parseTrustProxy(process.env.TRUST_PROXY),
  mailer: mailerFromEnv(),
});

const server = serve({ fetch: app.fetch, port, hostname: process.env.HOST || '0.0.0.0' }, (info) => {
  console.log(`renkei: http://localhost:${info.port}/ （データベース: ${dbPath}）`);
});

function shutdown() {
  server.close();
  db.$client.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
