// The dashboard's year-loop panel: issue rows overdue or due before the next meeting, the
// year-end report and the next year's project.
import type { OpenFollowup } from '../../src/followup/queries.ts';
import type { YearPanelProps } from '../../src/followup/yearPanel.ts';
import { formatDate } from '../../src/lib/format.ts';
import { issueFollowupPath } from '../../src/lib/paths/issuesTable.ts';
import { nextYearPath } from '../../src/lib/paths/yearLoop.ts';
import { reportPath } from '../../src/lib/paths/report.ts';
import { projectPath } from '../../src/lib/paths/projects.ts';
import { CsrfField } from '../components/form.tsx';

function Rows({ projectId, rows }: { projectId: number; rows: OpenFollowup[] }) {
  return (
    <ul>
      {rows.map((r) => (
        <li>
          <a href={issueFollowupPath(projectId, r.rowId)}>{r.problem}</a>
          <span class="muted">
            {' '}
            期限 {formatDate(r.dueOn ?? r.targetDate)}
            {r.ownerKind === 'centre' ? '・担当 保健所' : r.ownerName ? `・担当 ${r.ownerName}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function YearPanel(p: YearPanelProps) {
  return (
    <section aria-labelledby="follow-up">
      <h2 id="follow-up">課題の進捗</h2>
      <h3>期限を過ぎた課題（{p.overdue.length}件）</h3>
      {p.overdue.length ? <Rows projectId={p.projectId} rows={p.overdue} /> : <p class="muted">ありません。</p>}
      <h3>
        次の会議{p.nextMeeting ? `（${p.nextMeeting.title}・${formatDate(p.nextMeeting.date)}）` : ''}までの課題（
        {p.beforeNext.length}件）
      </h3>
      {p.beforeNext.length ? <Rows projectId={p.projectId} rows={p.beforeNext} /> : <p class="muted">ありません。</p>}
      <h3>年度のまとめ</h3>
      <p>
        <a href={reportPath(p.projectId)}>事業報告書を作る</a>
        <span class="hint">（文章の編集と、Word・PDF・HTMLでの出力）</span>
      </p>
      {p.previousYear && (
        <p>
          前年度：<a href={projectPath(p.previousYear.id)}>{p.previousYear.name}</a>
        </p>
      )}
      {p.nextYear ? (
        <p>
          次年度：<a href={projectPath(p.nextYear.id)}>{p.nextYear.name}</a>
          <span class="hint">（作成済み）</span>
        </p>
      ) : (
        <form method="post" action={nextYearPath(p.projectId)}>
          <CsrfField />
          <button type="submit">次年度のプロジェクトを作成</button>
          <span class="hint">
            {' '}
            支援機関（新しいリンク）・アンケートの設問・ヒアリングのテーマ・未完了の課題と経過・今年度の集計を引き継ぎます。
          </span>
        </form>
      )}
    </section>
  );
}
