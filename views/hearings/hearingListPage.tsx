import { CsrfField, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { HearingListItem } from '../../src/hearings/queries.ts';
import type { HearingProgress } from '../../src/hearings/progress.ts';
import { formatDate, percent } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { HEARING_METHOD_LABEL, HEARING_METHODS } from '../../src/lib/labels/hearings.ts';
import {
  hearingPath,
  hearingPlanPath,
  hearingsPath,
  hearingThemesPath,
  newHearingPath,
} from '../../src/lib/paths/hearings.ts';
import type { ListQuery } from '../../src/http/listQuery.ts';
import { ListControls } from '../components/listControls.tsx';

const SHARED_OPTIONS = [
  { value: 'yes', label: '共有中' },
  { value: 'no', label: '未共有' },
];

type PlanChoice = { id: number; name: string; planned: boolean; heard: boolean };

/** The agencies chosen for a hearing: the base of the 実施率. Agencies already heard stay ticked. */
function HearingPlanForm(p: { projectId: number; choices: PlanChoice[]; error?: string }) {
  const planned = p.choices.filter((c) => c.planned).length;
  return (
    <section aria-labelledby="hearing-plan">
      <h2 id="hearing-plan">ヒアリング予定の機関（{planned}機関）</h2>
      {p.error && <Notice kind="warn">{p.error}</Notice>}
      <p class="hint">
        ヒアリングを行う機関を選びます。実施率の母数（予定機関数）になります。記録がある機関は、選ばなくても予定機関に数えます。
      </p>
      <form method="post" action={hearingPlanPath(p.projectId)} class="stack">
        <CsrfField />
        <div class="checks">
          {p.choices.map((c) => (
            <label>
              <input type="checkbox" name="agencyIds" value={String(c.id)} checked={c.planned} disabled={c.heard} />{' '}
              {c.name}
              {c.heard && <span class="muted">（記録あり）</span>}
            </label>
          ))}
        </div>
        <button type="submit">予定機関を保存</button>
      </form>
    </section>
  );
}

export function HearingListPage(p: {
  project: Project;
  hearings: HearingListItem[];
  progress: HearingProgress;
  agencyCount: number;
  planChoices: PlanChoice[];
  notice?: string;
  planError?: string;
  /** Search, sort and filters; `hearings` is already the result. */
  list: { query: ListQuery; sorts: { value: string; label: string }[]; total: number };
}) {
  const { planned, held, rate } = p.progress;
  return (
    <Layout title="ヒアリング調査" project={p.project}>
      <div class="page-head">
        <div>
          <h1>ヒアリング調査</h1>
          <p class="muted">WGメンバーと保健所職員が各機関に聞き取った内容を記録します。</p>
          <p class="hearing-progress">
            実施 {held} / 予定 {planned} 機関（実施率 {percent(rate)}）
            <span class="muted">
              　実施率 ＝ 実施済み ÷ 予定機関数（ネットワークの機関 {p.agencyCount}{' '}
              機関のうち、ヒアリングを予定した機関が母数）
            </span>
          </p>
        </div>
        <div class="actions">
          <a class="button" href={hearingThemesPath(p.project.id)}>
            テーマ別の集計
          </a>
          <a class="button primary" href={newHearingPath(p.project.id)}>
            記録を追加
          </a>
        </div>
      </div>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      {p.list.total > 0 && (
        <ListControls
          action={hearingsPath(p.project.id)}
          query={p.list.query}
          searchLabel="機関名・聞き手・記録の内容で探す"
          sorts={p.list.sorts}
          filters={[
            { name: 'method', label: '実施方法', options: HEARING_METHODS },
            { name: 'shared', label: '機関への共有', options: SHARED_OPTIONS },
          ]}
          shown={p.hearings.length}
          total={p.list.total}
        />
      )}
      {p.hearings.length === 0 ? (
        <p class="empty">
          {p.list.total > 0
            ? '条件に合う記録はありません。'
            : 'まだ記録がありません。「記録を追加」から、ヒアリングの内容を入力してください。'}
        </p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>実施日</th>
                <th>機関</th>
                <th>方法</th>
                <th>聞き手</th>
                <th class="num">タグ付け</th>
                <th>機関への共有</th>
              </tr>
            </thead>
            <tbody>
              {p.hearings.map((h) => (
                <tr>
                  <td>{formatDate(h.date)}</td>
                  <td>
                    <a href={hearingPath(p.project.id, h.id)}>{h.agencyName}</a>
                  </td>
                  <td>{HEARING_METHOD_LABEL[h.method]}</td>
                  <td>{h.interviewers.join('、')}</td>
                  <td class="num">{h.passages}件</td>
                  <td>
                    {h.sharedAt ? <span class="badge submitted">共有中</span> : <span class="badge">未共有</span>}
                    {h.openComments > 0 && <span class="badge draft"> 修正依頼 {h.openComments}件</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <HearingPlanForm projectId={p.project.id} choices={p.planChoices} error={p.planError} />
    </Layout>
  );
}
