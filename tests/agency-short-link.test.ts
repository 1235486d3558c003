// Issue 13 (invitation letters): a short, typeable form of each agency's link beside the QR code.
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client, staffSetup } from './helpers.ts';
import { openDb } from '../src/db/client.ts';
import { createApp } from '../src/app.tsx';
import { agencies, agencyShortLinks } from '../src/db/schema.ts';
import { createProject } from '../src/projects/queries.ts';
import { createUser } from '../src/auth/queries.ts';
import { currentAgencyToken, issueAgencyLink } from '../src/agencies/links.ts';
import { deriveShortCode, formatShortCode, normalizeShortCode, SHORT_ALPHABET } from '../src/agencies/shortLinks.ts';
import { SHORT_LINK_LIMITS } from '../src/agencies/shortLinkGuard.ts';
import { tempInstallation } from './security/dataHarness.ts';

const agencyForm = {
  name: '武蔵野市 生活福祉課',
  kind: '行政部署',
  field: 'welfare_ibasho',
  ageMin: '',
  ageMax: '',
  contactName: '連携 太郎',
  contactEmail: 'renkei@example.jp',
  key: '',
};

async function world() {
  const setup = await staffSetup();
  const res = await setup.client.post(`/projects/${setup.project.id}/agencies`, agencyForm);
  const id = Number(/agencies\/(\d+)/.exec(res.headers.get('location')!)![1]);
  const detail = await (await setup.client.get(`/projects/${setup.project.id}/agencies/${id}`)).text();
  const shortUrl = /id="agency-short-link"[^>]*value="([^"]+)"/.exec(detail)![1];
  const longUrl = /id="agency-link"[^>]*value="([^"]+)"/.exec(detail)![1];
  return { ...setup, id, shortUrl, longPath: new URL(longUrl).pathname, shortPath: new URL(shortUrl).pathname };
}

