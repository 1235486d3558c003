// Issue 14 item 9: reading personal data, logging in and every export leave an audit entry
// (who, what, when), and the audit page filters by person, kind and date and exports CSV.
import { describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { auditLog, meetings } from '../../src/db/schema.ts';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDb } from '../../src/db/client.ts';
import { loadDemo } from '../../src/demo/index.ts';
import { cli, tempInstallation } from './dataHarness.ts';
import { recordAudit } from '../../src/audit/log.ts';
import { buildWorld, send, type World } from '../world.ts';
import { Client, makeApp } from '../helpers.ts';
import { createUser } from '../../src/auth/queries.ts';

type Entry = typeof auditLog.$inferSelect;
const entriesSince = (w: World, id: number): Entry[] =>
  w.db
    .select()
    .from(auditLog)
    .all()
    .filter((e) => e.id > id);
const lastId = (w: World) =>
  Math.max(
    0,
    ...w.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .all()
      .map((r) => r.id),
  );

async function read(w: World, path: string, session = w.sessions.member) {
  const before = lastId(w);
  const res = await send(w, 'GET', path, { session });
  await res.arrayBuffer();
  return { status: res.status, entries: entriesSince(w, before) };
}

describe('reads of personal data are audited', () => {
  const w = buildWorld();
  const p = w.params;
  const base = `/projects/${p.pid}`;

  it.each([
    ['a case sheet', `/cases/${p['cases/:cid']}`, 'case', p['cases/:cid']],
    ['a case sheet (edit form)', `/cases/${p['cases/:cid']}/edit`, 'case', p['cases/:cid']],
    ['a hearing record', `/hearings/${p.hid}`, 'hearing', p.hid],
    ['an agency’s questionnaire answers', `/questionnaire/responses/${p.aid}`, 'questionnaire', p.aid],
  ])('%s', async (_, path, entity, id) => {
    const { status, entries } = await read(w, base + path);
    expect(status).toBe(200);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      projectId: Number(p.pid),
      actorKind: 'staff',
      actorLabel: 'member',
      action: 'view',
      entity,
      entityId: id,
    });
  });

  it('lists and other pages without one person’s data are not logged', async () => {
    expect((await read(w, `${base}/cases`)).entries).toEqual([]);
    expect((await read(w, `${base}`)).entries).toEqual([]);
  });

  it('a refused or missing record is not logged as read', async () => {
    expect((await read(w, `${base}/cases/999999`)).entries).toEqual([]);
  });
});

describe('every export is audited once', () => {
  const w = buildWorld();
  const p = w.params;
  const base = `/projects/${p.pid}`;
  it.each([
    ['packet HTML', `/meetings/${p.mid}/packet.html`],
    ['packet JSON', `/meetings/${p.mid}/packet.json`],
    ['issued packet JSON', `/meetings/${p.mid}/packet/issued/${p.v}/packet.json`],
    ['resource map HSDS JSON', `/resource-map/hsds.json`],
    ['questionnaire CSV', `/questionnaire/export.csv`],
  ])('%s', async (_, path) => {
    const { status, entries } = await read(w, base + path);
    expect(status).toBe(200);
    expect(entries.map((e) => [e.action, e.actorLabel, e.projectId])).toEqual([['export', 'member', Number(p.pid)]]);
  });
});

describe('logins are audited', () => {
  it('records success and failure with the address typed, outside any project', async () => {
    const { app, db } = makeApp();
    await createUser(db, { email: 'nurse@example.jp', name: '保健 次郎', password: 'right password 1', role: 'staff' });
    const client = new Client(app);
    expect((await client.post('/login', { email: 'nurse@example.jp', password: 'wrong password 1' })).status).toBe(401);
    expect((await client.post('/login', { email: 'nurse@example.jp', password: 'right password 1' })).status).toBe(303);
    const rows = db.select().from(auditLog).where(isNull(auditLog.projectId)).all();
    expect(rows.map((r) => [r.action, r.actorKind, r.actorLabel])).toEqual([
      ['login_failed', 'system', 'ログイン前'],
      ['login', 'staff', '保健 次郎'],
    ]);
    expect(rows[0].detail).toContain('nurse@example.jp');
  });
});

