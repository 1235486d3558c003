import { openDb, type Db } from '../src/db/client.ts';
import { createApp } from '../src/app.tsx';
import { createUser } from '../src/auth/queries.ts';
import { createProject } from '../src/projects/queries.ts';

export type TestApp = ReturnType<typeof createApp>;

export function makeApp(db: Db = openDb(':memory:')) {
  return { db, app: createApp({ db }) };
}

/** A browser-like client: keeps cookies and sends the CSRF token with every form post. */
export class Client {
  cookies = new Map<string, string>();
  constructor(public app: TestApp) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private absorb(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const expired = attrs.some((a) => /max-age=0/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  get csrf(): string {
    return this.cookies.get('renkei_csrf') ?? '';
  }

  async get(path: string, headers: Record<string, string> = {}) {
    return this.absorb(await this.app.request(path, { headers: { Cookie: this.cookieHeader(), ...headers } }));
  }

  /** Posts a form; fetches a page first when no CSRF cookie exists yet. */
  async post(
    path: string,
    form: Record<string, string | string[]> = {},
    opts: { csrf?: string | null; headers?: Record<string, string> } = {},
  ) {
    if (!this.csrf) await this.get('/login');
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    const token = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (token !== null) body.set('_csrf', token);
    return this.absorb(
      await this.app.request(path, {
        method: 'POST',
        body: body.toString(),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: this.cookieHeader(), ...opts.headers },
      }),
    );
  }

  async postMultipart(path: string, fields: Record<string, string | Blob>, fileName?: string) {
    if (!this.csrf) await this.get('/login');
    const fd = new FormData();
    fd.set('_csrf', this.csrf);
    for (const [k, v] of Object.entries(fields)) {
      if (typeof v === 'string') fd.set(k, v);
      else fd.set(k, v, fileName ?? 'upload.csv');
    }
    return this.absorb(
      await this.app.request(path, { method: 'POST', body: fd, headers: { Cookie: this.cookieHeader() } }),
    );
  }
}

export const ADMIN = { email: 'admin@example.jp', name: '保健 花子', password: 'correct horse battery' };

/** An app with an admin account, a logged-in client and one project. */
export async function staffSetup() {
  const { db, app } = makeApp();
  const admin = await createUser(db, { ...ADMIN, role: 'admin' });
  const client = new Client(app);
  const res = await client.post('/login', { email: ADMIN.email, password: ADMIN.password });
  if (res.status !== 303) throw new Error(`login failed: ${res.status}`);
  const project = createProject(
    db,
    {
      name: 'テスト市 ネットワーク',
      municipality: 'テスト市',
      fiscalYear: 2024,
      hostHealthCentre: 'テスト保健所',
      adviser: '',
    },
    admin.id,
  );
  return { db, app, client, admin, project };
}