let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('short agency links', () => {
  it('the detail page and the letter show /a/ + 10 unambiguous characters + a 6-digit check code', async () => {
    const { client, project, id, shortUrl, shortPath } = await world();
    expect(shortPath).toMatch(new RegExp(`^/a/[${SHORT_ALPHABET}]{5}-[${SHORT_ALPHABET}]{5}-[0-9]{6}$`));
    expect(shortPath.slice(3, 14)).not.toMatch(/[01OIL]/);
    const letter = await (await client.get(`/projects/${project.id}/agencies/${id}/letter`)).text();
    expect(letter).toContain('短いアドレス（入力用）');
    // printed as the origin, then the path kept on one line
    const printed = (html: string) =>
      /class="letter-url letter-short-url">([^<]*)<span class="nowrap">([^<]*)</.exec(html)!;
    expect(printed(letter).slice(1).join('')).toBe(shortUrl);
    const all = await (await client.get(`/projects/${project.id}/agencies/letters`)).text();
    expect(printed(all)[2]).toBe(shortPath);
  });

  it('typed in any case, with or without dashes or spaces, it leads to the agency home like the long link', async () => {
    const { app, shortPath, longPath } = await world();
    const code = shortPath.slice(3);
    const visitor = new Client(app);
    for (const typed of [code, code.toLowerCase(), code.replaceAll('-', ''), code.replaceAll('-', '%20')]) {
      const res = await visitor.get(`/a/${typed}`);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe(longPath);
    }
    const home = await visitor.get(longPath);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('武蔵野市 生活福祉課');
  });

  it('a wrong check code or an unknown code is a Japanese 404; guessing is throttled', async () => {
    const { app, shortPath } = await world();
    const [code, check] = [shortPath.slice(3, 14), shortPath.slice(15)];
    const wrongCheck = `${code}-${String((Number(check) + 1) % 1_000_000).padStart(6, '0')}`;
    const visitor = new Client(app);
    const res = await visitor.get(`/a/${wrongCheck}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('入力されたアドレスに当たる専用ページはありません');
    expect((await visitor.get('/a/ABCDE-FGHJK-123456')).status).toBe(404);
    // the same code with more check digits is locked after SHORT_LINK_LIMITS.perCode wrong tries…
    const statuses: number[] = [];
    for (let i = 2; i < SHORT_LINK_LIMITS.perCode + 2; i++)
      statuses.push(
        (await visitor.get(`/a/${code}-${String((Number(check) + i) % 1_000_000).padStart(6, '0')}`)).status,
      );
    expect(statuses.at(-1)).toBe(429);
    // …even the right check code waits, and the page says so in Japanese
    const blocked = await visitor.get(shortPath);
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain('一時的に受け付けを停止しています');
  });

  it('reissuing changes the short link, stopping or archiving the agency stops it', async () => {
    const { client, app, project, id, shortPath } = await world();
    const visitor = new Client(app);
    await client.post(`/projects/${project.id}/agencies/${id}/link/reissue`);
    expect((await visitor.get(shortPath)).status).toBe(404);
    const fresh = await world2(client, project.id, id);
    expect(fresh).not.toBe(shortPath);
    expect((await visitor.get(fresh)).status).toBe(302);
    await client.post(`/projects/${project.id}/agencies/${id}/archive`);
    expect((await visitor.get(fresh)).status).toBe(404);
    await client.post(`/projects/${project.id}/agencies/${id}/unarchive`);
    expect((await visitor.get(fresh)).status).toBe(302);
    await client.post(`/projects/${project.id}/agencies/${id}/link/revoke`);
    expect((await visitor.get(fresh)).status).toBe(404);
  });

  it('accepts full-width characters and Japanese dashes typed with an IME', () => {
    expect(normalizeShortCode('ｋ７ｑｘｍ－３ｐｄ２ｈ ４８２９１３')).toEqual({ code: 'K7QXM3PD2H', check: '482913' });
    expect(normalizeShortCode('K7QXM-3PD2H-48291')).toBeNull();
    expect(normalizeShortCode('K0QXM-3PD2H-482913')).toBeNull();
  });

  it('a copy of the database without the link key yields no working short link', async () => {
    const t = tempInstallation('short');
    dir = t.dir;
    const db = openDb(t.dbPath);
    await createUser(db, {
      email: 'a@example.jp',
      name: '保健 花子',
      password: 'correct horse battery',
      role: 'admin',
    });
    const p = createProject(
      db,
      { name: 'A市', municipality: 'A市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
      null,
    );
    const agency = db
      .insert(agencies)
      .values({ projectId: p.id, key: 'A', name: '相談室', kind: 'NPO', field: 'welfare_ibasho' })
      .returning()
      .get();
    const short = deriveShortCode(issueAgencyLink(db, agency.id));
    const typed = formatShortCode(short);
    expect((await new Client(createApp({ db })).get(`/a/${typed}`)).status).toBe(302);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');

    const stolen = join(t.dir, 'stolen.db');
    copyFileSync(t.dbPath, stolen);
    const bytes = readFileSync(stolen);
    expect(bytes.includes(Buffer.from(short.code))).toBe(false);
    expect(bytes.includes(Buffer.from(short.code + short.check))).toBe(false);
    // the thief's server makes its own key: nothing it can derive or read gives the short link
    const copy = openDb(stolen);
    const stored = copy.select().from(agencyShortLinks).all();
    expect(stored).toHaveLength(1);
    expect(Object.values(stored[0]).some((v) => String(v).includes(short.code))).toBe(false);
    expect(currentAgencyToken(copy, copy.select().from(agencies).get()!)).toBeNull();
    const thief = new Client(createApp({ db: copy }));
    expect((await thief.get(`/a/${stored[0].codeHash}`)).status).toBe(404);
    // (the real short link still works on the real installation, whose key is beside it)
    expect((await new Client(createApp({ db })).get(`/a/${typed}`)).status).toBe(302);
    copy.$client.close();
    db.$client.close();
  });
});

async function world2(client: Client, pid: number, id: number) {
  const detail = await (await client.get(`/projects/${pid}/agencies/${id}`)).text();
  return new URL(/id="agency-short-link"[^>]*value="([^"]+)"/.exec(detail)![1]).pathname;
}