describe('audit page', () => {
  function seeded() {
    const w = buildWorld();
    const pid = Number(w.params.pid);
    w.db.delete(auditLog).run();
    const add = (at: string, actor: { kind: 'staff'; id: number; label: string }, action: string, detail: string) => {
      recordAudit(w.db, { projectId: pid, actor, action, entity: 'case', entityId: 1, detail });
      w.db
        .update(auditLog)
        .set({ at })
        .where(and(eq(auditLog.detail, detail)))
        .run();
    };
    const hanako = { kind: 'staff' as const, id: 1, label: '保健 花子' };
    const jiro = { kind: 'staff' as const, id: 2, label: '保健 次郎' };
    add('2024-10-01T00:30:00.000Z', hanako, 'view', 'entry-1001'); // 10/1 09:30 JST
    add('2024-10-01T16:00:00.000Z', jiro, 'update', 'entry-1002'); // 10/2 01:00 JST
    add('2024-10-03T03:00:00.000Z', hanako, 'export', 'entry-1003'); // 10/3 12:00 JST
    for (let i = 0; i < 60; i++) add(`2024-11-01T00:00:${String(i).padStart(2, '0')}.000Z`, jiro, 'view', `bulk-${i}`);
    return { w, base: `/projects/${pid}/audit` };
  }
  const page = async (w: World, path: string) => {
    const res = await send(w, 'GET', path, { session: w.sessions.admin });
    return { status: res.status, html: await res.text() };
  };

  it('filters by person, kind and JST date range, keeping the filters in the URL and the page links', async () => {
    const { w, base } = seeded();
    const byPerson = await page(w, `${base}?actor=staff:1`);
    expect(byPerson.html).toContain('entry-1001');
    expect(byPerson.html).toContain('entry-1003');
    expect(byPerson.html).not.toContain('entry-1002');
    expect(byPerson.html).toContain('全2件');

    const byKind = await page(w, `${base}?action=view&from=2024-10-01&to=2024-10-31`);
    expect(byKind.html).toContain('entry-1001');
    expect(byKind.html).not.toContain('bulk-');
    expect(byKind.html).not.toContain('entry-1003');

    // 10/2 JST only: the UTC 10/1 16:00 entry is on 10/2 in Japan
    const oneDay = await page(w, `${base}?from=2024-10-02&to=2024-10-02`);
    expect(oneDay.html).toContain('entry-1002');
    expect(oneDay.html).not.toContain('entry-1001');

    const views = await page(w, `${base}?actor=staff:2&action=view`);
    expect(views.html).toContain('全60件');
    expect(views.html).toContain(
      'href="/projects/' + w.params.pid + '/audit?actor=staff%3A2&amp;action=view&amp;page=2"',
    );
    const second = await page(w, `${base}?actor=staff:2&action=view&page=2`);
    expect(second.html).toContain('2 / 2 ページ');
    // the form shows the chosen filters
    expect(views.html).toMatch(/<option value="staff:2" selected/);
    expect(views.html).toMatch(/<option value="view" selected/);
  });

  it('rejects a malformed filter with a Japanese message (422)', async () => {
    const { w, base } = seeded();
    for (const q of ['from=2024-13-01', 'to=yesterday', 'actor=boss', 'page=1e20']) {
      const r = await page(w, `${base}?${q}`);
      expect([q, r.status]).toEqual([q, 422]);
      expect(r.html).toMatch(/正しくありません|正しい日付ではありません|指定してください|形式で入力/);
    }
  });

  it('exports the filtered entries as CSV (UTF-8 with BOM)', async () => {
    const { w, base } = seeded();
    const res = await send(w, 'GET', `${base}/export.csv?actor=staff:1`, { session: w.sessions.admin });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('日時,操作した人の種別,操作した人,操作,対象,対象ID,内容');
    expect(lines.slice(1)).toEqual([
      '2024/10/3 12:00,職員,保健 花子,書き出し,支援事例,1,entry-1003',
      '2024/10/1 09:30,職員,保健 花子,閲覧,支援事例,1,entry-1001',
    ]);
  });

  it('shows admins the installation’s own entries (logins, deletions) on request', async () => {
    const { w, base } = seeded();
    recordAudit(w.db, {
      projectId: null,
      actor: { kind: 'system', label: 'ログイン前' },
      action: 'login_failed',
      entity: 'user',
      detail: 'outside-project',
    });
    expect((await page(w, base)).html).not.toContain('outside-project');
    expect((await page(w, `${base}?scope=installation`)).html).toContain('outside-project');
  });

  it('is still refused to staff who are not administrators, CSV included', async () => {
    const { w, base } = seeded();
    expect((await send(w, 'GET', `${base}/export.csv`, { session: w.sessions.member })).status).toBe(403);
  });
});

describe('command-line exports are audited', () => {
  it('packet: one export entry naming the format and the file', async () => {
    const t = tempInstallation('audit-cli');
    try {
      const db = openDb(t.dbPath);
      const pid = loadDemo(db, { actor: { kind: 'system', label: 'demo' } });
      const meetingId = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.projectId, pid)).get()!.id;
      db.$client.close();
      const file = join(t.dir, 'packet.json');
      const r = await cli(['packet', String(pid), String(meetingId), '--format', 'json', '--out', file], t.dbPath);
      expect(r.code).toBe(0);
      const check = openDb(t.dbPath);
      const rows = check.select().from(auditLog).where(eq(auditLog.action, 'export')).all();
      check.$client.close();
      expect(rows.map((e) => [e.projectId, e.actorLabel, e.entity, e.entityId, e.detail])).toEqual([
        [pid, 'コマンドライン（packet）', 'packet', String(meetingId), `json: ${file}`],
      ]);
    } finally {
      rmSync(t.dir, { recursive: true, force: true });
    }
  }, 60_000);
});
