// Bundle extensions of the year loop: meetings[].attendance, meetings[].minutes,
// issues[].owner|dueOn|targetMeeting|history and reportTexts survive export → import → export.
import { describe, expect, it } from 'vitest';
import { openDb } from '../src/db/client.ts';
import { loadDemo } from '../src/demo/index.ts';
import { exportBundle, importBundle } from '../src/bundle/index.ts';
import { listMeetings } from '../src/meetings/queries.ts';
import { listIssueRows } from '../src/issuesTable/queries.ts';
import { addGuest, reply, saveRollCall } from '../src/attendance/commands.ts';
import { issueMinutes, saveMinutesDraft } from '../src/minutes/commands.ts';
import { generatedDraft, meetingAttendance } from '../src/minutes/minutesViewModel.ts';
import { addHistory, saveFollowup } from '../src/followup/commands.ts';
import { saveReportText } from '../src/report/reportViewModel.ts';
import { listAttendeeOptions } from '../src/meetings/queries.ts';

describe('year-loop bundle keys', () => {
  it('keeps attendance, minutes, follow-up and report texts through export → import → export', () => {
    const db = openDb(':memory:');
    const pid = loadDemo(db);
    const staff = { kind: 'staff', id: 0, label: '事務局' } as const;
    const system = { kind: 'system', label: 'test' } as const;
    const [m1, m2] = listMeetings(db, pid);
    const [a, b] = listAttendeeOptions(db, pid);
    reply(db, system, m1, a.id, { rsvp: 'attend', headcount: 2, names: '相談員' });
    addGuest(db, system, m1, { role: 'adviser', name: '山田 太郎', affiliation: '大学' });
    saveRollCall(db, system, m1, { present: [a.id, b.id], guestsPresent: [], counts: { [a.id]: 2 } });
    saveMinutesDraft(db, system, m1, generatedDraft(db, m1), {
      items: [{ title: '調査結果の共有', notes: '結果を共有した' }],
      decisions: '次回は事例検討',
      adviserComments: '年齢の切れ目に注目を',
      actions: '窓口一覧を作る',
    });
    expect(
      issueMinutes(db, { ...staff, id: null as unknown as number }, m1, {
        attendance: meetingAttendance(db, m1),
        confirmPii: true,
      }).ok,
    ).toBe(true);
    const row = listIssueRows(db, pid)[0];
    saveFollowup(db, system, pid, row.id, { owner: `agency:${a.id}`, dueOn: '2025-03-31', targetMeetingId: m2.id });
    addHistory(db, system, pid, row.id, {
      onDate: '2025-01-28',
      status: 'in_progress',
      note: '検討開始',
      meetingId: m2.id,
    });
    saveReportText(db, pid, 'discussion', '編集した考察', '2025-03-01T00:00:00Z');

    const first = exportBundle(db, pid)!;
    const meeting = first.meetings!.find((m) => m.key === m1.key)!;
    expect(meeting.attendance?.invited.find((i) => i.rsvp)).toMatchObject({
      rsvp: 'attend',
      headcount: 2,
      present: true,
      presentCount: 2,
    });
    expect(meeting.attendance?.guests).toEqual([{ role: 'adviser', name: '山田 太郎', affiliation: '大学' }]);
    expect(meeting.minutes?.versions?.[0].content.issued?.attendance.advisers).toEqual([]);
    expect(meeting.minutes?.draft?.decisions).toBe('次回は事例検討');
    expect(first.issues![0]).toMatchObject({
      owner: { agency: expect.any(String) },
      dueOn: '2025-03-31',
      targetMeeting: m2.key,
      history: [{ on: '2025-01-28', status: 'in_progress', note: '検討開始', meeting: m2.key }],
    });
    expect(first.reportTexts).toEqual([{ block: 'discussion', body: '編集した考察' }]);
    const second = exportBundle(db, importBundle(db, first))!;
    expect(second).toEqual(first);
  });
});
