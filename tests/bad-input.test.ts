// Hostile and broken input: oversized bodies, malformed fields, invalid UTF-8, markup and SQL
// metacharacters in text, path traversal. Every answer is in Japanese, nothing crashes, and a
// refused request leaves the database exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csrfTokenFor } from '../src/http/middleware.ts';
import { connect } from 'node:net';
import iconv from 'iconv-lite';
import type { Db } from '../src/db/client.ts';
import { startServer, type ServerProcess } from '../e2e/harness.ts';
import { bodyText, buildWorld, CSRF, fillPath, registeredRoutes, send, type World } from './world.ts';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const LIMIT = 5 * 1024 * 1024; // bodyLimit in src/app.tsx

/** Every row of every table, to prove a refused request changed nothing. */
function snapshot(db: Db): string {
  const tables = db.$client.prepare("select name from sqlite_master where type = 'table' order by name").all() as {
    name: string;
  }[];
  return JSON.stringify(
    tables.map(({ name }) => [name, db.$client.prepare(`select * from "${name.replaceAll('"', '""')}"`).all()]),
  );
}

function projectNames(db: Db): string[] {
  return (db.$client.prepare('select name from projects order by id').all() as { name: string }[]).map((r) => r.name);
}

/** A raw POST (as admin unless told), the body sent byte for byte; FormData sets its own type. */
function rawPost(world: World, path: string, body: BodyInit, opts: { session?: string | null } = {}) {
  const session = opts.session === undefined ? world.sessions.admin : opts.session;
  const headers: Record<string, string> = {
    Cookie: `renkei_csrf=${CSRF}${session ? `; renkei_session=${session}` : ''}`,
  };
  // with a session the token is bound to it (the body's _csrf then does not matter)
  if (session) headers['X-CSRF-Token'] = csrfTokenFor(session);
  if (!(body instanceof FormData)) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  return world.app.request(path, { method: 'POST', body, headers });
}

/** True when the column's stored bytes (not the decoded JS string) are well-formed UTF-8. */
function storedAsUtf8(db: Db, table: string, column: string): boolean {
  const rows = db.$client.prepare(`select hex("${column}") h from "${table}"`).all() as { h: string }[];
  try {
    for (const { h } of rows) new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(h, 'hex'));
    return true;
  } catch {
    return false;
  }
}

const projectForm = (over: Record<string, string> = {}) => ({
  name: '新しい市 ネットワーク',
  municipality: '新しい市',
  fiscalYear: '2024',
  ...over,
});

