// Issue 14 item 12: a `next` with control characters is refused; login then goes to the default.
import { describe, expect, it } from 'vitest';
import { Client, makeApp, ADMIN } from '../helpers.ts';
import { createUser } from '../../src/auth/queries.ts';
import { safeNext } from '../../src/auth/schemas.ts';

describe('next after login', () => {
  it('refuses control characters', () => {
    for (const bad of ['/projects\t', '/pro\njects', '/projects\r\nSet-Cookie: x=1', '/\u0000', '/a\u007f', '/\u0085x'])
      expect(safeNext(bad)).toBe('/projects');
    expect(safeNext('/projects/3/agencies?x=1')).toBe('/projects/3/agencies?x=1');
  });

  it('a login with a tab or newline in next goes to the project list (no 500, no tab in Location)', async () => {
    const { app, db } = makeApp();
    await createUser(db, { ...ADMIN, role: 'admin' });
    for (const next of ['/projects/1\t', '/projects/1\n//evil.example']) {
      const res = await new Client(app).post('/login', { email: ADMIN.email, password: ADMIN.password, next });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/projects');
    }
    // the login page itself renders with such a next
    expect((await new Client(app).get('/login?next=%2Fprojects%0A%09')).status).toBe(200);
  });
});
