import { CsrfField, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { IssueRowView, SourceView } from '../../src/issuesTable/queries.ts';
import { reiwa } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { SheetStyles } from '../cases/sheetStyles.tsx';
import { ISSUE_ORIGIN_LABEL, ISSUE_STATUS_LABEL, ISSUE_STATUSES } from '../../src/lib/labels/issuesTable.ts';
import type { ListQuery } from '../../src/http/listQuery.ts';
import { ListControls } from '../components/listControls.tsx';
import { casesPath } from '../../src/lib/paths/cases.ts';
import { hearingThemesPath } from '../../src/lib/paths/hearings.ts';
import {
  issueFollowupPath,
  issueRowEditPath,
  issueRowPath,
  newIssueRowPath,
  issuesPath,
  issuesXlsxPath,
} from '../../src/lib/paths/issuesTable.ts';

const ORIGINS = Object.entries(ISSUE_ORIGIN_LABEL).map(([value, label]) => ({ value, label }));

function Sources({ sources }: { sources: SourceView[] }) {
  if (!sources.length) return null;
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li>
          <a href={s.href}>{s.label}</a>
        </li>
      ))}
    </ul>
  );
}

/** The table itself (also reusable by the meeting packet). */
export function IssuesTable({
  rows,
  projectId,
  editable,
  numbers,
}: {
  rows: IssueRowView[];
  projectId: number;
  editable: boolean;
  /** Each row's No. in the whole table, when `rows` is a search result (no moving then). */
  numbers?: Map<number, number>;
}) {
  const movable = editable && !numbers;
  return (
    <div class="table-wrap" id="issues-table">
      <table class="issues-table">
        <caption class="muted">表 見えてきた問題点と課題</caption>
        <thead>
          <tr>
            <th scope="col" class="no">
              No.
            </th>
            <th scope="col">問題点</th>
            <th scope="col">課題</th>
            <th scope="col">状況・次の対応</th>
            {movable && (
              <th scope="col" class="order">
                並べ替え
              </th>
            )}
            {editable && (
              <th scope="col" class="row-actions">
                操作
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr id={`row-${r.id}`}>
              <td class="no">{numbers?.get(r.id) ?? i + 1}</td>
              <td>
                <span class="sheet-text">{r.problem}</span>
                <Sources sources={r.sources} />
              </td>
              <td class="sheet-text">{r.issue}</td>
              <td>
                <span class={`badge${r.status === 'done' ? ' submitted' : r.status === 'not_started' ? '' : ' draft'}`}>
                  {ISSUE_STATUS_LABEL[r.status]}
                </span>
                {r.nextStep && <p class="sheet-text">{r.nextStep}</p>}
              </td>
              {movable && (
                <td class="order">
                  {(['up', 'down'] as const).map((dir) => {
                    const disabled = dir === 'up' ? i === 0 : i === rows.length - 1;
                    return (
                      <form
                        method="post"
                        action={`${issueRowPath(projectId, r.id)}/move`}
                        hx-post={`${issueRowPath(projectId, r.id)}/move`}
                        hx-target="#issues-table"
                        hx-select="#issues-table"
                        hx-swap="outerHTML"
                      >
                        <CsrfField />
                        <input type="hidden" name="direction" value={dir} />
                        <button
                          type="submit"
                          disabled={disabled}
                          aria-label={`${i + 1}行目を${dir === 'up' ? '上' : '下'}へ移動`}
                        >
                          {dir === 'up' ? '↑' : '↓'}
                        </button>
                      </form>
                    );
                  })}
                </td>
              )}
              {editable && (
                <td class="row-actions">
                  <a href={issueRowEditPath(projectId, r.id)}>編集</a>{' '}
                  <a href={issueFollowupPath(projectId, r.id)}>進捗</a>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function IssuesTablePage({
  project,
  rows,
  numbers,
  list,
  notice,
}: {
  project: Project;
  /** The rows the search, sort and filters keep. */
  rows: IssueRowView[];
  numbers: Map<number, number>;
  list: { query: ListQuery; sorts: { value: string; label: string }[]; total: number };
  notice?: string;
}) {
  const narrowed = list.query.q !== '' || Object.keys(list.query.filters).length > 0 || list.query.sort !== 'position';
  return (
    <Layout title="問題点と課題" project={project}>
      <SheetStyles />
      <div class="page-head">
        <div>
          <h1>見えてきた問題点と課題</h1>
          <p class="muted">
            {project.municipality}・{reiwa(project.fiscalYear)}
            度。ヒアリング・事例・会議から見えてきた問題点を、取り組む課題として整理します。
          </p>
        </div>
        <div class="actions">
          <button type="button" data-print>
            印刷する
          </button>
          {rows.length > 0 && (
            <a class="button" href={issuesXlsxPath(project.id)} download>
              Excel（XLSX）で出力
            </a>
          )}
          <a class="button primary" href={newIssueRowPath(project.id)}>
            行を追加
          </a>
        </div>
      </div>
      {notice && <Notice kind="success">{notice}</Notice>}
      {list.total > 0 && (
        <ListControls
          action={issuesPath(project.id)}
          query={list.query}
          searchLabel="問題点・課題・次の対応・出典で探す"
          sorts={list.sorts}
          filters={[
            { name: 'status', label: '状況', options: ISSUE_STATUSES },
            { name: 'origin', label: 'きっかけ', options: ORIGINS },
          ]}
          shown={rows.length}
          total={list.total}
        />
      )}
      {narrowed && rows.length > 0 && (
        <p class="hint no-print">行の並べ替えは、条件をクリアして表の順で表示したときにできます。</p>
      )}
      {list.total > 0 && rows.length === 0 ? (
        <p class="empty">条件に合う行はありません。</p>
      ) : rows.length === 0 ? (
        <p class="empty">
          まだ行がありません。「行を追加」から入力するか、
          <a href={hearingThemesPath(project.id)}>ヒアリングのテーマ</a>や<a href={casesPath(project.id)}>支援事例</a>
          のページから追加してください。
        </p>
      ) : (
        <IssuesTable rows={rows} projectId={project.id} editable {...(narrowed ? { numbers } : {})} />
      )}
    </Layout>
  );
}
