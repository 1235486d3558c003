// The attendance list (出席者) as the minutes and the packet cover print it: the agencies that came
// (or, before the roll-call, replied 出席), then 助言者 and observers on their own lines.
import type { AttendanceList } from '../../src/attendance/summary.ts';
import { GUEST_ROLE_LABEL } from '../../src/lib/labels/attendance.ts';

/** `guestNames: false` prints advisers and observers as counts (where people's names may not go). */
export function AttendanceBlock({
  a,
  guestNames = true,
  class: cls,
}: {
  a: AttendanceList;
  guestNames?: boolean;
  class?: string;
}) {
  const guests = (role: keyof typeof GUEST_ROLE_LABEL, names: string[]) =>
    names.length > 0 && (
      <p>
        {GUEST_ROLE_LABEL[role]}
        {guestNames ? `：${names.join('、')}` : `　${names.length}名`}
      </p>
    );
  return (
    <section class={cls ? `attendance-list ${cls}` : 'attendance-list'}>
      <h2>出席者（{a.basis === 'present' ? '当日の出席確認による' : '出欠の回答による出席予定'}）</h2>
      {a.agencies.length ? (
        <ul>
          {a.agencies.map((x) => (
            <li>
              {x.name}
              {x.count ? `（${x.count}名）` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">記録された出席機関はありません。</p>
      )}
      {guests('adviser', a.advisers)}
      {guests('observer', a.observers)}
    </section>
  );
}
