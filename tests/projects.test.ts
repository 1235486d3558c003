import { describe, expect, it } from 'vitest';
import { Client, staffSetup } from './helpers.ts';
import { createUser } from '../src/auth/queries.ts';
import { buildTimeline } from '../src/projects/timeline.ts';

describe('projects', () => {
  it('creates a project, keeps input on error and shows the dashboard', async () => {
    const { client } = await staffSetup();
    const bad = await client.post('/projects', { name: '', municipality: '三鷹市', fiscalYear: '令和6' });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('プロジェクト名を入力してください');
    expect(html).toContain('年度は西暦4桁で入力してください');
    expect(html).toContain('value="三鷹市"');
    const ok = await client.post('/projects', {
      name: '三鷹市 ネットワーク',
      municipality: '三鷹市',
      fiscalYear: '２０２４',
    });
    expect(ok.status).toBe(303);
    const dash = await client.get(ok.headers.get('location')!);
    expect(dash.status).toBe(200);
    const d = await dash.text();
    expect(d).toContain('三鷹市 ネットワーク');
    expect(d).toContain('令和6年度');
    expect(d).toContain('年間の流れ');
  });

  it('saves survey windows and rejects a close date before the open date', async () => {
    const { client, project } = await staffSetup();
    const base = { name: project.name, municipality: project.municipality, fiscalYear: '2024' };
    const bad = await client.post(`/projects/${project.id}/edit`, {
      ...base,
      questionnaire_opensOn: '2024-10-25',
      questionnaire_closesOn: '2024-10-18',
    });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('アンケート調査の締切日は開始日以降にしてください');
    const ok = await client.post(`/projects/${project.id}/edit`, {
      ...base,
      questionnaire_opensOn: '2024-10-18',
      questionnaire_closesOn: '2024-10-25',
    });
    expect(ok.status).toBe(303);
    const edit = await (await client.get(`/projects/${project.id}/edit`)).text();
    expect(edit).toContain('value="2024-10-18"');
  });

  it('hides a project from staff who are not its members', async () => {
    const { app, db, project } = await staffSetup();
    await createUser(db, {
      email: 'other@example.jp',
      name: '他 課員',
      password: 'another long password',
      role: 'staff',
    });
    const other = new Client(app);
    await other.post('/login', { email: 'other@example.jp', password: 'another long password' });
    expect((await other.get(`/projects/${project.id}`)).status).toBe(404);
    expect((await other.get(`/projects/${project.id}/edit`)).status).toBe(404);
    expect(await (await other.get('/projects')).text()).not.toContain(project.name);
  });
});

describe('timeline', () => {
  it('orders steps by date and marks status and unbuilt parts', () => {
    const steps = buildTimeline({
      projectId: 1,
      meetings: [
        { id: 2, kind: 'network', title: '第1回ネットワーク会議', date: '2024-12-24' },
        { id: 1, kind: 'working_group', title: '第1回WG', date: '2024-09-26' },
      ],
      windows: [{ part: 'questionnaire', opensOn: '2024-10-18', closesOn: '2024-10-25' }],
      today: '2024-10-20',
      available: { questionnaire: true },
    });
    expect(steps.map((s) => s.title)).toEqual([
      '第1回WG',
      'アンケート調査',
      '第1回ネットワーク会議',
      '事例提供',
      'ヒアリング調査',
    ]);
    expect(steps.map((s) => s.status)).toEqual(['closed', 'open', 'not_started', 'unscheduled', 'unscheduled']);
    expect(steps.find((s) => s.kind === 'cases')!.available).toBe(false);
    expect(steps.find((s) => s.kind === 'cases')!.href).toBeNull();
  });

  it('points a held meeting at its records: the packet, and the case-study sheets of a network meeting', () => {
    const steps = buildTimeline({
      projectId: 1,
      meetings: [
        { id: 1, kind: 'working_group', title: '第1回WG', date: '2024-09-26' },
        { id: 2, kind: 'network', title: '第1回ネットワーク会議', date: '2024-12-24' },
        { id: 3, kind: 'network', title: '第2回ネットワーク会議', date: '2025-01-28' },
      ],
      windows: [],
      today: '2025-01-10',
      available: {},
    });
    const [wg, nm1, nm2] = steps.filter((s) => s.kind === 'working_group' || s.kind === 'network');
    expect(wg.next).toBe('配布した会議資料を確認し、次の会議に反映する');
    expect(wg.nextLinks).toEqual([{ label: '会議資料', href: '/projects/1/meetings/1/packet' }]);
    expect(nm1.next).toBe('配布した会議資料と事例検討シートを確認し、次の会議に反映する');
    expect(nm1.nextLinks).toEqual([
      { label: '会議資料', href: '/projects/1/meetings/2/packet' },
      { label: '事例検討シート', href: '/projects/1/meetings/2/case-studies' },
    ]);
    expect(nm2.nextLinks).toEqual([]);
    expect(steps.map((s) => s.next)).not.toContain('記録を確認する');
  });
});
