// Issue 14 item 2: behind TRUST_PROXY the address is the hop the trusted proxy appended (the
// rightmost, or the n-th from the right for n proxies), never the client-written leftmost one.
// Join codes share the address limit with login and need no password hashing, so they are used here.
import { describe, expect, it } from 'vitest';
import { Client } from '../helpers.ts';
import { createApp } from '../../src/app.tsx';
import { parseTrustProxy } from '../../src/auth/clientIp.ts';
import { liveWorld, wrongCode } from './liveWorld.ts';

async function guessesBehindProxy(trustProxy: number, forwardedFor: (i: number) => string) {
  const live = await liveWorld();
  const client = new Client(createApp({ db: live.db, trustProxy }));
  const statuses: number[] = [];
  for (let i = 0; i < 32; i++) {
    const res = await client.post(
      '/join',
      { code: wrongCode(live.code, i) },
      { headers: { 'X-Forwarded-For': forwardedFor(i) } },
    );
    statuses.push(res.status);
  }
  return statuses;
}

describe('client address behind a trusted proxy', () => {
  it('throttles an address even when the client writes a new X-Forwarded-For each time', async () => {
    // the client's own header value, then the address the one proxy appended
    const statuses = await guessesBehindProxy(1, (i) => `10.0.${i}.1, 192.0.2.7`);
    expect(statuses.slice(0, 30).every((s) => s === 422)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it('with two proxies uses the second hop from the right', async () => {
    const statuses = await guessesBehindProxy(2, (i) => `10.0.${i}.1, 192.0.2.7, 10.1.1.${i}`);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it('with two proxies, different clients are counted apart', async () => {
    const statuses = await guessesBehindProxy(2, (i) => `192.0.2.${i}, 10.1.1.1`);
    expect(statuses.every((s) => s === 422)).toBe(true);
  });

  it('reads TRUST_PROXY as a number of hops', () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy('')).toBe(0);
    expect(parseTrustProxy('0')).toBe(0);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('true')).toBe(1);
    expect(parseTrustProxy('no')).toBe(0);
  });
});
