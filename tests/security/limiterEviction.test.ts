// Issue 14 item 3 (second half): a full limiter evicts its oldest entries, never an active lock.
import { describe, expect, it } from 'vitest';
import { createLoginThrottle } from '../../src/auth/rateLimit.ts';
import { Client } from '../helpers.ts';
import { createApp } from '../../src/app.tsx';
import { openDb } from '../../src/db/client.ts';
import { createUser } from '../../src/auth/queries.ts';

describe('limiter when full', () => {
  it('keeps an active lock after failures from more than 10,000 other addresses', () => {
    const throttle = createLoginThrottle(5, 15 * 60_000);
    const now = 1_000_000;
    for (let i = 0; i < 5; i++) throttle.fail(['victim'], now);
    expect(throttle.retryAfter(['victim'], now)).toBeGreaterThan(0);
    for (let i = 0; i < 10_005; i++) throttle.fail([`10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`], now + 1);
    expect(throttle.retryAfter(['victim'], now + 2)).toBeGreaterThan(0);
    // a partly counted key that is not locked may be evicted, but the map stays bounded
    expect(throttle.size()).toBeLessThanOrEqual(10_000);
  });

  it('keeps an account locked through the login page while 10,005 other accounts fail', async () => {
    const db = openDb(':memory:');
    await createUser(db, { email: 'owner@example.jp', name: '職員', password: 'correct horse battery', role: 'admin' });
    const app = createApp({ db });
    const client = new Client(app);
    for (let i = 0; i < 5; i++) await client.post('/login', { email: 'owner@example.jp', password: `guess ${i}` });
    const { loginThrottles } = await import('../../src/auth/loginLimits.ts');
    const { account } = loginThrottles(db);
    for (let i = 0; i < 10_005; i++) account.fail([`u${i}@example.jp`]);
    expect((await client.post('/login', { email: 'owner@example.jp', password: 'correct horse battery' })).status).toBe(
      429,
    );
  });
});
