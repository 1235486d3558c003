// Issue 12 in the meeting packet: the cover prints the attendance list, the dashboard shows each
// meeting's invited / replied / present, 「前回からの課題の進捗」 lists the issue rows that moved
// since the previous meeting, and a next-year project's packet shows both fiscal years.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ADMIN, Client, makeApp, staffSetup } from './helpers.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { insertMeeting } from '../src/meetings/queries.ts';
import { listGuests } from '../src/attendance/queries.ts';
import { addIssueRow } from '../src/issuesTable/commands.ts';
import { createUser } from '../src/auth/queries.ts';
import { loadDemo } from '../src/demo/index.ts';
import { agencies } from '../src/db/schema.ts';
import { CASELOAD_SUM_LABEL } from '../src/lib/labels/questionnaire.ts';

const blankMeeting = { kind: 'network' as const, startTime: '', endTime: '', place: '', purpose: '', agenda: [] };
const meetingOn = (title: string, date: string) => ({ ...blankMeeting, title, date, attendeeAgencyIds: [] });

async function world() {
  const s = await staffSetup();
  const [a, b] = s.db
    .insert(agencies)
    .values(
      [
        ['A', 'あおば相談室'],
        ['B', 'かえで支援センター'],
      ].map(([key, name]) => ({ projectId: s.project.id, key, name, kind: 'NPO', field: 'welfare_ibasho' as const })),
    )
    .returning()
    .all();
  return { ...s, a, b, tokenA: issueAgencyLink(s.db, a.id) };
}

