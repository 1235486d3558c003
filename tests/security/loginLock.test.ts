// Issue 14 item 3: wrong passwords are limited per account whatever address they come from (a
// lock the owner lifts with a password reset) and, separately, per address.
import { describe, expect, it } from 'vitest';
import { Client } from '../helpers.ts';
import { createApp } from '../../src/app.tsx';
import { openDb } from '../../src/db/client.ts';
import { createUser } from '../../src/auth/queries.ts';
import { clearLoginLock } from '../../src/auth/loginLimits.ts';

const OWNER = { email: 'owner@example.jp', name: '職員', password: 'correct horse battery' };

async function setup() {
  const db = openDb(':memory:');
  await createUser(db, { ...OWNER, role: 'admin' });
  return { db, app: createApp({ db, trustProxy: 1 }) };
}

const from = (address: string) => ({ headers: { 'X-Forwarded-For': address } });

describe('login limits', () => {
  it('locks the account after 5 wrong passwords, from any mix of addresses', async () => {
    const { app } = await setup();
    const client = new Client(app);
    for (let i = 0; i < 5; i++) {
      const res = await client.post('/login', { email: OWNER.email, password: `guess ${i}` }, from(`198.51.100.${i}`));
      expect(res.status).toBe(401);
    }
    const sixth = await client.post('/login', { email: OWNER.email, password: 'guess 6' }, from('198.51.100.77'));
    expect(sixth.status).toBe(429);
    expect(await sixth.text()).toContain('一時的に受け付けを停止しています');
    // even the right password waits: the lock is on the account
    const owner = await new Client(app).post('/login', { ...OWNER }, from('203.0.113.5'));
    expect(owner.status).toBe(429);
    // another account from the same addresses is not affected
    const other = await client.post('/login', { email: 'other@example.jp', password: 'x' }, from('198.51.100.1'));
    expect(other.status).toBe(401);
  });

  it('lets the owner lift the lock (what a password reset calls)', async () => {
    const { db, app } = await setup();
    const client = new Client(app);
    for (let i = 0; i < 5; i++)
      await client.post('/login', { email: OWNER.email, password: `guess ${i}` }, from('198.51.100.1'));
    expect((await client.post('/login', { ...OWNER }, from('203.0.113.5'))).status).toBe(429);
    clearLoginLock(db, ' Owner@Example.jp ');
    expect((await new Client(app).post('/login', { ...OWNER }, from('203.0.113.5'))).status).toBe(303);
  });

  it('limits one address to 30 wrong passwords over any accounts', async () => {
    const { app } = await setup();
    const client = new Client(app);
    for (let i = 0; i < 30; i++) {
      const res = await client.post('/login', { email: `a${i}@example.jp`, password: 'x' }, from('198.51.100.9'));
      expect(res.status).toBe(401);
    }
    expect((await client.post('/login', { email: 'b@example.jp', password: 'x' }, from('198.51.100.9'))).status).toBe(
      429,
    );
    expect((await client.post('/login', { ...OWNER }, from('198.51.100.10'))).status).toBe(303);
  }, 90_000); // 31 password hashes
});
