// The meeting's own sections: the agenda (次第), the attendee agencies and the schedule ahead.
import type { PacketDocument } from '../../../src/packet/compile.ts';
import { warekiDate } from '../../../src/lib/format.ts';
import { ISSUE_STATUS_LABEL } from '../../../src/lib/labels/issuesTable.ts';

/** "14:00〜16:00" (also for the cover), or empty when the meeting has no times. */
export function timeRange(m: { startTime: string; endTime: string }): string {
  return m.startTime || m.endTime ? `${m.startTime}〜${m.endTime}` : '';
}

export function AgendaSection({ doc }: { doc: PacketDocument }) {
  const m = doc.meeting;
  return (
    <>
      <dl class="p-agenda-meta">
        <dt>日時</dt>
        <dd>
          {warekiDate(m.date)}　{timeRange(m)}
        </dd>
        {m.place && (
          <>
            <dt>会場</dt>
            <dd>{m.place}</dd>
          </>
        )}
        {m.purpose && (
          <>
            <dt>目的</dt>
            <dd>{m.purpose}</dd>
          </>
        )}
      </dl>
      {m.agenda.length ? (
        <ol class="p-agenda">
          {m.agenda.map((item) => (
            <li>{item}</li>
          ))}
        </ol>
      ) : (
        <p class="p-empty">議題は登録されていません。</p>
      )}
    </>
  );
}

export function AttendanceSection({ doc }: { doc: PacketDocument }) {
  if (!doc.attendees.length) return <p class="p-empty">出席機関は登録されていません。</p>;
  return (
    <table class="p-table">
      <caption>出席機関（{doc.attendees.length}機関）</caption>
      <thead>
        <tr>
          <th scope="col" class="num">
            No.
          </th>
          <th scope="col">機関名</th>
          <th scope="col">種別</th>
          <th scope="col">分野</th>
        </tr>
      </thead>
      <tbody>
        {doc.attendees.map((a, i) => (
          <tr>
            <td class="num">{i + 1}</td>
            <th scope="row">{a.name}</th>
            <td>{a.kind}</td>
            <td class="p-nowrap">{a.field}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function NextStepsSection({ doc }: { doc: PacketDocument }) {
  const upcoming = doc.schedule.filter((m) => m.date >= doc.meeting.date);
  const rows = upcoming.length ? upcoming : doc.schedule;
  const withPlace = rows.some((m) => m.place);
  const steps = doc.issues.filter((r) => r.nextStep.trim());
  return (
    <>
      <table class="p-table">
        <caption>会議の予定</caption>
        <thead>
          <tr>
            <th scope="col">会議</th>
            <th scope="col">日時</th>
            {withPlace && <th scope="col">会場</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr class={m.current ? 'p-current' : undefined}>
              <th scope="row">
                {m.title}
                {m.current && '（本日）'}
              </th>
              <td>
                {warekiDate(m.date)} {timeRange(m)}
              </td>
              {withPlace && <td>{m.place}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {steps.length > 0 && (
        <table class="p-table">
          <caption>課題ごとの次の対応</caption>
          <thead>
            <tr>
              <th scope="col">課題</th>
              <th scope="col">次の対応</th>
              <th scope="col">状況</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((r) => (
              <tr>
                <td>{r.issue || r.problem}</td>
                <td>{r.nextStep}</td>
                <td class="p-nowrap">{ISSUE_STATUS_LABEL[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
