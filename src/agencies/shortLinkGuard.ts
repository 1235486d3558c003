// Short-link guessing limits, the same way as meeting join codes (src/live/joinGuard.ts): every
// unknown code or wrong check code counts against the address it came from (30 in 10 minutes, a
// shared office address must survive a few mistypes) and against the 10 characters typed (10), so
// spreading guesses at one code's check digits over many addresses buys nothing.
import type { Context } from 'hono';
import { perDb, type Db } from '../db/client.ts';
import { clientIp } from '../auth/clientIp.ts';
import { createLoginThrottle, type LoginThrottle } from '../auth/rateLimit.ts';
import { sha256 } from '../lib/crypto.ts';

export const SHORT_LINK_LIMITS = { perAddress: 30, perCode: 10, windowMinutes: 10 } as const;

const throttles = perDb((): { address: LoginThrottle; code: LoginThrottle } => {
  const windowMs = SHORT_LINK_LIMITS.windowMinutes * 60_000;
  return {
    address: createLoginThrottle(SHORT_LINK_LIMITS.perAddress, windowMs),
    code: createLoginThrottle(SHORT_LINK_LIMITS.perCode, windowMs),
  };
});

/** Seconds to wait before this address may try `code` again, or 0. */
export function shortLinkWait(c: Context, db: Db, code: string): number {
  const t = throttles(db);
  return Math.max(t.address.retryAfter([clientIp(c)]), t.code.retryAfter([sha256(code)]));
}

export function shortLinkFailed(c: Context, db: Db, code: string): void {
  const t = throttles(db);
  t.address.fail([clientIp(c)]);
  t.code.fail([sha256(code)]);
}
