import type { Project } from '../../src/context.ts';
import type { AuditEntry } from '../../src/audit/queries.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { auditPath } from '../../src/lib/paths/audit.ts';

const ACTOR_KIND: Record<AuditEntry['actorKind'], string> = {
  staff: '職員',
  agency: '機関',
  participant: '参加者',
  system: 'システム',
};

// Features record short English verbs and nouns; unknown ones are shown as recorded.
const ACTION: Record<string, string> = {
  create: '作成',
  update: '更新',
  delete: '削除',
  submit: '提出',
  reopen: '差し戻し',
  archive: 'アーカイブ',
  restore: '復元',
  issue_link: 'リンク発行',
  revoke_link: 'リンク無効化',
  add_member: 'メンバー追加',
  remove_member: 'メンバー解除',
  import: '取り込み',
  export: '書き出し',
};

const ENTITY: Record<string, string> = {
  project: 'プロジェクト',
  user: '職員アカウント',
  agency: '支援機関',
  meeting: '会議',
  questionnaire: 'アンケート',
  hearing: 'ヒアリング',
  case: '支援事例',
  case_study: '事例検討',
  group_work: 'グループワーク',
  issue: '問題点と課題',
  packet: '会議資料',
};

export function AuditPage(props: {
  project: Project;
  entries: AuditEntry[];
  page: number;
  pages: number;
  total: number;
}) {
  const { project, entries, page, pages } = props;
  const href = (p: number) => auditPath(project.id, p);
  return (
    <Layout title="操作履歴" project={project}>
      <h1>操作履歴</h1>
      <p class="muted">このプロジェクトで誰が何を変更したかの記録です（新しい順、日本時間）。全{props.total}件</p>
      {entries.length === 0 ? (
        <p class="empty">{props.total ? 'このページには記録がありません。' : 'まだ記録がありません。'}</p>
      ) : (
        <div class="table-wrap">
          {/* wide enough to stay readable; narrow screens scroll sideways */}
          <table style="min-width: 760px">
            <thead>
              <tr>
                <th scope="col">日時</th>
                <th scope="col">操作した人</th>
                <th scope="col">操作</th>
                <th scope="col">対象</th>
                <th scope="col">内容</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr>
                  <td>
                    <time datetime={e.at}>{formatDateTime(e.at)}</time>
                  </td>
                  <td>
                    <span class="kind">{ACTOR_KIND[e.actorKind]}</span> {e.actorLabel}
                  </td>
                  <td>{ACTION[e.action] ?? e.action}</td>
                  <td>
                    {ENTITY[e.entity] ?? e.entity}
                    {e.entityId && <span class="muted">（{e.entityId}）</span>}
                  </td>
                  <td>{e.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav class="actions" aria-label="ページ">
          {page > 1 && (
            <a href={href(page - 1)} rel="prev">
              ← 新しい記録
            </a>
          )}
          <span>
            {page} / {pages} ページ
          </span>
          {page < pages && (
            <a href={href(page + 1)} rel="next">
              古い記録 →
            </a>
          )}
        </nav>
      )}
    </Layout>
  );
}