/** The part of the packet HTML from a section's id to the next section. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="sec-${id}"`);
  expect(start).toBeGreaterThan(-1);
  const next = html.indexOf('id="sec-', start + 10);
  return html.slice(start, next === -1 ? undefined : next);
}

describe('packet cover attendance and the dashboard figures', () => {
  it('prints who replied, then who came, on the cover; the agency link counts the guests', async () => {
    const w = await world();
    const m = insertMeeting(w.db, w.project.id, meetingOn('第1回ネットワーク会議', '2099-07-10'));
    const agency = new Client(w.app);
    await agency.post(`/a/${w.tokenA}/meetings/${m.id}/rsvp`, { rsvp: 'attend', headcount: '2' });
    const att = `/projects/${w.project.id}/meetings/${m.id}/attendance`;
    await w.client.post(`${att}/guests`, { role: 'adviser', name: '山田 太郎', affiliation: '大学' });

    const dash = await (await w.client.get(`/projects/${w.project.id}`)).text();
    expect(dash).toContain('招待 2・回答 1・出席 0');

    const packet = `/projects/${w.project.id}/meetings/${m.id}/packet`;
    let cover = section(await (await w.client.get(`${packet}.html`)).text(), 'cover');
    expect(cover).toContain('出席者（出欠の回答による出席予定）');
    expect(cover).toContain('あおば相談室（2名）');
    expect(cover).not.toContain('かえで支援センター');
    expect(cover).toContain('助言者：山田 太郎（大学）');

    const guest = listGuests(w.db, m.id)[0];
    await w.client.post(`${att}/roll-call`, {
      present: [String(w.b.id)],
      guestsPresent: [String(guest.id)],
      [`counts.${w.b.id}`]: '3',
    });
    cover = section(await (await w.client.get(`${packet}.html`)).text(), 'cover');
    expect(cover).toContain('出席者（当日の出席確認による）');
    expect(cover).toContain('かえで支援センター（3名）');
    expect(cover).not.toContain('あおば相談室');
    expect(await (await w.client.get(`/projects/${w.project.id}`)).text()).toContain('招待 2・回答 1・出席 1');

    const json = await (await w.client.get(`${packet}.json`)).json();
    expect(json.meeting.attendance).toEqual({
      basis: 'present',
      agencies: [{ agency: 'B', count: 3 }],
      advisers: 1,
      observers: 0,
    });

    expect((await w.client.post(`${packet}/issue`, { reviewed: 'on' })).status).toBe(303);
    const onLink = section(await (await agency.get(`/a/${w.tokenA}/meetings/${m.id}/packet`)).text(), 'cover');
    expect(onLink).toContain('かえで支援センター（3名）');
    expect(onLink).toContain('助言者　1名');
    expect(onLink).not.toContain('山田');
  });
});

describe('前回からの課題の進捗', () => {
  it('lists the rows that changed or fall due since the previous meeting, and flags the overdue one', async () => {
    const w = await world();
    const actor = { kind: 'system', label: 'test' } as const;
    const first = insertMeeting(w.db, w.project.id, meetingOn('第1回ネットワーク会議', '2020-01-10'));
    const second = insertMeeting(w.db, w.project.id, meetingOn('第2回ネットワーク会議', '2020-03-10'));
    const row = (problem: string) => {
      const r = addIssueRow(w.db, actor, {
        projectId: w.project.id,
        row: {
          problem,
          issue: `${problem}の課題`,
          status: 'not_started',
          nextStep: '',
          fromTheme: null,
          fromPassage: null,
          fromCase: null,
          meetingId: null,
        },
      });
      if (!r.ok) throw new Error('row');
      return `/projects/${w.project.id}/issues/${r.row.id}/follow-up`;
    };
    const moved = row('居場所が足りない');
    const still = row('相談先が知られていない');
    const late = row('情報共有の場がない');
    const reviewed = row('学校との連携が弱い');
    await w.client.post(moved, { owner: `agency:${w.a.id}`, targetMeetingId: String(second.id) });
    await w.client.post(`${moved}/history`, { onDate: '2020-02-01', status: 'in_progress', note: '市と協議を始めた' });
    // noted before the previous meeting: not progress since then
    await w.client.post(`${still}/history`, { onDate: '2019-12-01', note: '前年度からの引き継ぎ' });
    await w.client.post(still, { owner: 'centre', dueOn: '2019-12-20' });
    // reviewed at the previous meeting, on its day: where this period starts
    await w.client.post(`${reviewed}/history`, {
      onDate: '2020-01-10',
      meetingId: String(first.id),
      note: '担当を決めた',
    });
    await w.client.post(late, { owner: 'centre', dueOn: '2020-02-15' });

    const packet = (mid: number) => `/projects/${w.project.id}/meetings/${mid}/packet`;
    const builder = await (await w.client.get(packet(second.id))).text();
    expect(builder).toContain('前回からの課題の進捗');
    for (const m of [first, second])
      await w.client.post(packet(m.id), {
        include_cover: 'on',
        order_cover: '1',
        include_issue_progress: 'on',
        order_issue_progress: '2',
      });

    const html = section(await (await w.client.get(`${packet(second.id)}.html`)).text(), 'issue_progress');
    expect(html).toContain('前回の会議（第1回ネットワーク会議・令和2年1月10日（金））');
    expect(html).toContain('居場所が足りない');
    expect(html).toContain('あおば相談室');
    expect(html).toContain('取組中に変更');
    expect(html).toContain('市と協議を始めた');
    expect(html).toContain('第2回ネットワーク会議まで');
    expect(html).not.toContain('相談先が知られていない');
    expect(html).not.toContain('前年度からの引き継ぎ');
    // due 2020-02-15, not done by the meeting on 2020-03-10
    const lateRow = html.slice(html.indexOf('情報共有の場がない'));
    expect(lateRow.slice(0, lateRow.indexOf('</tr>'))).toContain('期限切れ');
    expect(html).toContain('うち1件は期限を過ぎています');
    expect(html).toContain('（第1回ネットワーク会議で確認）　担当を決めた');
    // overdue but untouched in the period: counted, not listed
    expect(html).toContain('このほか、期限を過ぎた未完了の課題が1件あります');

    const none = section(await (await w.client.get(`${packet(first.id)}.html`)).text(), 'issue_progress');
    expect(none).toContain('この会議より前の会議がないため');

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await w.client.get(`${packet(second.id)}.xlsx`)).arrayBuffer());
    const sheet = book.getWorksheet('課題の進捗')!;
    const problems = sheet.getColumn(2).values.slice(2);
    expect(problems).toEqual(['居場所が足りない', '情報共有の場がない', '学校との連携が弱い']);
  });
});

describe('next-year packet', () => {
  it('shows both fiscal years of the age bands and says what the figures count', async () => {
    const { db, app } = makeApp();
    const admin = await createUser(db, { ...ADMIN, role: 'admin' });
    const client = new Client(app);
    await client.post('/login', { email: ADMIN.email, password: ADMIN.password });
    const pid = loadDemo(db, { ownerUserId: admin.id });
    const res = await client.post(`/projects/${pid}/next-year`);
    const next = Number(/\/projects\/(\d+)/.exec(res.headers.get('location')!)![1]);
    const m = insertMeeting(db, next, meetingOn('第1回ネットワーク会議', '2025-12-20'));
    const packet = `/projects/${next}/meetings/${m.id}/packet`;
    await client.post(packet, { include_questionnaire: 'on', order_questionnaire: '1' });
    const html = section(await (await client.get(`${packet}.html`)).text(), 'questionnaire');
    expect(html).toContain('前年度との比較（年齢帯別の支援件数）');
    expect(html).toContain('年齢帯別の支援件数：令和6年度と令和7年度の比較');
    expect(html).toMatch(/アンケートの回答機関数は令和6年度 \d+機関、令和7年度 0機関/);
    expect(html).toContain(`図と表の数字は${CASELOAD_SUM_LABEL}です。`);
    expect(html).toContain('<th scope="col" class="num">令和6年度</th>');
    expect(html).toContain('<th scope="col" class="num">令和7年度</th>');

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await client.get(`${packet}.xlsx`)).arrayBuffer());
    const years = book.getWorksheet('前年度との比較')!;
    expect(years.getRow(1).values).toEqual([undefined, '年齢帯', '年齢帯キー', '令和6年度', '令和7年度', '増減']);
    expect(years.getRow(2).values).toEqual([undefined, '15歳以下', '0-15', expect.any(Number), 0, expect.any(Number)]);

    // the previous year's own packet has nothing to compare with
    const own = `/projects/${pid}/meetings`;
    const firstNetwork = (await (await client.get(own)).text()).match(/meetings\/(\d+)"/)![1];
    await client.post(`${own}/${firstNetwork}/packet`, { include_questionnaire: 'on', order_questionnaire: '1' });
    const before = await (await client.get(`${own}/${firstNetwork}/packet.html`)).text();
    expect(before).not.toContain('前年度との比較');
  });
});
