import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { staffSetup } from './helpers.ts';
import { agencies, issueTableRows, meetings } from '../src/db/schema.ts';
import { validate } from '../src/lib/validation.ts';
import { warekiDate } from '../src/lib/format.ts';
import { closeSession, ensureSession, listPrompts, openSession, updateControls } from '../src/live/sessionQueries.ts';
import { createGroup, saveParticipant } from '../src/live/groupQueries.ts';
import { addCard } from '../src/live/cardQueries.ts';
import { castVote } from '../src/live/voteQueries.ts';
import { defaultSettings } from '../src/packet/settings.ts';
import { packetSettingsSchema } from '../src/packet/schemas.ts';
import { setSurveyWindows } from '../src/projects/queries.ts';
import { SECTION_IDS } from '../src/lib/labels/packet.ts';

async function withMeeting() {
  const env = await staffSetup();
  const { db, project } = env;
  const [a1, a2] = db
    .insert(agencies)
    .values([
      {
        projectId: project.id,
        key: 'a1',
        name: '生活福祉課',
        kind: '行政',
        field: 'welfare_ibasho',
        ageMin: null,
        ageMax: null,
      },
      {
        projectId: project.id,
        key: 'a2',
        name: '=教育支援課',
        kind: '行政',
        field: 'education',
        ageMin: 6,
        ageMax: 18,
      },
    ])
    .returning()
    .all();
  const [wg, nm1] = db
    .insert(meetings)
    .values([
      {
        projectId: project.id,
        key: 'm1',
        kind: 'working_group',
        title: '第1回ワーキンググループ',
        date: '2024-09-26',
        agenda: ['調査項目の検討'],
      },
      {
        projectId: project.id,
        key: 'm3',
        kind: 'network',
        title: '第1回ネットワーク会議',
        date: '2024-12-24',
        startTime: '14:00',
        endTime: '16:00',
        place: '市役所 会議室',
        agenda: ['開会', '実態調査の結果報告', '意見交換'],
        attendeeAgencyIds: [a2.id, a1.id],
      },
    ])
    .returning()
    .all();
  return { ...env, wg, nm1, base: `/projects/${project.id}/meetings/${nm1.id}/packet` };
}

describe('packet sections', () => {
  it('defaults follow seed 000: survey results, then case study, then issues and tools', () => {
    expect(defaultSettings('network', 1).sections.map((s) => s.id)).toContain('questionnaire');
    expect(defaultSettings('network', 2).sections.map((s) => s.id)).toContain('case_studies');
    const third = defaultSettings('network', 3).sections.map((s) => s.id);
    expect(third).toEqual(expect.arrayContaining(['group_work', 'issues', 'resource_map']));
    expect(defaultSettings('working_group', 1).sections.map((s) => s.id)).not.toContain('questionnaire');
    expect(defaultSettings('working_group', 2).sections.map((s) => s.id)).toContain('questionnaire');
  });

  it('keeps chosen sections in the order staff number them', () => {
    const parsed = validate(packetSettingsSchema, {
      include_cover: 'on',
      order_cover: '1',
      include_next_steps: 'on',
      order_next_steps: '２',
      include_agenda: 'on',
      order_agenda: '3',
      order_attendance: '0',
      comment_agenda: '当日は資料番号順に説明します。',
    });
    expect(parsed.ok && parsed.data).toEqual({
      sections: [
        { id: 'cover', comment: '' },
        { id: 'next_steps', comment: '' },
        { id: 'agenda', comment: '当日は資料番号順に説明します。' },
      ],
      hideCaseAgencies: false,
    });
    expect(validate(packetSettingsSchema, {}).ok).toBe(false);
    expect(validate(packetSettingsSchema, { include_cover: 'on', order_cover: 'x' }).ok).toBe(false);
    // 13 fixed sections (前回からの課題の進捗, issue 12) and the question summaries chosen per question (issue 11)
    expect(SECTION_IDS).toHaveLength(14);
  });

  it('writes Japanese era dates', () => {
    expect(warekiDate('2024-12-24')).toBe('令和6年12月24日（火）');
    expect(warekiDate('2019-05-01')).toBe('令和元年5月1日（水）');
  });
});