describe('oversized bodies', () => {
  it('refuses a form body over 5 MB with a clear 413 in Japanese and stores nothing', async () => {
    const world = buildWorld();
    const before = snapshot(world.db);
    const body = `_csrf=${CSRF}&municipality=x&fiscalYear=2024&name=${'あ'.repeat(LIMIT / 3 + 10)}`; // 3 bytes each
    const res = await rawPost(world, '/projects', body);
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/charset=utf-8/i);
    expect(await res.text()).toContain('送信されたデータが大きすぎます（上限 5MB）');
    expect(snapshot(world.db)).toBe(before);
  });

  it('refuses an oversized CSV upload and an oversized agency comment', async () => {
    const world = buildWorld();
    const before = snapshot(world.db);
    const fd = new FormData();
    fd.set('_csrf', CSRF);
    fd.set('file', new Blob(['機関名,種別,分野\n' + 'あ,NPO,就労\n'.repeat(LIMIT / 10)]), 'agencies.csv');
    const csv = await rawPost(world, fillPath('/projects/:pid/agencies/import', world), fd);
    expect(csv.status).toBe(413);
    expect(await csv.text()).toMatch(JAPANESE);

    const comment = await rawPost(
      world,
      fillPath('/a/:token/hearings/:hid/comments', world, { token: world.tokens.agencyA }),
      `_csrf=${CSRF}&body=${'x'.repeat(LIMIT + 1)}`,
      {
        session: null,
      },
    );
    expect(comment.status).toBe(413);
    expect(await comment.text()).toMatch(JAPANESE);
    expect(snapshot(world.db)).toBe(before);
  });

  it('treats a long field under the limit as a validation error next to the field', async () => {
    const world = buildWorld();
    const before = snapshot(world.db);
    const res = await send(world, 'POST', '/projects', {
      session: world.sessions.admin,
      form: projectForm({ name: 'あ'.repeat(100_000) }),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('プロジェクト名は100文字以内で入力してください');
    expect(snapshot(world.db)).toBe(before);
  });
});

describe('malformed form fields', () => {
  const cases: [string, string][] = [
    ['missing fields', `_csrf=${CSRF}`],
    ['a repeated field where one value is expected', `_csrf=${CSRF}&name=a&name=b&municipality=x&fiscalYear=2024`],
    ['letters in a number', `_csrf=${CSRF}&name=a&municipality=x&fiscalYear=abcd`],
    ['a huge number', `_csrf=${CSRF}&name=a&municipality=x&fiscalYear=${'9'.repeat(400)}`],
    ['a negative year', `_csrf=${CSRF}&name=a&municipality=x&fiscalYear=-2024`],
    ['only spaces', `_csrf=${CSRF}&name=%20%E3%80%80%20&municipality=x&fiscalYear=2024`],
    ['broken percent escapes', `_csrf=${CSRF}&name=%E3%81&municipality=%%%&fiscalYear=20%2`],
  ];
  for (const [what, body] of cases) {
    it(`refuses ${what} with Japanese errors and stores nothing`, async () => {
      const world = buildWorld();
      const before = snapshot(world.db);
      const res = await rawPost(world, '/projects', body);
      expect(res.status).toBe(422);
      const html = await res.text();
      expect(html).toContain('入力内容に');
      expect(html).toMatch(/<p class="error"[^>]*>[^<]*[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(snapshot(world.db)).toBe(before);
    });
  }

  it('refuses an impossible date on the meeting form', async () => {
    const world = buildWorld();
    const before = snapshot(world.db);
    const res = await send(world, 'POST', fillPath('/projects/:pid/meetings', world), {
      session: world.sessions.admin,
      form: { kind: 'network', title: '第2回', date: '2024-02-30' },
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toMatch(/<p class="error"[^>]*>[^<]*日付/);
    expect(snapshot(world.db)).toBe(before);
  });

  it('does not let form keys like __proto__ reach object prototypes', async () => {
    const world = buildWorld();
    const res = await rawPost(
      world,
      '/projects',
      `_csrf=${CSRF}&__proto__=x&__proto__[polluted]=1&constructor[prototype][polluted]=1&${new URLSearchParams(projectForm())}`,
    );
    expect([303, 422]).toContain(res.status);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

const bytes = (prefix: string, tail: number[]) => new Uint8Array([...new TextEncoder().encode(prefix), ...tail]);

describe('invalid UTF-8', () => {
  // Browsers always send UTF-8 here; broken bytes come from scripts or misconfigured tools.
  // Whatever the app does with them, it must answer in Japanese, never 500, and never store
  // bytes that are not valid UTF-8 (they would break exports and the packet).
  const bodies: [string, Uint8Array<ArrayBuffer>][] = [
    ['percent-encoded', new TextEncoder().encode(`_csrf=${CSRF}&municipality=x&fiscalYear=2024&name=%FF%FE%C3%28`)],
    ['raw bytes', bytes(`_csrf=${CSRF}&municipality=x&fiscalYear=2024&name=`, [0xff, 0xfe, 0xc3, 0x28, 0x41])],
    [
      'a Shift_JIS form',
      bytes(`_csrf=${CSRF}&municipality=x&fiscalYear=2024&name=`, [...iconv.encode('日本', 'Shift_JIS')]),
    ],
  ];
  for (const [what, body] of bodies) {
    it(`handles ${what}`, async () => {
      const world = buildWorld();
      const res = await rawPost(world, '/projects', body);
      expect(res.status).toBeLessThan(500);
      if (res.status >= 400) expect(await res.text()).toMatch(JAPANESE);
      expect(storedAsUtf8(world.db, 'projects', 'name')).toBe(true);
    });
  }

  it('reads a CSV in Shift_JIS (as Excel saves it) or explains in Japanese', async () => {
    const world = buildWorld();
    const before = snapshot(world.db);
    const fd = new FormData();
    fd.set('_csrf', CSRF);
    // followed by a byte that is invalid in Shift_JIS too
    const sjis = Buffer.concat([
      iconv.encode('機関名,種別,分野\r\nテスト相談室,NPO,就労\r\n', 'Shift_JIS'),
      Buffer.from([0xff, 0xfe]),
    ]);
    fd.set('file', new Blob([sjis]), 'agencies.csv');
    const res = await rawPost(world, fillPath('/projects/:pid/agencies/import', world), fd);
    expect(res.status).toBeLessThan(500);
    expect(await res.text()).toMatch(JAPANESE);
    expect(snapshot(world.db)).toBe(before); // only the confirm step writes
  });
});

describe('markup in free text', () => {
  const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(2)>', "'><svg onload=alert(3)>"];
  const RAW = ['<script>alert(1)', '<img src=x onerror', '<svg onload'];
  const label = (_owner: string, what: string) => `${what}${PAYLOADS.join('')}`;

  it('is stored as typed and shown escaped after a form round trip', async () => {
    const world = buildWorld();
    const name = `市${PAYLOADS.join('')}`;
    const res = await send(world, 'POST', '/projects', { session: world.sessions.admin, form: projectForm({ name }) });
    expect(res.status).toBe(303);
    expect(projectNames(world.db)).toContain(name);
    for (const path of ['/projects', res.headers.get('location')!, `${res.headers.get('location')}/edit`]) {
      const html = await (await send(world, 'GET', path, { session: world.sessions.admin })).text();
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      for (const raw of RAW) expect(html, path).not.toContain(raw);
    }
    // a failed submit re-renders the typed text in the form: escaped there too
    const again = await send(world, 'POST', '/projects', {
      session: world.sessions.admin,
      form: projectForm({ name, fiscalYear: 'x' }),
    });
    expect(again.status).toBe(422);
    const html = await again.text();
    for (const raw of RAW) expect(html).not.toContain(raw);
  });

  it('is escaped on every page staff and agencies can open', async () => {
    const world = buildWorld(label);
    // downloads (PDF, XLSX, CSV, JSON) are data, not markup
    const gets = registeredRoutes().filter((r) => r.startsWith('GET ') && !/\.(pdf|xlsx|csv|json)$/.test(r));
    const unsafe: string[] = [];
    let htmlPages = 0;
    for (const key of gets) {
      const path = key.slice(4);
      // each page as the person it is for: agency A, a participant of group 1, or the admin
      const url = fillPath(path, world, { token: world.tokens.agencyA });
      const who = path.startsWith('/a/')
        ? {}
        : path.startsWith('/m/')
          ? { participant: world.participants.group1 }
          : { session: world.sessions.admin };
      const res = await send(world, 'GET', url, who);
      const type = res.headers.get('content-type') ?? '';
      const body = await bodyText(res);
      if (!type.includes('text/html')) continue;
      if (res.status === 200) htmlPages++;
      for (const raw of RAW) if (body.includes(raw)) unsafe.push(`${url} (${res.status}) contains ${raw}`);
    }
    expect(htmlPages).toBeGreaterThan(30);
    expect(unsafe).toEqual([]);
  });

  it('is escaped in a packet issued from it', async () => {
    const world = buildWorld(label);
    const base = fillPath('/projects/:pid/meetings/:mid/packet', world);
    // issuing needs the 公開範囲の確認 box ticked
    const res = await send(world, 'POST', `${base}/issue`, { session: world.sessions.admin, form: { reviewed: 'on' } });
    expect(res.status).toBe(303);
    const html = await (
      await send(world, 'GET', res.headers.get('location')!, { session: world.sessions.admin })
    ).text();
    expect(html).toContain('&lt;script&gt;');
    for (const raw of RAW) expect(html).not.toContain(raw);
  });
});

describe('SQL metacharacters', () => {
  const NASTY = ["Robert'); DROP TABLE projects;--", `" OR "1"="1`, "' OR 1=1 --", '100%_\\x', 'a;b`c$d'];

  it('are stored and shown literally, and every table survives', async () => {
    const world = buildWorld();
    for (const text of NASTY) {
      const res = await send(world, 'POST', '/projects', {
        session: world.sessions.admin,
        form: projectForm({ name: text, municipality: text, hostHealthCentre: text }),
      });
      expect(res.status).toBe(303);
    }
    expect(projectNames(world.db).slice(-NASTY.length)).toEqual(NASTY);
    const list = await (await send(world, 'GET', '/projects', { session: world.sessions.admin })).text();
    expect(list).toContain('Robert&#39;); DROP TABLE projects;--');
    expect(list).toContain('100%_\\x');
    const tables = world.db.$client
      .prepare("select count(*) n from sqlite_master where type = 'table' and name = 'projects'")
      .get() as { n: number };
    expect(tables.n).toBe(1);
  });

  it('in query strings and ids change nothing', async () => {
    const world = buildWorld();
    const before = snapshot(world.db);
    const audit = await send(world, 'GET', fillPath("/projects/:pid/audit?page=1' OR '1'='1", world), {
      session: world.sessions.admin,
    });
    // a page number that is not one is refused with a message (was: silently page 1)
    expect(audit.status).toBe(422);
    expect(await audit.text()).toMatch(JAPANESE);
    const id = await send(world, 'GET', `/projects/${encodeURIComponent('1 OR 1=1')}`, {
      session: world.sessions.admin,
    });
    expect(id.status).toBe(404);
    expect(await id.text()).toMatch(JAPANESE);
    expect(snapshot(world.db)).toBe(before);
  });
});

describe('path traversal in /static', () => {
  const ATTEMPTS = [
    '..%2fpackage.json',
    '..%2F..%2Fpackage.json',
    '%2e%2e%2fpackage.json',
    '.%2e%2f.%2e%2fsrc%2fapp.tsx',
    '..%5cpackage.json',
    '....%2f%2fpackage.json',
    'app.css%00.js',
    'app.css%2500',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'app.css.map',
    'APP.CSS',
  ];
  for (const attempt of ATTEMPTS) {
    it(`refuses /static/${attempt}`, async () => {
      const world = buildWorld();
      const res = await send(world, 'GET', `/static/${attempt}`);
      expect(res.status).toBe(404);
      const body = await res.text();
      expect(body).toMatch(JAPANESE);
      expect(body).not.toContain('"name": "renkei"');
      expect(body).not.toContain('import ');
    });
  }

  describe('over a real socket (no URL normalisation by a client)', () => {
    let server: ServerProcess;
    beforeAll(async () => {
      server = await startServer();
    });
    afterAll(async () => {
      await server?.stop();
      server?.cleanup();
    });

    const rawGet = (target: string) =>
      new Promise<string>((ok, fail) => {
        const { port } = new URL(server.url);
        const socket = connect(Number(port), '127.0.0.1', () =>
          socket.end(`GET ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`),
        );
        let out = '';
        socket.setEncoding('utf8').on('data', (d: string) => (out += d));
        socket.on('end', () => ok(out));
        socket.on('error', fail);
      });

    for (const target of [
      '/static/../package.json',
      '/static/../../etc/passwd',
      '/static/..\\package.json',
      '/static/%2e%2e/package.json',
    ]) {
      it(`does not serve ${target}`, async () => {
        const res = await rawGet(target);
        const status = Number(res.split(' ')[1]);
        expect([303, 400, 404]).toContain(status); // 303: outside /static the setup page takes over
        expect(res).not.toContain('"name": "renkei"');
        expect(res).not.toContain('root:x:0');
      });
    }

    it('answers an oversized upload with 413 in Japanese', async () => {
      const res = await fetch(`${server.url}/setup`, {
        method: 'POST',
        body: 'x'.repeat(LIMIT + 1),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      });
      expect(res.status).toBe(413);
      expect(await res.text()).toContain('上限 5MB');
    });
  });
});
