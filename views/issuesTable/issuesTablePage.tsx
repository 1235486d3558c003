import { CsrfField, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { IssueRowView, SourceView } from '../../src/issuesTable/queries.ts';
import { reiwa } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { SheetStyles } from '../cases/sheetStyles.tsx';
import { ISSUE_STATUS_LABEL } from '../../src/lib/labels/issuesTable.ts';
import { casesPath } from '../../src/lib/paths/cases.ts';
import { hearingThemesPath } from '../../src/lib/paths/hearings.ts';
import {
  issueFollowupPath,
  issueRowEditPath,
  issueRowPath,
  newIssueRowPath,
  issuesXlsxPath,
} from '../../src/lib/paths/issuesTable.ts';

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
}: {
  rows: IssueRowView[];
  projectId: number;
  editable: boolean;
}) {
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
            {editable && (
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
              <td class="no">{i + 1}</td>
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
              {editable && (
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
  notice,
}: {
  project: Project;
  rows: IssueRowView[];
  notice?: string;
}) {
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
      {rows.length === 0 ? (
        <p class="empty">
          まだ行がありません。「行を追加」から入力するか、
          <a href={hearingThemesPath(project.id)}>ヒアリングのテーマ</a>や<a href={casesPath(project.id)}>支援事例</a>
          のページから追加してください。
        </p>
      ) : (
        <IssuesTable rows={rows} projectId={project.id} editable />
      )}
    </Layout>
  );
}
