import type { Project } from '../../src/context.ts';
import type { AuditEntry } from '../../src/audit/queries.ts';
import type { AuditFilter } from '../../src/audit/schemas.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { auditCsvPath, auditPath } from '../../src/lib/paths/audit.ts';
import { ACTOR_KIND_LABEL, AUDIT_SCOPES, auditActionLabel, auditEntityLabel } from '../../src/lib/labels/audit.ts';
import { CsvDownloadLinks } from '../components/csvDownloadLinks.tsx';

type Choices = { people: { value: string; label: string }[]; actions: string[] };

function Filters({ project, filter, choices }: { project: Project; filter: AuditFilter; choices: Choices }) {
  return (
    <form method="get" action={auditPath(project.id)} class="audit-filters">
      <fieldset>
        <legend>絞り込み</legend>
        <div class="row">
          <label>
            範囲
            <select name="scope">
              {AUDIT_SCOPES.map((s) => (
                <option value={s.value} selected={filter.scope === s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            操作した人
            <select name="actor">
              <option value="">すべて</option>
              {choices.people.map((p) => (
                <option value={p.value} selected={filter.actor === p.value}>
                  {ACTOR_KIND_LABEL[p.value.split(':')[0] as AuditEntry['actorKind']]}：{p.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            操作
            <select name="action">
              <option value="">すべて</option>
              {choices.actions.map((a) => (
                <option value={a} selected={filter.action === a}>
                  {auditActionLabel(a)}
                </option>
              ))}
            </select>
          </label>
          <label>
            開始日
            <input type="date" name="from" value={filter.from ?? ''} />
          </label>
          <label>
            終了日
            <input type="date" name="to" value={filter.to ?? ''} />
          </label>
        </div>
        <div class="actions" style="margin-top: 0.75rem">
          <button type="submit" class="primary">
            絞り込む
          </button>
          <a href={auditPath(project.id)}>条件を解除</a>
        </div>
      </fieldset>
    </form>
  );
}

export function AuditPage(props: {
  project: Project;
  entries: AuditEntry[];
  filter: AuditFilter;
  choices: Choices;
  pages: number;
  total: number;
}) {
  const { project, entries, filter, pages } = props;
  const page = filter.page;
  const href = (p: number) => auditPath(project.id, { ...filter, page: p === 1 ? undefined : p });
  return (
    <Layout title="操作履歴" project={project}>
      <h1>操作履歴</h1>
      <p class="muted">
        {filter.scope === 'installation'
          ? 'どのプロジェクトにも属さない記録です（ログイン、ログイン失敗、プロジェクトの削除など）。'
          : 'このプロジェクトで誰が何を見て、何を変更・書き出したかの記録です。'}
        新しい順、日本時間。全{props.total}件
      </p>
      <Filters project={project} filter={filter} choices={props.choices} />
      <p class="actions">
        <span>絞り込んだ記録を書き出す：</span>
        <CsvDownloadLinks href={auditCsvPath(project.id, filter)} />
      </p>
      {entries.length === 0 ? (
        <p class="empty">{props.total ? 'このページには記録がありません。' : '該当する記録はありません。'}</p>
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
                    <span class="kind">{ACTOR_KIND_LABEL[e.actorKind]}</span> {e.actorLabel}
                  </td>
                  <td>{auditActionLabel(e.action)}</td>
                  <td>
                    {auditEntityLabel(e.entity)}
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
