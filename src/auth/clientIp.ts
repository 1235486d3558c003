import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppEnv } from '../context.ts';

/**
 * TRUST_PROXY as a number of reverse proxies in front of the app: unset/0 = none, `1` = one,
 * `<n>` = n in a chain (`true` is read as 1).
 */
export function parseTrustProxy(value: string | undefined): number {
  if (value === 'true') return 1;
  return value && /^\d{1,2}$/.test(value) ? Number(value) : 0;
}

/**
 * The address a request came from, for rate limits. Behind n trusted proxies it is the n-th
 * X-Forwarded-For hop from the right: each proxy appends the address it saw, so everything left
 * of that was written by the client and may be anything.
 */
export function clientIp(c: Context): string {
  // any env: the auth routes and the participant routes (whose env extends AppEnv) both ask
  const hops = Number((c as Context<AppEnv>).get('deps').trustProxy ?? 0);
  if (hops > 0) {
    const fwd = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    // fewer hops than proxies: the header did not pass the whole chain; the leftmost is all there is
    if (fwd.length) return fwd[Math.max(0, fwd.length - hops)];
  }
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local'; // in-process requests (tests) have no socket
  }
}
