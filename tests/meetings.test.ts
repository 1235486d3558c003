import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { staffSetup } from './helpers.ts';
import { agencies, auditLog, meetings } from '../src/db/schema.ts';
import type { Db } from '../src/db/client.ts';
import { createProject } from '../src/projects/queries.ts';
import { numberMeetings, standardSchedule } from '../src/meetings/schedule.ts';
import { MEETING_REFERENCES, MEETING_TOOLS } from '../src/meetings/extensions.ts';

function addAgency(db: Db, projectId: number, key: string, name: string, archived = false) {
  return db
    .insert(agencies)
    .values({
      projectId,
      key,
      name,
      kind: '行政',
      field: 'welfare_ibasho',
      archivedAt: archived ? '2024-10-01T00:00:00Z' : null,
    })
    .returning()
    .get();
}

const valid = {
  kind: 'network',
  title: '第1回ネットワーク会議',
  date: '2024-12-24',
  startTime: '14:00',
  endTime: '16:00',
  place: '市役所 会議室A',
  purpose: '調査結果の共有',
  agenda: '開会\n\n調査結果の報告\n意見交換\n',
};

describe('meetings', () => {
  // Tests register their own entries; features' real entries stay in place.
  const registered = { tools: MEETING_TOOLS.length, references: MEETING_REFERENCES.length };
  afterEach(() => {
    MEETING_TOOLS.length = registered.tools;
    MEETING_REFERENCES.length = registered.references;
  });

  it('keeps the input and explains errors, then creates a meeting with attendees', async () => {
    const { client, db, project } = await staffSetup();
    const a1 = addAgency(db, project.id, 'a1', '生活福祉課');
    const a2 = addAgency(db, project.id, 'a2', '社会福祉協議会');
    addAgency(db, project.id, 'a3', '閉鎖した窓口', true);
    const base = `/projects/${project.id}/meetings`;

    const form = await (await client.get(`${base}/new`)).text();
    expect(form).toContain('生活福祉課');
    expect(form).not.toContain('閉鎖した窓口');

    const bad = await client.post(base, {
      ...valid,
      title: '',
      date: '2024/12/24',
      endTime: '13:00',
      attendeeAgencyIds: [String(a1.id)],
    });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('会議名を入力してください');
    expect(badHtml).toContain('開催日は YYYY-MM-DD 形式で入力してください');
    expect(badHtml).toContain('終了時刻は開始時刻より後にしてください');
    expect(badHtml).toContain('value="市役所 会議室A"');
    expect(badHtml).toMatch(new RegExp(`value="${a1.id}" checked`));

    const ok = await client.post(base, { ...valid, attendeeAgencyIds: [String(a1.id), String(a2.id)] });
    expect(ok.status).toBe(303);
    const detail = await client.get(ok.headers.get('location')!);
    const html = await detail.text();
    expect(html).toContain('会議を作成しました');
    expect(html).toContain('2024年12月24日(火)');
    expect(html).toContain('14:00〜16:00');
    expect(html).toMatch(/<ol><li>開会<\/li><li>調査結果の報告<\/li><li>意見交換<\/li><\/ol>/);
    expect(html).toContain('出席機関（2機関）');
    expect(html).toContain('社会福祉協議会');
    expect(html).toContain('この会議の資料・運営');
    const row = db.select().from(meetings).get()!;
    expect(row.key).toBe('m1');
    expect(row.agenda).toEqual(['開会', '調査結果の報告', '意見交換']);
    const log = db.select().from(auditLog).where(eq(auditLog.entity, 'meeting')).all();
    expect(log.map((l) => l.action)).toEqual(['create']);
  });

  it('rejects attendees from another project', async () => {
    const { client, db, project, admin } = await staffSetup();
    const other = createProject(
      db,
      { name: '別市', municipality: '別市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
      admin.id,
    );
    const foreign = addAgency(db, other.id, 'a1', '別市の機関');
    const res = await client.post(`/projects/${project.id}/meetings`, {
      ...valid,
      attendeeAgencyIds: String(foreign.id),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('選択できない機関が含まれています');
    expect(db.select().from(meetings).all()).toHaveLength(0);
  });

  it('edits a meeting, keeping an archived attendee that was already chosen', async () => {
    const { client, db, project } = await staffSetup();
    const gone = addAgency(db, project.id, 'a1', '統合された窓口');
    const created = await client.post(`/projects/${project.id}/meetings`, {
      ...valid,
      attendeeAgencyIds: String(gone.id),
    });
    const url = created.headers.get('location')!.replace(/\?.*$/, '');
    db.update(agencies).set({ archivedAt: '2024-12-01T00:00:00Z' }).where(eq(agencies.id, gone.id)).run();

    const edit = await (await client.get(`${url}/edit`)).text();
    expect(edit).toContain('統合された窓口');
    expect(edit).toContain('アーカイブ済み');
    expect(edit).toContain('開会\n調査結果の報告\n意見交換');

    const saved = await client.post(`${url}/edit`, {
      ...valid,
      title: '第1回 拡大ネットワーク会議',
      agenda: '意見交換\n開会',
      attendeeAgencyIds: String(gone.id),
    });
    expect(saved.status).toBe(303);
    const row = db.select().from(meetings).get()!;
    expect(row.title).toBe('第1回 拡大ネットワーク会議');
    expect(row.agenda).toEqual(['意見交換', '開会']);
    expect(row.attendeeAgencyIds).toEqual([gone.id]);
  });

  it('asks for confirmation before deleting and refuses while something refers to the meeting', async () => {
    const { client, db, project } = await staffSetup();
    const created = await client.post(`/projects/${project.id}/meetings`, valid);
    const url = created.headers.get('location')!.replace(/\?.*$/, '');

    MEETING_REFERENCES.push({ label: '事例検討シート', count: () => 2 });
    const blocked = await (await client.get(`${url}/delete`)).text();
    expect(blocked).toContain('事例検討シート：2件');
    expect(blocked).not.toContain('削除する</button>');
    expect((await client.post(`${url}/delete`)).status).toBe(409);
    MEETING_REFERENCES.pop();

    const confirm = await (await client.get(`${url}/delete`)).text();
    expect(confirm).toContain('元に戻せません');
    const done = await client.post(`${url}/delete`);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/projects/${project.id}/meetings?done=deleted`);
    expect((await client.get(url)).status).toBe(404);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'delete')).all()).toHaveLength(1);
  });

  it('does not show one project’s meeting under another project', async () => {
    const { client, db, project, admin } = await staffSetup();
    const other = createProject(
      db,
      { name: '別市', municipality: '別市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
      admin.id,
    );
    const created = await client.post(`/projects/${project.id}/meetings`, valid);
    const mid = created.headers.get('location')!.match(/meetings\/(\d+)/)![1];
    for (const path of ['', '/edit', '/delete'])
      expect((await client.get(`/projects/${other.id}/meetings/${mid}${path}`)).status).toBe(404);
    expect((await client.post(`/projects/${other.id}/meetings/${mid}/delete`)).status).toBe(404);
    expect(db.select().from(meetings).all()).toHaveLength(1);
  });

  it('creates the seed-000 standard year once on an empty project and numbers meetings per kind', async () => {
    const { client, db, project } = await staffSetup();
    const a1 = addAgency(db, project.id, 'a1', '生活福祉課');
    const base = `/projects/${project.id}/meetings`;
    const empty = await (await client.get(base)).text();
    expect(empty).toContain('標準スケジュールで5件の会議を作成する');

    const res = await client.post(`${base}/standard`);
    expect(res.status).toBe(303);
    expect((await client.post(`${base}/standard`)).status).toBe(303); // second click is harmless
    const rows = db.select().from(meetings).where(eq(meetings.projectId, project.id)).all();
    expect(rows.map((m) => [m.key, m.kind, m.date])).toEqual([
      ['m1', 'working_group', '2024-09-26'],
      ['m2', 'working_group', '2024-11-29'],
      ['m3', 'network', '2024-12-24'],
      ['m4', 'network', '2025-01-28'],
      ['m5', 'network', '2025-02-21'],
    ]);
    expect(rows[2].purpose).toContain('実態調査等の結果を共有');
    expect(rows[2].attendeeAgencyIds).toEqual([a1.id]);
    expect(rows[0].attendeeAgencyIds).toEqual([]);

    const list = await (await client.get(`${base}?done=standard`)).text();
    expect(list).toContain('標準スケジュールの会議5件を作成しました');
    expect(list).not.toContain('標準スケジュールで5件の会議を作成する');
    // Titles that already say 第n回 get no second 第n回 in front (no 「第3回 第3回ネットワーク会議」).
    expect(list.match(/第3回/g)).toHaveLength(1);
    expect(list).not.toMatch(/第(\d)回<\/span>\s*<strong>第\1回/);
    expect(list.indexOf('ワーキンググループ')).toBeLessThan(list.indexOf('ネットワーク会議'));

    // A new meeting takes the next free key.
    const added = await client.post(base, { ...valid, date: '2025-03-10' });
    expect(added.status).toBe(303);
    expect(
      db
        .select()
        .from(meetings)
        .all()
        .map((m) => m.key),
    ).toContain('m6');
  });

  it('shows links that later features register for the meeting', async () => {
    const { client, project } = await staffSetup();
    MEETING_TOOLS.push({
      label: 'テスト用の運営画面',
      description: '説明',
      href: (m) => `/projects/${m.projectId}/meetings/${m.id}/console-test`,
      kinds: ['network'],
    });
    const nm = await client.post(`/projects/${project.id}/meetings`, valid);
    const nmHtml = await (await client.get(nm.headers.get('location')!)).text();
    expect(nmHtml).toMatch(/href="\/projects\/\d+\/meetings\/\d+\/console-test"/);
    expect(nmHtml).toContain('テスト用の運営画面');
    const wg = await client.post(`/projects/${project.id}/meetings`, { ...valid, kind: 'working_group', title: 'WG' });
    expect(await (await client.get(wg.headers.get('location')!)).text()).not.toContain('/console-test');
  });
});

describe('meeting schedule helpers', () => {
  it('numbers meetings per kind in date order', () => {
    const n = numberMeetings([
      { id: 1, kind: 'network', date: '2025-01-28' },
      { id: 2, kind: 'working_group', date: '2024-09-26' },
      { id: 3, kind: 'network', date: '2024-12-24' },
      { id: 4, kind: 'working_group', date: '2024-11-29' },
    ]);
    expect([...n.entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
      [4, 2],
    ]);
  });

  it('shifts the standard year to the fiscal year', () => {
    const s = standardSchedule(2026, [7]);
    // 2026-09-26 is a Saturday, 11-29 and 2027-02-21 Sundays: moved to the nearest working day.
    expect(s.map((m) => m.date)).toEqual(['2026-09-25', '2026-11-30', '2026-12-24', '2027-01-28', '2027-02-22']);
    expect(s.filter((m) => m.kind === 'network').every((m) => m.attendeeAgencyIds[0] === 7)).toBe(true);
  });
});
