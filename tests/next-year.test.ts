// 「次年度のプロジェクトを作成」: fiscal year + 1 with the agencies (new links), themes, open issues
// with their history and this year's figures; the results page compares both years.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { ADMIN, Client, makeApp } from './helpers.ts';
import { createUser } from '../src/auth/queries.ts';
import { loadDemo } from '../src/demo/index.ts';
import { agencies, projects } from '../src/db/schema.ts';
import { listIssueRows } from '../src/issuesTable/queries.ts';
import { insertMeeting } from '../src/meetings/queries.ts';
import { compileReport } from '../src/report/compile.ts';

describe('next year', () => {
  it('carries the year into a new project and compares the age bands of both years', async () => {
    const { db, app } = makeApp();
    const admin = await createUser(db, { ...ADMIN, role: 'admin' });
    const client = new Client(app);
    await client.post('/login', { email: ADMIN.email, password: ADMIN.password });
    const pid = loadDemo(db, { ownerUserId: admin.id });
    const openRows = listIssueRows(db, pid).filter((r) => r.status !== 'done');
    const res = await client.post(`/projects/${pid}/next-year`);
    expect(res.status).toBe(303);
    const next = Number(/\/projects\/(\d+)/.exec(res.headers.get('location')!)![1]);
    // the new dashboard says what was made and links back; the old one links forward, no second button
    const nextDashboard = await (await client.get(res.headers.get('location')!)).text();
    expect(nextDashboard).toContain('次年度のプロジェクトを作成しました。');
    expect(nextDashboard).toMatch(new RegExp(`前年度：<a href="/projects/${pid}">`));
    const oldDashboard = await (await client.get(`/projects/${pid}`)).text();
    expect(oldDashboard).toMatch(new RegExp(`次年度：<a href="/projects/${next}">[^<]*令和7年度`));
    expect(oldDashboard).not.toContain('次年度のプロジェクトを作成</button>');
    const p = db.select().from(projects).where(eq(projects.id, next)).get()!;
    expect(p.fiscalYear).toBe(2025);
    expect(p.name).toContain('令和7年度');
    const before = db.select().from(agencies).where(eq(agencies.projectId, pid)).all();
    const after = db.select().from(agencies).where(eq(agencies.projectId, next)).all();
    expect(after.map((a) => a.name)).toEqual(before.filter((a) => !a.archivedAt).map((a) => a.name));
    expect(after.every((a) => a.tokenHash && !before.some((b) => b.tokenHash === a.tokenHash))).toBe(true);
    expect(listIssueRows(db, next).map((r) => r.problem)).toEqual(openRows.map((r) => r.problem));
    // pressing the button again opens the project made the first time instead of a second one
    const again = await client.post(`/projects/${pid}/next-year`);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(`/projects/${next}`);
    expect(db.select().from(projects).all().length).toBe(2);
    const results = await (await client.get(`/projects/${next}/questionnaire/results`)).text();
    expect(results).toContain('前年度との比較（年齢帯別の支援件数）');
    expect(results).toContain('令和6年度');
    expect(results).toMatch(/アンケートの回答機関数は令和6年度 \d+機関、令和7年度 0機関/);
    // the next year's 事業報告書 shows last year's age bands beside this year's
    insertMeeting(db, next, {
      kind: 'working_group',
      title: '第1回 ワーキンググループ',
      date: '2025-09-25',
      startTime: '',
      endTime: '',
      place: '',
      purpose: '',
      agenda: [],
      attendeeAgencyIds: [],
    });
    const report = String(await compileReport(db, next, 'html'));
    const table = report.slice(report.indexOf('表2-2 年齢帯別の支援件数（前年度との比較）'));
    expect(table).toMatch(
      /^表2-2[^]*?<th scope="col">令和6年度<\/th><th scope="col">令和7年度<\/th><th scope="col">増減<\/th>/,
    );
    expect(table).toContain('<td>30代</td><td class="num">70</td><td class="num">0</td><td class="num">-70</td>');
  });
});
