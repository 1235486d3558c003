import { describe, expect, it } from 'vitest';
import { Client, staffSetup } from './helpers.ts';
import { createUser } from '../src/auth/queries.ts';
import { addMember, listMembers } from '../src/projects/queries.ts';

describe('project members', () => {
  it('lets an admin add an existing staff account by e-mail, which then sees the project', async () => {
    const { app, client, db, project } = await staffSetup();
    await createUser(db, {
      email: 'nurse@example.jp',
      name: '保健 次郎',
      password: 'nurse password 123',
      role: 'staff',
    });
    const nurse = new Client(app);
    await nurse.post('/login', { email: 'nurse@example.jp', password: 'nurse password 123' });
    expect((await nurse.get(`/projects/${project.id}`)).status).toBe(404);

    const unknown = await client.post(`/projects/${project.id}/members`, { email: 'nobody@example.jp' });
    expect(unknown.status).toBe(422);
    const html = await unknown.text();
    expect(html).toContain('このメールアドレスの職員アカウントはありません');
    expect(html).toContain('value="nobody@example.jp"');

    const added = await client.post(`/projects/${project.id}/members`, { email: ' Nurse@Example.jp ' });
    expect(added.status).toBe(303);
    const page = await (await client.get(added.headers.get('location')!)).text();
    expect(page).toContain('メンバーを追加しました');
    expect(page).toContain('保健 次郎');
    expect((await nurse.get(`/projects/${project.id}`)).status).toBe(200);
    const again = await client.post(`/projects/${project.id}/members`, { email: 'nurse@example.jp' });
    expect(again.headers.get('location')).toContain('done=already');
  });

  it('shows staff the member list without the add form and refuses their changes', async () => {
    const { app, db, project } = await staffSetup();
    const staff = await createUser(db, {
      email: 'staff@example.jp',
      name: '一般 職員',
      password: 'staff password 123',
      role: 'staff',
    });
    const other = await createUser(db, {
      email: 'other@example.jp',
      name: '他 職員',
      password: 'other password 123',
      role: 'staff',
    });
    addMember(db, project.id, staff.id);
    const client = new Client(app);
    await client.post('/login', { email: 'staff@example.jp', password: 'staff password 123' });
    const page = await (await client.get(`/projects/${project.id}/members`)).text();
    expect(page).toContain('一般 職員');
    expect(page).not.toContain('メンバーを追加');
    const res = await client.post(`/projects/${project.id}/members`, { email: 'other@example.jp' });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('管理者のみ');
    expect((await client.post(`/projects/${project.id}/members/${staff.id}/remove`)).status).toBe(403);
    expect(listMembers(db, project.id).map((m) => m.id)).not.toContain(other.id);
  });

  it('lets an admin remove a member', async () => {
    const { client, db, project } = await staffSetup();
    const staff = await createUser(db, {
      email: 'staff@example.jp',
      name: '一般 職員',
      password: 'staff password 123',
      role: 'staff',
    });
    addMember(db, project.id, staff.id);
    const res = await client.post(`/projects/${project.id}/members/${staff.id}/remove`);
    expect(res.status).toBe(303);
    expect(listMembers(db, project.id).map((m) => m.id)).not.toContain(staff.id);
    expect((await client.post(`/projects/${project.id}/members/${staff.id}/remove`)).status).toBe(404);
  });
});
