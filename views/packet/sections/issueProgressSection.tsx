// 「前回からの課題の進捗」: the issue rows that moved since the previous meeting (a status change or
// a dated note in between, or due by this meeting), with owner, due date, status and those notes.
import type { PacketDocument } from '../../../src/packet/compile.ts';
import type { ProgressRow } from '../../../src/followup/progress.ts';
import { formatDate, warekiDate } from '../../../src/lib/format.ts';
import { historyLine, ISSUE_STATUS_LABEL } from '../../../src/lib/labels/issuesTable.ts';

function Due({ r }: { r: ProgressRow }) {
  if (!r.dueOn && !r.targetMeeting) return <>未定</>;
  return (
    <>
      {r.dueOn && <span class="p-block p-nowrap">{formatDate(r.dueOn)}</span>}
      {r.targetMeeting && <span class="p-block">{r.targetMeeting.title}まで</span>}
    </>
  );
}

export function IssueProgressSection({ doc }: { doc: PacketDocument }) {
  const { previous, rows, asOf, otherOverdue } = doc.issueProgress;
  if (!previous) return <p class="p-empty">この会議より前の会議がないため、前回からの進捗はありません。</p>;
  const since = `前回の会議（${previous.title}・${warekiDate(previous.date)}）`;
  const others =
    otherOverdue > 0 &&
    `このほか、期限を過ぎた未完了の課題が${otherOverdue}件あります（この期間の記録なし。${formatDate(asOf)}時点）。`;
  if (!rows.length)
    return (
      <>
        <p class="p-empty">
          {since}
          以降、状況が変わった課題・経過を記録した課題・この会議までが期限の課題はありません。
        </p>
        {others && <p>{others}</p>}
      </>
    );
  const overdue = rows.filter((r) => r.overdue).length;
  return (
    <>
      <p>
        {since}
        以降に状況が変わった課題、経過を記録した課題、この会議までが期限の課題です（{rows.length}件）。
        {overdue > 0 && `うち${overdue}件は期限を過ぎています（${formatDate(asOf)}時点）。`}
      </p>
      <table class="p-table p-progress">
        <caption>前回からの課題の進捗</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              No.
            </th>
            <th scope="col">問題点 → 課題</th>
            <th scope="col">担当</th>
            <th scope="col">期限・目標の会議</th>
            <th scope="col">状況</th>
            <th scope="col">前回からの経過</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr class={r.overdue ? 'p-flag' : undefined}>
              <td class="num">{i + 1}</td>
              <td>
                {r.problem}
                {r.issue && <span class="p-block">→ {r.issue}</span>}
              </td>
              <td>{r.owner}</td>
              <td>
                <Due r={r} />
              </td>
              <td class="p-nowrap">
                {ISSUE_STATUS_LABEL[r.status]}
                {r.overdue && <strong class="p-block">期限切れ</strong>}
              </td>
              <td class="p-small">
                {r.history.length ? (
                  <ul class="p-progress-notes">
                    {r.history.map((h) => (
                      <li>{historyLine(h, formatDate)}</li>
                    ))}
                  </ul>
                ) : (
                  '記録なし'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {others && <p class="p-note">{others}</p>}
    </>
  );
}
