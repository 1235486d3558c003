// Issue follow-up: owner, due date or target meeting, dated history with "reviewed at meeting X";
// the dashboard lists overdue rows and rows due before the next meeting.
import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { insertMeeting } from '../src/meetings/queries.ts';
import { addIssueRow } from '../src/issuesTable/commands.ts';
import { listHistory } from '../src/followup/queries.ts';
import { listIssueRows } from '../src/issuesTable/queries.ts';
import { agencies } from '../src/db/schema.ts';

const row = (problem: string) => ({
  problem,
  issue: '',
  status: 'not_started' as const,
  nextStep: '',
  fromTheme: null,
  fromPassage: null,
  fromCase: null,
  meetingId: null,
});

describe('issue follow-up', () => {
  it('keeps owner, due date and dated history; the dashboard shows overdue and before-next-meeting rows', async () => {
    const w = await staffSetup();
    const actor = { kind: 'system', label: 'test' } as const;
    const a = w.db
      .insert(agencies)
      .values({ projectId: w.project.id, key: 'A', name: 'あおば相談室', kind: 'NPO', field: 'other' })
      .returning()
      .get();
    const base = { startTime: '', endTime: '', place: '', purpose: '', agenda: [], attendeeAgencyIds: [] };
    const next = insertMeeting(w.db, w.project.id, { ...base, kind: 'network', title: '次の会議', date: '2099-01-10' });
    const late = addIssueRow(w.db, actor, { projectId: w.project.id, row: row('居場所が足りない') });
    const soon = addIssueRow(w.db, actor, { projectId: w.project.id, row: row('情報共有の場がない') });
    if (!late.ok || !soon.ok) throw new Error('rows');
    const p = `/projects/${w.project.id}/issues`;
    expect(
      (await w.client.post(`${p}/${late.row.id}/follow-up`, { owner: 'centre', dueOn: '2020-13-01' })).status,
    ).toBe(422);
    await w.client.post(`${p}/${late.row.id}/follow-up`, { owner: `agency:${a.id}`, dueOn: '2020-04-01' });
    await w.client.post(`${p}/${soon.row.id}/follow-up`, { owner: 'centre', targetMeetingId: String(next.id) });
    expect((await w.client.post(`${p}/${late.row.id}/follow-up/history`, { onDate: '2020-05-01' })).status).toBe(422);
    await w.client.post(`${p}/${late.row.id}/follow-up/history`, {
      onDate: '2020-05-01',
      status: 'in_progress',
      meetingId: String(next.id),
      note: '市の担当課と相談',
    });
    expect(listHistory(w.db, late.row.id)).toMatchObject([
      { onDate: '2020-05-01', status: 'in_progress', note: '市の担当課と相談', meetingTitle: '次の会議' },
    ]);
    expect(listIssueRows(w.db, w.project.id)[0].status).toBe('in_progress');
    const page = await (await w.client.get(`${p}/${late.row.id}/follow-up`)).text();
    expect(page).toContain('次の会議で確認');
    const dash = await (await w.client.get(`/projects/${w.project.id}`)).text();
    const overdue = dash.slice(dash.indexOf('期限を過ぎた課題'), dash.indexOf('次の会議（'));
    expect(overdue).toContain('期限を過ぎた課題（1件）');
    expect(overdue).toContain('居場所が足りない');
    expect(overdue).toContain('担当 あおば相談室');
    expect(dash).toContain('までの課題（1件）');
    expect(dash.slice(dash.indexOf('次の会議（'))).toContain('情報共有の場がない');
  });
});
