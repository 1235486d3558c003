import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from '../context.ts';

/**
 * The address a request came from, for rate limits: the first X-Forwarded-For hop only when the
 * app is configured to sit behind a trusted reverse proxy (otherwise anyone could pick their key).
 */
export function clientIp(c: Context): string {
  // any env: the auth routes and the participant routes (whose env extends AppEnv) both ask
  if ((c as Context<AppEnv>).get('deps').trustProxy) {
    const fwd = c.req.header('X-Forwarded-For');
    if (fwd) return fwd.split(',')[0].trim();
  }
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local'; // in-process requests (tests) have no socket
  }
}
