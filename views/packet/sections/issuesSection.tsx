import type { PacketDocument } from '../../../src/packet/compile.ts';
import { ISSUE_STATUS_LABEL } from '../../../src/lib/labels/issuesTable.ts';

/** Seed 000's 表2: the problems seen so far and the issue each one turns into. */
export function IssuesSection({ doc }: { doc: PacketDocument }) {
  if (!doc.issues.length) return <p class="p-empty">問題点と課題はまだ整理されていません。</p>;
  const withSteps = doc.issues.some((r) => r.nextStep.trim());
  return (
    <>
      <p>実態調査・事例検討・グループワークから見えてきた問題点と、それに対応する課題を整理しました。</p>
      <table class="p-table p-issues">
        <caption>見えてきた問題点と課題</caption>
        <thead>
          <tr>
            <th scope="col" class="num">
              No.
            </th>
            <th scope="col">問題点</th>
            <th scope="col">課題</th>
            <th scope="col">根拠</th>
            <th scope="col">状況</th>
            {withSteps && <th scope="col">次の対応</th>}
          </tr>
        </thead>
        <tbody>
          {doc.issues.map((r, i) => (
            <tr>
              <td class="num">{i + 1}</td>
              <td>{r.problem}</td>
              <td>{r.issue}</td>
              <td class="p-small">{r.sources}</td>
              <td class="p-nowrap">{ISSUE_STATUS_LABEL[r.status]}</td>
              {withSteps && <td>{r.nextStep}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
