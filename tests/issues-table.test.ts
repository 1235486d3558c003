import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { agencies, caseSheets, meetings } from '../src/db/schema.ts';
import { listThemes, insertHearing, insertPassage } from '../src/hearings/queries.ts';
import { listIssueRows } from '../src/issuesTable/queries.ts';
import { createProject } from '../src/projects/queries.ts';

async function world() {
  const s = await staffSetup();
  const { db, project } = s;
  const agency = db
    .insert(agencies)
    .values({ projectId: project.id, key: 'a1', name: '生活福祉課', kind: '行政', field: 'welfare_ibasho' })
    .returning()
    .get();
  const hearing = insertHearing(
    db,
    project.id,
    {
      agencyId: agency.id,
      date: '2024-11-07',
      method: 'in_person',
      place: '',
      interviewers: [],
      interviewees: '',
      sections: { need_ibasho: '敷居の低い居場所がほしい' },
    },
    null,
  );
  const ibasho = listThemes(db, project.id).find((t) => t.key === 'ibasho')!;
  const passageId = db.transaction(() =>
    insertPassage(db, project.id, hearing.id, {
      sectionId: 'need_ibasho',
      excerpt: '敷居の低い居場所がほしい',
      themeIds: [ibasho.id],
    }),
  );
  const sheet = db
    .insert(caseSheets)
    .values({
      projectId: project.id,
      agencyId: agency.id,
      key: 'c1',
      classification: 'difficult',
      status: 'submitted',
      savedAt: '2024-10-30T00:00:00Z',
      gapText: '18歳で支援が途切れた',
    })
    .returning()
    .get();
  const meeting = db
    .insert(meetings)
    .values({ projectId: project.id, key: 'm3', kind: 'network', title: '第3回ネットワーク会議', date: '2025-02-21' })
    .returning()
    .get();
  return { ...s, ibasho, passageId, sheet, meeting, base: `/projects/${project.id}/issues` };
}

describe('problems → issues table', () => {
  it('adds rows manually and from a hearing theme, a passage and a case, with their sources', async () => {
    const { client, db, project, ibasho, passageId, sheet, meeting, base } = await world();
    const empty = await client.post(base, { problem: '', issue: '社会資源をどうつくるか', status: 'not_started' });
    expect(empty.status).toBe(422);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('問題点を入力してください');
    expect(emptyHtml).toContain('社会資源をどうつくるか');

    expect(
      (
        await client.post(base, {
          problem: '長期にわたる継続的な支援が難しい',
          issue: '関係者との信頼関係の形成',
          status: 'discussing',
          meetingId: String(meeting.id),
        })
      ).status,
    ).toBe(303);

    const fromPassage = await (await client.get(`${base}/new?passage=${passageId}`)).text();
    expect(fromPassage).toContain('根拠：ヒアリング（生活福祉課）');
    expect(fromPassage).toMatch(/<textarea[^>]*name="problem"[^>]*>敷居の低い居場所がほしい<\/textarea>/);
    expect(
      (
        await client.post(base, {
          problem: '居場所がない',
          issue: '社会資源をどうつくるか',
          status: 'not_started',
          fromPassage: String(passageId),
        })
      ).status,
    ).toBe(303);

    expect(await (await client.get(`${base}/new?theme=${ibasho.id}`)).text()).toContain('ヒアリング：テーマ「居場所」');
    expect((await client.post(base, { problem: '居場所が足りない', fromTheme: String(ibasho.id) })).status).toBe(303);
    expect(await (await client.get(`${base}/new?case=${sheet.id}`)).text()).toContain('18歳で支援が途切れた');
    expect(
      (await client.post(base, { problem: '年齢の切れ目で支援が途切れる', fromCase: String(sheet.id) })).status,
    ).toBe(303);

    const rows = listIssueRows(db, project.id);
    expect(rows.map((r) => r.origin)).toEqual(['meeting', 'hearing', 'hearing', 'case']);
    const page = await (await client.get(base)).text();
    expect(page).toContain('会議：第3回ネットワーク会議');
    expect(page).toContain('ヒアリング（生活福祉課）「敷居の低い居場所がほしい」');
    expect(page).toContain('ヒアリング：テーマ「居場所」');
    expect(page).toContain('事例 c1（困難事例）');
    expect(page).toContain('検討中');
    expect(page).toContain('@media print');
    expect(page).toContain('data-print');
  });

  it('reorders rows with up/down buttons that work as plain forms', async () => {
    const { client, db, project, base } = await world();
    for (const p of ['一', '二', '三']) await client.post(base, { problem: p });
    const [one, two, three] = listIssueRows(db, project.id);
    expect((await client.post(`${base}/${three.id}/move`, { direction: 'up' })).status).toBe(303);
    expect(listIssueRows(db, project.id).map((r) => r.problem)).toEqual(['一', '三', '二']);
    await client.post(`${base}/${one.id}/move`, { direction: 'up' }); // already first: nothing changes
    await client.post(`${base}/${two.id}/move`, { direction: 'down' }); // already last
    expect(listIssueRows(db, project.id).map((r) => r.problem)).toEqual(['一', '三', '二']);
    await client.post(`${base}/${one.id}/move`, { direction: 'down' });
    expect(listIssueRows(db, project.id).map((r) => r.problem)).toEqual(['三', '一', '二']);
    const page = await (await client.get(base)).text();
    expect(page).toMatch(/<button type="submit" disabled="" aria-label="1行目を上へ移動">/);
  });

  it('edits, links and unlinks sources, deletes, and refuses another project’s things', async () => {
    const { client, db, admin, project, sheet, base } = await world();
    await client.post(base, { problem: '情報共有の場がない' });
    const row = listIssueRows(db, project.id)[0];
    expect(
      (
        await client.post(`${base}/${row.id}/edit`, {
          problem: '情報共有の場がない',
          issue: '情報共有の課題',
          status: 'in_progress',
          nextStep: '共有シートを試行',
        })
      ).status,
    ).toBe(303);
    expect((await client.post(`${base}/${row.id}/sources`, {})).status).toBe(422);
    expect((await client.post(`${base}/${row.id}/sources`, { caseId: String(sheet.id) })).status).toBe(303);
    const edited = listIssueRows(db, project.id)[0];
    expect([edited.status, edited.nextStep, edited.sources.map((s) => s.label)]).toEqual([
      'in_progress',
      '共有シートを試行',
      ['事例 c1（困難事例）'],
    ]);
    expect((await client.post(`${base}/${row.id}/sources/${edited.sources[0].id}/delete`)).status).toBe(303);
    expect(listIssueRows(db, project.id)[0].sources).toEqual([]);

    const other = createProject(
      db,
      { name: '別の市', municipality: '別市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
      admin.id,
    );
    const foreignTheme = listThemes(db, other.id)[0];
    expect((await client.get(`${base}/new?theme=${foreignTheme.id}`)).status).toBe(404);
    expect((await client.post(base, { problem: 'x', fromTheme: String(foreignTheme.id) })).status).toBe(404);
    expect((await client.get(`/projects/${other.id}/issues/${row.id}/edit`)).status).toBe(404);

    expect((await client.post(`${base}/${row.id}/delete`, { confirm: '1' })).status).toBe(303);
    expect(listIssueRows(db, project.id)).toEqual([]);
  });
});
