// Attendance (出欠): an agency replies from its own link, staff see invited / replied / present,
// tick who came on the roll-call, and the minutes' attendance list follows the roll-call.
import { describe, expect, it } from 'vitest';
import { Client, staffSetup } from './helpers.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { insertMeeting } from '../src/meetings/queries.ts';
import { attendanceCounts, listGuests, listInvitations } from '../src/attendance/queries.ts';
import { attendanceList } from '../src/attendance/summary.ts';
import { agencies } from '../src/db/schema.ts';

async function world() {
  const s = await staffSetup();
  const mk = (key: string, name: string) =>
    s.db
      .insert(agencies)
      .values({ projectId: s.project.id, key, name, kind: 'NPO', field: 'welfare_ibasho' })
      .returning()
      .get();
  const a = mk('A', 'あおば相談室');
  const b = mk('B', 'かえで支援センター');
  const meeting = insertMeeting(s.db, s.project.id, {
    kind: 'network',
    title: '第1回ネットワーク会議',
    date: '2099-07-10',
    startTime: '',
    endTime: '',
    place: '',
    purpose: '',
    agenda: ['調査結果の共有'],
    attendeeAgencyIds: [],
  });
  return { ...s, a, b, meeting, tokenA: issueAgencyLink(s.db, a.id) };
}

describe('attendance', () => {
  it('invites every active agency by default and takes an RSVP from the agency link', async () => {
    const w = await world();
    expect(listInvitations(w.db, w.meeting).map((i) => i.name)).toEqual(['あおば相談室', 'かえで支援センター']);
    const agency = new Client(w.app);
    const home = await (await agency.get(`/a/${w.tokenA}`)).text();
    expect(home).toContain('出欠未回答 1件');
    const bad = await agency.post(`/a/${w.tokenA}/meetings/${w.meeting.id}/rsvp`, { rsvp: 'attend', headcount: '' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('出席人数を入力してください');
    const ok = await agency.post(`/a/${w.tokenA}/meetings/${w.meeting.id}/rsvp`, {
      rsvp: 'attend',
      headcount: '2',
      names: '相談員2名',
    });
    expect(ok.status).toBe(303);
    const mine = listInvitations(w.db, w.meeting).find((i) => i.agencyId === w.a.id)!;
    expect(mine).toMatchObject({ rsvp: 'attend', headcount: 2 });
    expect(attendanceCounts(w.db, w.project.id).get(w.meeting.id)).toMatchObject({ invited: 2, replied: 1 });
  });

  it('roll-call records who came and guests; the attendance list prints them', async () => {
    const w = await world();
    const base = `/projects/${w.project.id}/meetings/${w.meeting.id}/attendance`;
    expect((await w.client.post(`${base}/guests`, { role: 'adviser', name: '' })).status).toBe(422);
    await w.client.post(`${base}/guests`, { role: 'adviser', name: '山田 太郎', affiliation: '大学' });
    const guest = listGuests(w.db, w.meeting.id)[0];
    const res = await w.client.post(`${base}/roll-call`, {
      present: [String(w.b.id)],
      guestsPresent: [String(guest.id)],
      [`counts.${w.b.id}`]: '3',
    });
    expect(res.status).toBe(303);
    const page = await (await w.client.get(base)).text();
    expect(page).toContain('招待 2・回答 0・出席 1');
    const list = attendanceList(listInvitations(w.db, w.meeting), listGuests(w.db, w.meeting.id));
    expect(list).toEqual({
      basis: 'present',
      agencies: [{ name: 'かえで支援センター', count: 3 }],
      advisers: ['山田 太郎（大学）'],
      observers: [],
    });
  });

  it('staff narrow the invitation list; an agency left out cannot reply', async () => {
    const w = await world();
    const base = `/projects/${w.project.id}/meetings/${w.meeting.id}/attendance`;
    expect((await w.client.post(`${base}/invited`, { agencyIds: ['999999'] })).status).toBe(422);
    await w.client.post(`${base}/invited`, { agencyIds: [String(w.b.id)] });
    expect(listInvitations(w.db, w.meeting).map((i) => i.agencyId)).toEqual([w.b.id]);
    const agency = new Client(w.app);
    const res = await agency.post(`/a/${w.tokenA}/meetings/${w.meeting.id}/rsvp`, { rsvp: 'absent' });
    expect(res.status).toBe(404);
    // an agency added later is not invited to a meeting whose list staff already chose
    w.db
      .insert(agencies)
      .values({ projectId: w.project.id, key: 'C', name: '新しい機関', kind: 'NPO', field: 'other' })
      .run();
    expect(attendanceCounts(w.db, w.project.id).get(w.meeting.id)?.invited).toBe(1);
  });
});
