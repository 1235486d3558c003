import { describe, expect, it } from 'vitest';
import { Client, staffSetup } from './helpers.ts';
import { listAudit } from '../src/audit/log.ts';
import { findAgency } from '../src/agencies/queries.ts';
import { currentAgencyToken } from '../src/agencies/links.ts';
import { createApp } from '../src/app.tsx';
import { createProject } from '../src/projects/queries.ts';
import type { Db } from '../src/db/client.ts';

const valid = {
  name: '武蔵野市 生活福祉課',
  kind: '行政部署',
  field: 'welfare_ibasho',
  ageMin: '',
  ageMax: '',
  contactName: '連携 太郎',
  contactEmail: 'Renkei@Example.jp',
  key: '',
};

async function createAgency(client: Client, pid: number, form: Partial<typeof valid> = {}) {
  const res = await client.post(`/projects/${pid}/agencies`, { ...valid, ...form });
  expect(res.status).toBe(303);
  const id = Number(/agencies\/(\d+)/.exec(res.headers.get('location')!)![1]);
  return id;
}

function tokenOf(db: Db, pid: number, id: number) {
  return currentAgencyToken(db, findAgency(db, pid, id)!)!;
}

describe('agencies (staff)', () => {
  it('keeps the input and explains errors in Japanese, then creates with key a1 and a link', async () => {
    const { client, project, db } = await staffSetup();
    const bad = await client.post(`/projects/${project.id}/agencies`, {
      ...valid,
      name: '',
      kind: '',
      ageMin: '40',
      ageMax: '18',
      contactEmail: 'not-mail',
    });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('機関名を入力してください');
    expect(html).toContain('種別を選択してください');
    expect(html).toContain('担当者のメールアドレスの形式が正しくありません');
    expect(html).toContain('value="連携 太郎"');
    expect(html).toContain('value="40"');
    expect(html).toMatch(/value="welfare_ibasho" checked/);
    const { kind: _k, field: _f, ...unchecked } = valid;
    const noChoice = await (await client.post(`/projects/${project.id}/agencies`, unchecked)).text();
    expect(noChoice).toContain('種別を選択してください');
    expect(noChoice).toContain('分野を選択してください');
    const range = await client.post(`/projects/${project.id}/agencies`, { ...valid, ageMin: '40', ageMax: '18' });
    expect(range.status).toBe(422);
    expect(await range.text()).toContain('対象年齢の上限は下限以上にしてください');

    const id = await createAgency(client, project.id, { ageMin: '１５', ageMax: '49歳' });
    const agency = findAgency(db, project.id, id)!;
    expect(agency).toMatchObject({
      key: 'a1',
      ageMin: 15,
      ageMax: 49,
      contactEmail: 'renkei@example.jp',
      kind: '行政部署',
    });
    expect(agency.tokenHash).toBeTruthy();
    const page = await (await client.get(`/projects/${project.id}/agencies/${id}?done=created`)).text();
    expect(page).toContain('専用リンクを発行しました');
    expect(page).toContain(`http://localhost/a/${tokenOf(db, project.id, id)}`);
    expect(page).toContain('data-copy="#agency-link"');
    expect(await createAgency(client, project.id, { name: '社協' })).toBeGreaterThan(id);
    const second = findAgency(db, project.id, id + 1)!;
    expect(second.key).toBe('a2');
    const list = await (await client.get(`/projects/${project.id}/agencies`)).text();
    expect(list).toContain('武蔵野市 生活福祉課');
    expect(list).toContain('15〜49歳');
    expect(list).toContain('福祉・居場所');
  });

  it('edits with validation, rejects a duplicate key, archives and unarchives, all audited', async () => {
    const { client, project, db } = await staffSetup();
    const a = await createAgency(client, project.id);
    await createAgency(client, project.id, {
      name: 'サポステ',
      kind: '地域若者サポートステーション',
      field: 'employment',
      key: 'sapo',
    });
    const url = `/projects/${project.id}/agencies/${a}/edit`;
    expect(await (await client.get(url)).text()).toContain('value="武蔵野市 生活福祉課"');
    const dup = await client.post(url, { ...valid, name: '生活福祉課（改）', key: 'sapo' });
    expect(dup.status).toBe(422);
    const dupHtml = await dup.text();
    expect(dupHtml).toContain('キー「sapo」は既に使われています');
    expect(dupHtml).toContain('value="生活福祉課（改）"');
    const ok = await client.post(url, { ...valid, name: '生活福祉課（改）', key: 'a1', ageMin: '18' });
    expect(ok.status).toBe(303);
    expect(findAgency(db, project.id, a)).toMatchObject({ name: '生活福祉課（改）', ageMin: 18, ageMax: null });

    expect((await client.post(`/projects/${project.id}/agencies/${a}/archive`)).status).toBe(303);
    expect(findAgency(db, project.id, a)!.archivedAt).toBeTruthy();
    const list = await (await client.get(`/projects/${project.id}/agencies`)).text();
    expect(list).toContain('アーカイブ済み（1件）');
    expect((await client.post(`/projects/${project.id}/agencies/${a}/unarchive`)).status).toBe(303);
    expect(findAgency(db, project.id, a)!.archivedAt).toBeNull();
    const actions = listAudit(db, project.id)
      .filter((e) => e.entity === 'agency' && e.entityId === String(a))
      .map((e) => e.action);
    expect(actions).toEqual(['unarchive', 'archive', 'update', 'create']);
  });

  it('scopes agencies to their project', async () => {
    const { client, project, db, admin } = await staffSetup();
    const other = createProject(
      db,
      { name: '別市', municipality: '別市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
      admin.id,
    );
    const id = await createAgency(client, other.id);
    expect((await client.get(`/projects/${project.id}/agencies/${id}`)).status).toBe(404);
    expect((await client.post(`/projects/${project.id}/agencies/${id}/archive`)).status).toBe(404);
    expect((await client.post(`/projects/${project.id}/agencies/${id}/link/reissue`)).status).toBe(404);
    // keys are unique per project, so the other project starts again at a1
    expect(findAgency(db, other.id, id)!.key).toBe('a1');
    expect(await createAgency(client, project.id)).toBeGreaterThan(id);
  });
});

describe('agency links', () => {
  it('opens only its own agency home and nothing under /projects', async () => {
    const { client, project, db, app } = await staffSetup();
    const a = await createAgency(client, project.id, { name: '機関エー' });
    const b = await createAgency(client, project.id, { name: '機関ビー' });
    const tokenA = tokenOf(db, project.id, a);
    const visitor = new Client(app);
    const home = await visitor.get(`/a/${tokenA}`);
    expect(home.status).toBe(200);
    expect(home.headers.get('Cache-Control')).toContain('no-store');
    const html = await home.text();
    expect(html).toContain('機関エー 様');
    expect(html).toContain(project.name);
    expect(html).not.toContain('機関ビー');
    for (const path of [
      `/projects/${project.id}/agencies/${b}`,
      `/projects/${project.id}/agencies/${a}`,
      `/projects/${project.id}`,
      '/projects',
    ]) {
      const res = await visitor.get(path);
      expect(res.status === 303 ? res.headers.get('location') : res.status).toMatch(/^\/login|^404$/);
    }
    expect((await visitor.get(`/a/${tokenA}x`)).status).toBe(404);
    expect((await visitor.get(`/a/${'A'.repeat(43)}`)).status).toBe(404);
  });

  it('lists tasks from providers on the agency home', async () => {
    const { client, project, db } = await staffSetup();
    const a = await createAgency(client, project.id);
    const app = createApp(
      { db },
      {
        agencyTasks: [
          (_db, agency, token) => ({
            title: `アンケート（${agency.key}）`,
            href: `/a/${token}/questionnaire`,
            status: '未回答',
          }),
          () => null,
        ],
      },
    );
    const token = tokenOf(db, project.id, a);
    const html = await (await new Client(app).get(`/a/${token}`)).text();
    expect(html).toContain('アンケート（a1）');
    expect(html).toContain(`href="/a/${token}/questionnaire"`);
    expect(html).not.toContain('現在、ご回答いただく項目はありません');
  });

  it('refuses a revoked token; a reissued token works and the old one does not', async () => {
    const { client, project, db, app } = await staffSetup();
    const a = await createAgency(client, project.id);
    const old = tokenOf(db, project.id, a);
    const visitor = new Client(app);
    expect((await visitor.get(`/a/${old}`)).status).toBe(200);

    const confirm = await client.get(`/projects/${project.id}/agencies/${a}/link/reissue`);
    expect(await confirm.text()).toContain('リンクを再発行しますか？');
    expect((await client.post(`/projects/${project.id}/agencies/${a}/link/reissue`)).status).toBe(303);
    const fresh = tokenOf(db, project.id, a);
    expect(fresh).not.toBe(old);
    expect((await visitor.get(`/a/${old}`)).status).toBe(404);
    expect((await visitor.get(`/a/${fresh}`)).status).toBe(200);

    expect((await client.post(`/projects/${project.id}/agencies/${a}/link/revoke`)).status).toBe(303);
    expect((await visitor.get(`/a/${fresh}`)).status).toBe(404);
    const page = await (await client.get(`/projects/${project.id}/agencies/${a}`)).text();
    expect(page).toContain('リンクは停止中です');
    expect((await client.get(`/projects/${project.id}/agencies/${a}/letter`)).status).toBe(303);
    expect((await client.post(`/projects/${project.id}/agencies/${a}/link/issue`)).status).toBe(303);
    expect((await visitor.get(`/a/${tokenOf(db, project.id, a)}`)).status).toBe(200);

    const actions = listAudit(db, project.id).map((e) => e.action);
    expect(actions.slice(0, 3)).toEqual(['link_issue', 'link_revoke', 'link_reissue']);
  });

  it("refuses an archived agency's link", async () => {
    const { client, project, db, app } = await staffSetup();
    const a = await createAgency(client, project.id);
    const token = tokenOf(db, project.id, a);
    await client.post(`/projects/${project.id}/agencies/${a}/archive`);
    const res = await new Client(app).get(`/a/${token}`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('このリンクは無効です');
    expect(await (await client.get(`/projects/${project.id}/agencies/${a}`)).text()).not.toContain(token);
  });
});

describe('invitation letters', () => {
  it('prints a letter with the URL and an inline QR code, and all letters one per agency', async () => {
    const { client, project, db } = await staffSetup();
    const a = await createAgency(client, project.id, { contactName: '相談 一郎' });
    const b = await createAgency(client, project.id, { name: '社会福祉協議会', kind: '社会福祉協議会' });
    await client.post(`/projects/${project.id}/agencies/${b}/link/revoke`);
    const res = await client.get(`/projects/${project.id}/agencies/${a}/letter`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('武蔵野市 生活福祉課');
    expect(html).toContain('相談 一郎 様');
    expect(html).toContain('テスト保健所');
    expect(html).toContain(`http://localhost/a/${tokenOf(db, project.id, a)}`);
    expect(html).toMatch(/<svg[^>]*viewBox/);
    const all = await (await client.get(`/projects/${project.id}/agencies/letters`)).text();
    expect(all.match(/<article class="letter"/g)).toHaveLength(1);
    expect(all).toContain('リンクが停止中のため含めていない機関：社会福祉協議会');
  });

  it('uses PUBLIC_URL, or forwarded headers only when the proxy is trusted', async () => {
    const { client, project, db } = await staffSetup();
    const a = await createAgency(client, project.id);
    const token = tokenOf(db, project.id, a);
    const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'renkei.example.lg.jp' };
    const untrusted = await (await client.get(`/projects/${project.id}/agencies/${a}`, forwarded)).text();
    expect(untrusted).toContain(`http://localhost/a/${token}`);
    process.env.PUBLIC_URL = 'https://renkei.city.example.jp/';
    try {
      const configured = await (await client.get(`/projects/${project.id}/agencies/${a}/letter`)).text();
      expect(configured).toContain(`https://renkei.city.example.jp/a/${token}`);
    } finally {
      delete process.env.PUBLIC_URL;
    }
  });
});

describe('publicOrigin', () => {
  it('takes X-Forwarded-Proto/Host only from a trusted proxy', async () => {
    const { Hono } = await import('hono');
    const { publicOrigin } = await import('../src/agencies/origin.ts');
    const appWith = (trustProxy: boolean) => {
      const app = new Hono<import('../src/context.ts').AppEnv>();
      app.use(async (c, next) => {
        c.set('deps', { db: undefined as never, trustProxy });
        await next();
      });
      app.get('/', (c) => c.text(publicOrigin(c)));
      return app;
    };
    const headers = { 'X-Forwarded-Proto': 'https, http', 'X-Forwarded-Host': 'renkei.example.lg.jp' };
    expect(await (await appWith(true).request('http://10.0.0.5:3000/', { headers })).text()).toBe(
      'https://renkei.example.lg.jp',
    );
    expect(await (await appWith(false).request('http://10.0.0.5:3000/', { headers })).text()).toBe(
      'http://10.0.0.5:3000',
    );
    expect(
      await (
        await appWith(true).request('http://10.0.0.5:3000/', { headers: { 'X-Forwarded-Host': 'evil/path' } })
      ).text(),
    ).toBe('http://10.0.0.5:3000');
  });
});

describe('agencies imported with a short kind name', () => {
  it('preselects the listed kind on the edit form', async () => {
    const { importBundle } = await import('../src/bundle/index.ts');
    const { db, client } = await staffSetup();
    const pid = importBundle(db, {
      format: 'renkei-bundle/1',
      project: { name: 'F市', municipality: 'F市', fiscalYear: 2024 },
      agencies: [{ key: 'a1', name: 'F市 福祉課', kind: '行政', field: 'welfare_ibasho', ageMin: null, ageMax: null }],
    });
    const aid = (db.$client.prepare('select id from agencies where project_id = ?').get(pid) as { id: number }).id;
    const html = await (await client.get(`/projects/${pid}/agencies/${aid}/edit`)).text();
    expect(html).toMatch(/<input type="radio" name="kind" value="行政部署" checked=""/);
  });
});
