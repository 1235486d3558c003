import { describe, expect, it } from 'vitest';
import { Client, staffSetup } from './helpers.ts';
import { createUser } from '../src/auth/queries.ts';
import { addMember } from '../src/projects/queries.ts';
import { recordAudit } from '../src/audit/log.ts';
import { auditLog } from '../src/db/schema.ts';

describe('audit log page', () => {
  it('shows admins the project’s entries newest first in JST with Japanese labels', async () => {
    const { client, db, project } = await staffSetup();
    db.insert(auditLog)
      .values({
        projectId: project.id,
        actorKind: 'agency',
        actorId: 3,
        actorLabel: '社会福祉協議会',
        action: 'submit',
        entity: 'questionnaire',
        entityId: 'a3',
        at: '2024-10-20T01:05:00.000Z',
      })
      .run();
    recordAudit(db, {
      projectId: project.id,
      actor: { kind: 'system', label: 'CLI' },
      action: 'import',
      entity: 'bundle_part',
      detail: '取り込み 12件',
    });
    recordAudit(db, {
      projectId: null,
      actor: { kind: 'system', label: 'CLI' },
      action: 'create',
      entity: 'user',
      detail: 'not project specific',
    });

    const res = await client.get(`/projects/${project.id}/audit`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('2024/10/20 10:05');
    expect(html).toContain('<span class="kind">機関</span> 社会福祉協議会');
    expect(html).toContain('提出');
    expect(html).toContain('アンケート<span class="muted">（a3）</span>');
    expect(html).toContain('bundle_part'); // unknown names shown as recorded
    expect(html).not.toContain('not project specific');
    // newest first in the table (the filter menu above it lists the people too)
    const table = html.slice(html.indexOf('<tbody'));
    expect(table.indexOf('取り込み 12件')).toBeLessThan(table.indexOf('社会福祉協議会'));
  });

  it('refuses staff who are not administrators', async () => {
    const { app, db, project } = await staffSetup();
    const staff = await createUser(db, {
      email: 'staff@example.jp',
      name: '一般 職員',
      password: 'staff password 123',
      role: 'staff',
    });
    addMember(db, project.id, staff.id);
    const client = new Client(app);
    await client.post('/login', { email: 'staff@example.jp', password: 'staff password 123' });
    expect((await client.get(`/projects/${project.id}`)).status).toBe(200);
    const res = await client.get(`/projects/${project.id}/audit`);
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('操作履歴は管理者のみ閲覧できます');
    expect(html).not.toContain('テスト市 ネットワーク'); // the log itself is not rendered
  });

  it('pages through long logs', async () => {
    const { client, db, project } = await staffSetup();
    db.transaction(() => {
      for (let i = 1; i <= 60; i++)
        recordAudit(db, {
          projectId: project.id,
          actor: { kind: 'staff', id: 1, label: '保健 花子' },
          action: 'update',
          entity: 'meeting',
          detail: `変更#${i}#`,
        });
    });
    const first = await (await client.get(`/projects/${project.id}/audit`)).text();
    expect(first).toContain('変更#60#');
    expect(first).toContain('変更#11#');
    expect(first).not.toContain('変更#10#');
    expect(first).toContain('1 / 2 ページ');
    expect(first).toContain(`href="/projects/${project.id}/audit?page=2"`);
    const second = await (await client.get(`/projects/${project.id}/audit?page=2`)).text();
    expect(second).toContain('変更#10#');
    expect(second).toContain('変更#1#');
    expect(second).not.toContain('変更#11#');
    // a page number that is not one is refused with a message (was: silently page 1)
    expect((await client.get(`/projects/${project.id}/audit?page=abc`)).status).toBe(422);
  });
});
