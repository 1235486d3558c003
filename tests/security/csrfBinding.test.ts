// Issue 14 item 15: a CSRF cookie planted in the browser (by a sibling site or on plain http)
// cannot be used against a logged-in member of staff: the token is bound to the session.
import { describe, expect, it } from 'vitest';
import { ADMIN, Client, makeApp, staffSetup } from '../helpers.ts';
import { createUser } from '../../src/auth/queries.ts';

const PLANTED = 'p'.repeat(43);

describe('CSRF token bound to the session', () => {
  it('refuses a post that echoes a planted cookie instead of the session’s token', async () => {
    const { client, db } = await staffSetup();
    client.cookies.set('renkei_csrf', PLANTED); // the attacker's cookie …
    const res = await client.post(
      '/projects',
      { name: '攻撃', municipality: 'Y', fiscalYear: '2024' },
      { csrf: PLANTED }, // … and their form echoing it
    );
    expect(res.status).toBe(403);
    const count = db.$client.prepare('select count(*) n from projects').get() as { n: number };
    expect(count.n).toBe(1);
  });

  it('the token in the staff pages works, and login renews the token a pre-login cookie carried', async () => {
    const { client } = await staffSetup();
    const page = await (await client.get('/projects/new')).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(token).not.toBe('');
    expect(token).toBe(client.csrf); // the cookie follows the session's token
    const ok = await client.post('/projects', { name: '正規', municipality: 'Y', fiscalYear: '2024' }, { csrf: token });
    expect(ok.status).toBe(303);
  });

  it('a token from one session is refused in another session', async () => {
    const a = await staffSetup();
    const b = await staffSetup();
    const res = await b.client.post(
      '/projects',
      { name: '他人のトークン', municipality: 'Y', fiscalYear: '2024' },
      { csrf: a.client.csrf },
    );
    expect(res.status).toBe(403);
  });

  it('renews at login the token a cookie planted before login carried', async () => {
    const { app, db } = makeApp();
    await createUser(db, { ...ADMIN, role: 'admin' });
    const client = new Client(app);
    await client.get('/login');
    client.cookies.set('renkei_csrf', PLANTED);
    expect((await client.post('/login', { email: ADMIN.email, password: ADMIN.password })).status).toBe(303);
    expect(client.csrf).not.toBe(PLANTED);
    const forged = await client.post(
      '/projects',
      { name: 'X', municipality: 'Y', fiscalYear: '2024' },
      { csrf: PLANTED },
    );
    expect(forged.status).toBe(403);
  });
});
