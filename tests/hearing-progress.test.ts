// Hearing progress is a 実施率: agencies heard ÷ agencies planned for a hearing (chosen by staff, plus
// every agency already heard), never ÷ every agency of the network.
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { staffSetup } from './helpers.ts';
import { agencies, auditLog, meetings } from '../src/db/schema.ts';
import { hearingProgress } from '../src/hearings/progress.ts';
import { parseBundle, formatProblem } from '../src/bundle/index.ts';

describe('hearingProgress', () => {
  it('divides held by planned, where an agency heard but never chosen counts as planned', () => {
    // chosen 1, 2, 3; heard 2 and 4 → planned {1, 2, 3, 4} = 4, held 2, 2 ÷ 4
    expect(hearingProgress([1, 2, 3], [2, 4])).toEqual({ planned: 4, held: 2, rate: 0.5 });
    expect(hearingProgress([5, 6, 7], [5])).toEqual({ planned: 3, held: 1, rate: 0.333 });
    expect(hearingProgress([], [])).toEqual({ planned: 0, held: 0, rate: null });
  });
});

async function withAgencies() {
  const env = await staffSetup();
  const { db, project } = env;
  const rows = db
    .insert(agencies)
    .values(
      ['生活福祉課', '教育支援課', '社会福祉協議会', 'NPO法人 みちくさ', '障害者福祉課', '旧 相談窓口'].map(
        (name, i) => ({
          projectId: project.id,
          key: `a${i + 1}`,
          name,
          kind: '行政部署',
          field: 'welfare_ibasho' as const,
          archivedAt: i === 5 ? '2024-04-01T00:00:00.000Z' : null,
        }),
      ),
    )
    .returning()
    .all();
  return { ...env, ids: rows.map((r) => String(r.id)), base: `/projects/${project.id}` };
}

describe('hearing plan and 実施率 in the app', () => {
  it('lets staff choose the agencies to hear and shows 実施 ÷ 予定 on the list, the dashboard and the packet', async () => {
    const { client, db, project, ids, base } = await withAgencies();
    // one hearing with a1, which nobody ticked
    const made = await client.post(`${base}/hearings`, { agencyId: ids[0], date: '2024-11-07', method: 'in_person' });
    expect(made.status).toBe(303);
    // before any plan: only the heard agency is planned → 1 ÷ 1
    expect(await (await client.get(`${base}/hearings`)).text()).toContain('実施 1 / 予定 1 機関（実施率 100.0%）');

    // staff choose a2 and a3 (a1 stays planned through its record)
    const saved = await client.post(`${base}/hearings/plan`, { agencyIds: [ids[1], ids[2]] });
    expect(saved.status).toBe(303);
    const list = await (await client.get(`${base}/hearings`)).text();
    // 5 active agencies, 3 planned, 1 held: 1 ÷ 3 = 33.3% (not 1 ÷ 5 = 20%)
    expect(list).toContain('実施 1 / 予定 3 機関（実施率 33.3%）');
    expect(list).toContain('実施率 ＝ 実施済み ÷ 予定機関数');
    expect(list).toContain(`value="${ids[1]}" checked`);
    expect(list).not.toContain(`value="${ids[3]}" checked`);
    const audit = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.projectId, project.id), eq(auditLog.entity, 'hearing_plan')))
      .all();
    expect(audit.map((a) => [a.action, a.detail])).toEqual([['update', '予定 2機関']]);

    expect(await (await client.get(base)).text()).toContain('実施 1/予定 3機関（実施率 33.3%）');

    const m = db
      .insert(meetings)
      .values({ projectId: project.id, key: 'm1', kind: 'network', title: '第1回ネットワーク会議', date: '2024-12-24' })
      .returning()
      .get();
    const packet = `${base}/meetings/${m.id}/packet`;
    await client.post(packet, { include_survey_overview: 'on' });
    const html = (await (await client.get(`${packet}.html`)).text()).replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');
    expect(html).toMatch(
      /ヒアリング調査\|対象はヒアリング予定の機関。率は実施率（実施済み ÷ 予定機関数）\|(?:[^|]*\|)?3\|1\|33\.3%\|/,
    );

    // unticking everything leaves the heard agency planned: 1 ÷ 1
    expect((await client.post(`${base}/hearings/plan`, {})).status).toBe(303);
    expect(await (await client.get(`${base}/hearings`)).text()).toContain('実施 1 / 予定 1 機関（実施率 100.0%）');
  });

  it('refuses an agency that is not an active agency of the project', async () => {
    const { client, ids, base } = await withAgencies();
    const archived = await client.post(`${base}/hearings/plan`, { agencyIds: [ids[1], ids[5]] });
    expect(archived.status).toBe(422);
    expect(await archived.text()).toContain('ヒアリング予定の機関を、一覧の中から選んでください。');
    expect((await client.post(`${base}/hearings/plan`, { agencyIds: ['99999'] })).status).toBe(422);
    expect(await (await client.get(`${base}/hearings`)).text()).toContain('実施 0 / 予定 0 機関（実施率 —）');
  });
});

describe('bundle hearingPlan', () => {
  it('names unknown and repeated agency keys', () => {
    const r = parseBundle({
      format: 'renkei-bundle/1',
      project: { name: 'X市', municipality: 'X市', fiscalYear: 2024 },
      agencies: [
        { key: 'a1', name: '生活福祉課', kind: '行政部署', field: 'welfare_ibasho', ageMin: null, ageMax: null },
      ],
      hearingPlan: ['a1', 'a9', 'a1'],
    });
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems.map(formatProblem);
    expect(problems).toContain('hearingPlan[1]: "a9" という機関キーはバンドル内にありません');
    expect(problems).toContain('hearingPlan[2]: 機関キー "a1" が重複しています');
  });
});
