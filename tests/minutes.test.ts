// Minutes (議事録): a draft generated from the agenda and case studies, autosaved edits, the
// personal-information guard before issue, numbered versions that never change, DOCX, the
// agency reading the issued minutes on its link, and an action item becoming an issue row.
import { listAudit } from '../src/audit/log.ts';
import { describe, expect, it } from 'vitest';
import { Client, staffSetup } from './helpers.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { insertMeeting } from '../src/meetings/queries.ts';
import { findVersion } from '../src/minutes/queries.ts';
import { listIssueRows } from '../src/issuesTable/queries.ts';
import { draftMinutes } from '../src/minutes/draft.ts';
import { agencies, minutesVersions } from '../src/db/schema.ts';

async function world() {
  const s = await staffSetup();
  const a = s.db
    .insert(agencies)
    .values({ projectId: s.project.id, key: 'A', name: 'あおば相談室', kind: 'NPO', field: 'other' })
    .returning()
    .get();
  const meeting = insertMeeting(s.db, s.project.id, {
    kind: 'network',
    title: '第1回ネットワーク会議',
    date: '2024-07-10',
    startTime: '',
    endTime: '',
    place: '',
    purpose: '',
    agenda: ['調査結果の共有', 'グループワーク'],
    attendeeAgencyIds: [],
  });
  const base = `/projects/${s.project.id}/meetings/${meeting.id}/minutes`;
  return { ...s, a, meeting, base, token: issueAgencyLink(s.db, a.id) };
}

describe('minutes draft', () => {
  it('takes agenda items, the most-voted cards and case-study conclusions/actions', () => {
    const d = draftMinutes({
      agenda: ['調査結果の共有', 'グループワーク'],
      cards: [
        { text: '居場所が足りない', group: '1班', votes: 4 },
        { text: '情報共有の場', group: '2班', votes: 0 },
      ],
      caseStudies: [
        {
          caseKey: 'c1',
          sections: [
            { key: 'conclusions', text: '支援会議で役割を分ける' },
            { key: 'actions', text: '相談窓口の一覧を作る\n学校と定期的に会う' },
          ],
        },
      ],
    });
    expect(d.items.map((i) => i.title)).toEqual(['調査結果の共有', 'グループワーク']);
    expect(d.items[1].notes).toContain('・居場所が足りない（1班、4票）');
    expect(d.items[1].notes).not.toContain('情報共有の場（');
    expect(d.decisions).toBe('支援会議で役割を分ける（事例 c1）');
    expect(d.actions.map((x) => x.text)).toEqual(['相談窓口の一覧を作る（事例 c1）', '学校と定期的に会う（事例 c1）']);
  });
});

describe('minutes routes', () => {
  it('autosaves, flags a phone number before issue, issues numbered versions that do not change', async () => {
    const w = await world();
    expect(await (await w.client.get(w.base)).text()).toContain('調査結果の共有');
    const form = {
      'items.0.title': '調査結果の共有',
      'items.0.notes': '連絡先 090-1234-5678 まで',
      decisions: '次回は事例検討を行う',
      adviserComments: '',
      actions: '相談窓口の一覧を作る',
    };
    const auto = await w.client.post(`${w.base}/autosave`, form);
    expect(await auto.text()).toContain('保存済み');
    const flagged = await w.client.post(`${w.base}/issue`, {});
    expect(flagged.status).toBe(422);
    expect(await flagged.text()).toContain('090-1234-5678');
    await w.client.post(`${w.base}/autosave`, { ...form, 'items.0.notes': '結果を共有した' });
    expect((await w.client.post(`${w.base}/issue`, {})).status).toBe(303);
    const v1 = findVersion(w.db, w.meeting.id, 1)!;
    expect(v1.content.items[0].notes).toBe('結果を共有した');
    // editing the draft after issue leaves version 1 as issued
    await w.client.post(`${w.base}/autosave`, { ...form, 'items.0.notes': '書き直し' });
    expect(findVersion(w.db, w.meeting.id, 1)!.content.items[0].notes).toBe('結果を共有した');
    const docx = await w.client.get(`${w.base}/1/docx`);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    // named for people (town, meeting, version, date) and recorded as an export
    expect(docx.headers.get('content-disposition')).toContain(
      encodeURIComponent('テスト市_第1回ネットワーク会議_議事録_第1版_2024-07-10.docx'),
    );
    expect(listAudit(w.db, w.project.id).some((e) => e.action === 'export' && e.detail.endsWith('/1/docx'))).toBe(true);
    expect(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    // the agency reads the issued version on its link
    const agency = new Client(w.app);
    const list = await (await agency.get(`/a/${w.token}/meetings`)).text();
    expect(list).toContain('議事録を読む（第1版）');
    const read = await (await agency.get(`/a/${w.token}/meetings/${w.meeting.id}/minutes`)).text();
    expect(read).toContain('結果を共有した');
    expect(read).not.toContain('書き直し');
  });

  it('issues what the form on screen holds, even before the first autosave', async () => {
    const w = await world();
    const res = await w.client.post(`${w.base}/issue`, {
      'items.0.title': '調査結果の共有',
      'items.0.notes': '',
      decisions: '発行直前に書いた決定事項',
      adviserComments: '',
      actions: '',
    });
    expect(res.status).toBe(303);
    expect(findVersion(w.db, w.meeting.id, 1)!.content.decisions).toBe('発行直前に書いた決定事項');
  });

  it('shows the issue time in JST and says なし for an empty 助言者コメント', async () => {
    const w = await world();
    await w.client.post(`${w.base}/issue`, { 'items.0.title': '調査結果の共有', decisions: '', adviserComments: '' });
    // issued at 08:30 JST on 11 July, which is still 10 July in UTC
    w.db.update(minutesVersions).set({ issuedAt: '2024-07-10T23:30:00.000Z' }).run();
    const read = await (await new Client(w.app).get(`/a/${w.token}/meetings/${w.meeting.id}/minutes`)).text();
    expect(read).toContain('2024/7/11 08:30 発行');
    expect(read.slice(read.indexOf('助言者コメント'))).toMatch(/^助言者コメント<\/h2><p class="muted">なし<\/p>/);
  });

  it('turns an action item into an issue row once', async () => {
    const w = await world();
    await w.client.post(`${w.base}`, { 'items.0.title': '調査結果の共有', actions: '相談窓口の一覧を作る' });
    const res = await w.client.post(`${w.base}/actions/0/issue`);
    expect(res.status).toBe(303);
    expect(listIssueRows(w.db, w.project.id).map((r) => r.problem)).toEqual(['相談窓口の一覧を作る']);
    expect((await w.client.post(`${w.base}/actions/0/issue`)).status).toBe(409);
    expect(await (await w.client.get(w.base)).text()).toContain('課題の表に追加済み');
  });
});
