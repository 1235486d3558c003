// Two people editing one sheet: the second save from an older version is refused with both
// versions shown, never silently overwriting the first.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { staffSetup } from './helpers.ts';
import { agencies, caseSheets, meetings } from '../src/db/schema.ts';
import { FIXED_FACTORS } from '../src/lib/labels/cases.ts';
import { getSession } from '../src/live/sessionQueries.ts';
import { issuePacket } from '../src/packet/queries.ts';

const filled = (summary: string, version: number) => ({
  classification: 'good',
  summary,
  ...Object.fromEntries(FIXED_FACTORS.map((f) => [`factor_${f.key}`, 'unknown'])),
  version: String(version),
  action: 'draft',
});

async function staffCase() {
  const setup = await staffSetup();
  const { db, project, client } = setup;
  const agency = db
    .insert(agencies)
    .values({ projectId: project.id, key: 'a1', name: '生活福祉課', kind: '行政部署', field: 'welfare_ibasho' })
    .returning()
    .get();
  const res = await client.post(`/projects/${project.id}/cases/new`, { agencyId: String(agency.id) });
  const cid = Number(res.headers.get('location')!.split('/').at(-2));
  return { ...setup, url: `/projects/${project.id}/cases/${cid}`, cid };
}

describe('case sheet versions', () => {
  it('refuses a save from an older version, shows both texts, and keeps the stored one', async () => {
    const { client, db, url, cid } = await staffCase();
    const first = await client.post(url, filled('一人目が書いた概要', 1));
    expect(first.status).toBe(303);
    const second = await client.post(url, filled('二人目が書いた概要', 1));
    expect(second.status).toBe(409);
    const html = await second.text();
    expect(html).toContain('他の人が先にこのシートを保存したため、あなたの変更は保存されていません');
    expect(html).toContain('一人目が書いた概要'); // what is stored
    expect(html).toContain('二人目が書いた概要'); // what was typed, still in the form
    expect(html).toMatch(/name="version"[^>]*value="2"/); // the next save knowingly replaces version 2
    expect(db.select().from(caseSheets).where(eq(caseSheets.id, cid)).get()!.summary).toBe('一人目が書いた概要');

    const again = await client.post(url, filled('二人目が書いた概要', 2));
    expect(again.status).toBe(303);
    expect(db.select().from(caseSheets).where(eq(caseSheets.id, cid)).get()!.summary).toBe('二人目が書いた概要');
  });

  it('autosave from an older version stops and says so; a stale form with the same content still saves', async () => {
    const { client, db, url, cid } = await staffCase();
    expect((await client.post(url, filled('同じ内容', 1))).status).toBe(303);
    // the re-sent form says the same as what is stored: nothing to lose, no conflict
    expect((await client.post(url, filled('同じ内容', 1))).status).toBe(303);
    const auto = await client.post(`${url}/autosave`, filled('古い画面からの入力', 1));
    expect(await auto.text()).toContain('自動保存を止めました');
    expect(db.select().from(caseSheets).where(eq(caseSheets.id, cid)).get()!.summary).toBe('同じ内容');
    const current = db.select().from(caseSheets).where(eq(caseSheets.id, cid)).get()!.version;
    const ok = await client.post(`${url}/autosave`, filled('新しい入力', current));
    const body = await ok.text();
    expect(body).toContain('下書きを自動保存しました');
    expect(body).toContain(`value="${current + 1}"`); // the form's version moves on with each autosave
  });
});

describe('case-study sheet autosave', () => {
  it('saves typed text without the button and moves the saved field on to its new version', async () => {
    const { client, db, project } = await staffSetup();
    const agency = db
      .insert(agencies)
      .values({ projectId: project.id, key: 'a1', name: '生活福祉課', kind: '行政部署', field: 'welfare_ibasho' })
      .returning()
      .get();
    const meeting = db
      .insert(meetings)
      .values({ projectId: project.id, key: 'm2', kind: 'network', title: '第2回ネットワーク会議', date: '2025-01-20' })
      .returning()
      .get();
    const sheet = db
      .insert(caseSheets)
      .values({
        projectId: project.id,
        agencyId: agency.id,
        key: 'c1',
        status: 'submitted',
        savedAt: '2024-11-20T01:00:00.000Z',
        submittedAt: '2024-11-20T01:00:00.000Z',
      })
      .returning()
      .get();
    const base = `/projects/${project.id}/meetings/${meeting.id}/case-studies`;
    const url = (await client.post(base, { caseId: String(sheet.id) })).headers.get('location')!;
    const page = await (await client.get(url)).text();
    expect(page).toContain('data-unsaved-warning');
    expect(page).toContain('hx-post="' + url + '/autosave"');
    const hash = /name="h\.reason" value="([0-9a-f]{16})"/.exec(page)![1];

    const first = await client.post(`${url}/autosave`, {
      't.reason': '途中まで書いた理由',
      'v.reason': '0',
      'h.reason': hash,
    });
    const body = await first.text();
    expect(body).toContain('入力内容を自動保存しました');
    expect(body).toMatch(/name="v\.reason" value="1" id="v-reason" hx-swap-oob="true"/);
    expect(await (await client.get(url)).text()).toContain('途中まで書いた理由');

    // a second tab still on version 0 does not overwrite it
    const stale = await client.post(`${url}/autosave`, { 't.reason': '別の内容', 'v.reason': '0', 'h.reason': hash });
    expect(await stale.text()).toContain('他の人が先に変更した欄があります（事例の選定理由）');
    expect(await (await client.get(url)).text()).toContain('途中まで書いた理由');
  });
});

describe('ending a live meeting can be undone', () => {
  it('reopens with a new join code until a packet is issued from the meeting', async () => {
    const { client, db, project, admin } = await staffSetup();
    const meeting = db
      .insert(meetings)
      .values({ projectId: project.id, key: 'm1', kind: 'working_group', title: '第1回WG', date: '2025-01-20' })
      .returning()
      .get();
    const base = `/projects/${project.id}/meetings/${meeting.id}/group-work`;
    expect((await client.post(`${base}/open`)).status).toBe(303);
    expect((await client.post(`${base}/close`)).status).toBe(303);
    expect(getSession(db, meeting.id)!.status).toBe('closed');
    expect(await (await client.get(base)).text()).toContain('会議を再開する');

    expect((await client.post(`${base}/reopen`)).status).toBe(303);
    const reopened = getSession(db, meeting.id)!;
    expect(reopened.status).toBe('open');
    expect(reopened.joinCode).toMatch(/^\d{6}$/);
    expect(reopened.inputLocked).toBe(false);

    expect((await client.post(`${base}/close`)).status).toBe(303);
    issuePacket(db, {
      projectId: project.id,
      meetingId: meeting.id,
      html: '<p>資料</p>',
      json: '{}',
      issuedAt: '2025-01-21T00:00:00.000Z',
      userId: admin.id,
    });
    const refused = await client.post(`${base}/reopen`);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('会議資料を発行済みのため、再開できません');
    expect(getSession(db, meeting.id)!.status).toBe('closed');
  });
});
