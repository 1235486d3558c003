import { Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { HearingListItem } from '../../src/hearings/queries.ts';
import { HEARING_METHOD_LABEL } from '../../src/hearings/labels.ts';
import { formatDate } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { hearingPath, hearingThemesPath, newHearingPath } from '../../src/hearings/paths.ts';

export function HearingListPage(p: {
  project: Project;
  hearings: HearingListItem[];
  agencyCount: number;
  heardCount: number;
  notice?: string;
}) {
  return (
    <Layout title="ヒアリング調査" project={p.project}>
      <div class="page-head">
        <div>
          <h1>ヒアリング調査</h1>
          <p class="muted">
            WGメンバーと保健所職員が各機関に聞き取った内容を記録します。記録した機関：{p.heardCount} / {p.agencyCount}{' '}
            機関
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
      {p.hearings.length === 0 ? (
        <p class="empty">まだ記録がありません。「記録を追加」から、ヒアリングの内容を入力してください。</p>
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
    </Layout>
  );
}
