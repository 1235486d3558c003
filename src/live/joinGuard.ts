// Join-code guessing limits. Every wrong code counts against the address it came from, whoever
// sends it (a participant cookie from another meeting is no free pass), and also against the
// browser's participant cookie, so changing addresses does not buy a cookie more guesses.
// 30 per address: a venue shares one Wi-Fi address and a few mistypes must not lock a room out;
// 10 per cookie: a real participant mistypes a code a few times at most.
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { clientIp } from '../auth/clientIp.ts';
import { createLoginThrottle } from '../auth/rateLimit.ts';
import { sha256 } from '../lib/crypto.ts';
import { PARTICIPANT_COOKIE } from './access.ts';

export const JOIN_LIMITS = { perAddress: 30, perCookie: 10, windowMinutes: 10 } as const;

export type JoinGuard = { retryAfter(c: Context): number; fail(c: Context): void };

export function createJoinGuard(): JoinGuard {
  const windowMs = JOIN_LIMITS.windowMinutes * 60_000;
  const byAddress = createLoginThrottle(JOIN_LIMITS.perAddress, windowMs);
  const byCookie = createLoginThrottle(JOIN_LIMITS.perCookie, windowMs);
  const cookieKeys = (c: Context) => {
    const token = getCookie(c, PARTICIPANT_COOKIE);
    return token ? [sha256(token)] : [];
  };
  return {
    retryAfter: (c) => Math.max(byAddress.retryAfter([clientIp(c)]), byCookie.retryAfter(cookieKeys(c))),
    fail(c) {
      byAddress.fail([clientIp(c)]);
      byCookie.fail(cookieKeys(c));
    },
  };
}