describe('packet routes', () => {
  it('saves section choice and order, and the print HTML follows it', async () => {
    const { client, base, project } = await withMeeting();
    const page = await client.get(base);
    expect(page.status).toBe(200);
    const builder = await page.text();
    expect(builder).toContain('会議資料');
    expect(builder).toContain('標準の構成');

    const bad = await client.post(base, { order_cover: '1' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('資料に含める項目を1つ以上選んでください');

    const ok = await client.post(base, {
      include_cover: 'on',
      order_cover: '1',
      include_attendance: 'on',
      order_attendance: '2',
      include_agenda: 'on',
      order_agenda: '3',
      comment_attendance: '欠席の機関には後日送付します。',
    });
    expect(ok.status).toBe(303);
    const html = await (await client.get(`${base}.html`)).text();
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('令和6年12月24日（火）');
    expect(html).toContain('市役所 会議室');
    const attendance = html.indexOf('1　出席機関');
    const agenda = html.indexOf('2　次第');
    expect(attendance).toBeGreaterThan(0);
    expect(agenda).toBeGreaterThan(attendance);
    expect(html).toContain('欠席の機関には後日送付します。');
    expect(html).not.toContain('社会資源マップ');
    // attendees in the order they were ticked
    expect(html.indexOf('=教育支援課')).toBeLessThan(html.indexOf('生活福祉課'));
    expect(html).toContain('size: A4');
    expect(html).toContain('counter(page)');

    const log = await (await client.get(`/projects/${project.id}/audit`)).text();
    expect(log).toContain('構成：表紙・出席機関・次第');

    const reset = await client.post(`${base}/reset`);
    expect(reset.status).toBe(303);
    expect(await (await client.get(`${base}.html`)).text()).toContain('社会資源マップ');
  });

  it('writes an XLSX appendix with one sheet per table and formula-safe text', async () => {
    const { client, base } = await withMeeting();
    const res = await client.get(`${base}.xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['会議', '次第', '出席機関', '社会資源マップ', '会議予定']));
    const attendance = wb.getWorksheet('出席機関')!;
    // the table starts in row 1; text is stored as text, never with an apostrophe
    expect(attendance.getRow(1).getCell(3).value).toBe('機関名');
    expect(attendance.getRow(2).getCell(3).value).toBe('=教育支援課');
    expect(attendance.getRow(2).getCell(3).type).toBe(ExcelJS.ValueType.String);
    // 年齢別の対応機関数: welfare (no limits) + education 6–18 → age 10 has 2, age 20 has 1 (hand-computed).
    const perYear = wb.getWorksheet('年齢別の対応機関数')!;
    expect(perYear.getRow(1).values).toEqual([undefined, '年齢', '保健医療', '福祉・居場所', '就労', '教育', '全分野']);
    expect(perYear.getRow(12).values).toEqual([undefined, 10, 0, 1, 0, 1, 2]);
    expect(perYear.getRow(22).values).toEqual([undefined, 20, 0, 1, 0, 0, 1]);
    expect(perYear.rowCount).toBe(1 + 71);
  });

  it('issues versioned snapshots that stay as issued after the data changes', async () => {
    const { client, db, base, nm1 } = await withMeeting();
    const first = await client.post(`${base}/issue`, { reviewed: 'on' });
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toContain('issued=1');
    db.update(meetings).set({ place: '保健所 講堂' }).run();
    await client.post(`${base}/issue`, { reviewed: 'on' });
    const list = await (await client.get(base)).text();
    expect(list).toContain('第1版');
    expect(list).toContain('第2版');
    const v1 = await (await client.get(`${base}/issued/1`)).text();
    expect(v1).toContain('市役所 会議室');
    expect(v1).not.toContain('保健所 講堂');
    expect(await (await client.get(`${base}/issued/2`)).text()).toContain('保健所 講堂');
    const json = await client.get(`${base}/issued/1/packet.json`);
    expect(json.headers.get('content-type')).toContain('application/json');
    expect((await client.get(`${base}/issued/3`)).status).toBe(404);
    expect(nm1.id).toBeGreaterThan(0);
  });

  it('shows the previous meeting’s group work with its votes', async () => {
    const { client, db, project, wg, base } = await withMeeting();
    ensureSession(db, project.id, wg.id);
    openSession(db, wg.id);
    const [strengths] = listPrompts(db, wg.id);
    const group = createGroup(db, wg.id, 'Aグループ');
    const card = addCard(db, wg.id, {
      groupId: group.id,
      promptId: strengths.id,
      text: '土日の相談に対応できる',
      participantId: null,
    });
    addCard(db, wg.id, { groupId: group.id, promptId: strengths.id, text: '家族会を開いている', participantId: null });
    updateControls(db, wg.id, { votingStatus: 'open' });
    const voter = saveParticipant(db, wg.id, {
      tokenHash: 'x'.repeat(64),
      groupId: group.id,
      agencyId: null,
      agencyLabel: '',
    });
    expect(castVote(db, wg.id, voter.id, card.id)).toBe('ok');
    await client.post(base, { include_group_work: 'on' });
    const html = await (await client.get(`${base}.html`)).text();
    expect(html).toContain('第1回ワーキンググループ（令和6年9月26日（木））のグループワーク');
    // The heading names the meeting the group work comes from, not 「前回」.
    expect(html).toContain('第1回ワーキンググループのグループワークの結果</h2>');
    expect(html).not.toContain('前回のグループワーク');
    expect(html).toContain(strengths.text);
    expect(html).toContain('Aグループ');
    expect(html).toContain('投票の結果');
    const ranked = html.slice(html.indexOf('投票の結果'));
    expect(ranked.indexOf('土日の相談に対応できる')).toBeLessThan(ranked.indexOf('家族会を開いている'));

    closeSession(db, wg.id);
    const wgBuilder = await (await client.get(`/projects/${project.id}/meetings/${wg.id}/packet`)).text();
    expect(wgBuilder).toContain('この会議は終了しています');
  });

  it('says 並行して only for survey parts whose periods overlap (seed 000 dates)', async () => {
    const { client, db, project, base } = await withMeeting();
    setSurveyWindows(db, project.id, [
      { part: 'questionnaire', opensOn: '2024-10-18', closesOn: '2024-10-25' },
      { part: 'hearing', opensOn: '2024-11-07', closesOn: '2024-11-14' },
      { part: 'cases', opensOn: '2024-10-18', closesOn: '2024-10-31' },
    ]);
    const html = await (await client.get(`${base}.html`)).text();
    expect(html).toContain('実態調査は、アンケート調査と事例提供（並行して実施）、ヒアリング調査の順に実施しました。');
    expect(html).not.toContain('3つを並行して実施');
  });

  it('prints the problems → issues table in the order staff arranged it', async () => {
    const { client, db, project, base } = await withMeeting();
    db.insert(issueTableRows)
      .values([
        {
          projectId: project.id,
          position: 2,
          problem: '相談機関間のアセスメントが一致しない',
          issue: '情報共有の課題',
          origin: 'case',
          updatedAt: '2025-01-01T00:00:00Z',
        },
        {
          projectId: project.id,
          position: 1,
          problem: '長期にわたる継続的な支援が難しい',
          issue: '関係者との信頼関係の形成',
          origin: 'hearing',
          status: 'discussing',
          updatedAt: '2025-01-01T00:00:00Z',
        },
      ])
      .run();
    await client.post(base, { include_issues: 'on' });
    const html = await (await client.get(`${base}.html`)).text();
    expect(html.indexOf('長期にわたる継続的な支援が難しい')).toBeLessThan(
      html.indexOf('相談機関間のアセスメントが一致しない'),
    );
    expect(html).toContain('検討中');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await client.get(`${base}.xlsx`)).arrayBuffer());
    expect(wb.getWorksheet('問題点と課題')!.getRow(2).values).toEqual([
      undefined,
      1,
      '長期にわたる継続的な支援が難しい',
      '関係者との信頼関係の形成',
      'ヒアリング',
      '検討中',
      '',
    ]);
  });

  it('does not reach meetings of another project', async () => {
    const { client, project, nm1 } = await withMeeting();
    expect((await client.get(`/projects/${project.id}/meetings/${nm1.id + 100}/packet`)).status).toBe(404);
    expect((await client.get(`/projects/${project.id + 1}/meetings/${nm1.id}/packet.html`)).status).toBe(404);
  });

  it('links the packet from the meeting page without hiding the meeting routes', async () => {
    const { client, project, nm1, base } = await withMeeting();
    const detail = await client.get(`/projects/${project.id}/meetings/${nm1.id}`);
    expect(detail.status).toBe(200);
    expect(await detail.text()).toContain(`href="${base}"`);
    expect((await client.get(`/projects/${project.id}/meetings/${nm1.id}/edit`)).status).toBe(200);
  });
});
