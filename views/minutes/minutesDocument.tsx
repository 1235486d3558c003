// Issued minutes (議事録) as printed on A4 and read on the agency's link: heading, attendance,
// agenda items with notes, 決定事項, 助言者コメント and action items.
import type { MinutesContent } from '../../src/minutes/content.ts';
import { AttendanceBlock } from '../attendance/attendanceBlock.tsx';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';

const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

export function MinutesDocument(p: { content: MinutesContent; version: number; issuedAt: string }) {
  const c = p.content;
  return (
    <article class="minutes">
      <h1>{c.issued?.title ?? ''} 議事録</h1>
      <p class="muted">
        開催日 {formatDate(c.issued?.date ?? '')}・第{p.version}版（{formatDateTime(p.issuedAt)} 発行）
      </p>
      {c.issued && <AttendanceBlock a={c.issued.attendance} />}
      <h2>議事</h2>
      <ol>
        {c.items.map((it) => (
          <li>
            <strong>{it.title}</strong>
            {lines(it.notes).map((l) => (
              <p>{l}</p>
            ))}
          </li>
        ))}
      </ol>
      <h2>決定事項</h2>
      {lines(c.decisions).length ? (
        <ul>
          {lines(c.decisions).map((l) => (
            <li>{l}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">なし</p>
      )}
      <h2>助言者コメント</h2>
      {lines(c.adviserComments).length ? lines(c.adviserComments).map((l) => <p>{l}</p>) : <p class="muted">なし</p>}
      <h2>今後の対応（アクション）</h2>
      {c.actions.length ? (
        <ul>
          {c.actions.map((a) => (
            <li>{a.text}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">なし</p>
      )}
    </article>
  );
}
