// Shown when a save was refused because somebody saved the sheet first: both versions side by
// side, field by field, and what the next save does.
import type { VersionDifference } from '../../src/cases/versionConflict.ts';

export function VersionConflictPanel({
  differences,
  subject = 'このシート',
}: {
  differences: VersionDifference[];
  /** What was saved first, e.g. 「このヒアリング記録」. */
  subject?: string;
}) {
  return (
    <section class="conflict-panel" id="conflict" role="alert" tabindex={-1} aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">他の人が先に{subject}を保存したため、あなたの変更は保存されていません</h2>
      <p>
        違いのある欄を並べています。あなたの入力はこの下のフォームに残っています。必要な内容を残して、もう一度保存してください（保存すると、いま保存されている内容を置き換えます）。
      </p>
      <div class="table-wrap">
        <table class="conflict-table">
          <thead>
            <tr>
              <th scope="col">欄</th>
              <th scope="col">いま保存されている内容</th>
              <th scope="col">あなたの入力（未保存）</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((d) => (
              <tr>
                <th scope="row">{d.label}</th>
                <td class="pre">{d.stored || '（空欄）'}</td>
                <td class="pre">{d.typed || '（空欄）'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
