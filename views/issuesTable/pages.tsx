import { CsrfField, ErrorSummary, Field, Notice, Select } from '../components/form.tsx';
import { SheetStyles } from '../cases/styles.tsx';
import type { Project } from '../../src/context.ts';
import type { IssueRowView, SourceView } from '../../src/issuesTable/queries.ts';
import { FormActions } from '../components/actions.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { ISSUE_STATUSES, ISSUE_STATUS_LABEL } from '../../src/issuesTable/labels.ts';
import { reiwa } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';

type Option = { value: string; label: string };

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
  const base = `/projects/${projectId}/issues`;
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
            <th scope="col">状況・次の一手</th>
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
                        action={`${base}/${r.id}/move`}
                        hx-post={`${base}/${r.id}/move`}
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
                  <a href={`${base}/${r.id}/edit`}>編集</a>
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
  const base = `/projects/${project.id}/issues`;
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
          <a class="button primary" href={`${base}/new`}>
            行を追加
          </a>
        </div>
      </div>
      {notice && <Notice kind="success">{notice}</Notice>}
      {rows.length === 0 ? (
        <p class="empty">
          まだ行がありません。「行を追加」から入力するか、
          <a href={`/projects/${project.id}/hearings/themes`}>ヒアリングのテーマ</a>や
          <a href={`/projects/${project.id}/cases`}>支援事例</a>のページから追加してください。
        </p>
      ) : (
        <IssuesTable rows={rows} projectId={project.id} editable />
      )}
    </Layout>
  );
}

export function IssueRowFormPage(p: {
  project: Project;
  row?: IssueRowView;
  values: FormValues;
  errors?: FieldErrors;
  /** For a new row: what it is started from (hidden fields carry the reference). */
  from?: { label: string; detail: string };
  meetings: Option[];
  cases: Option[];
  sourceErrors?: FieldErrors;
}) {
  const base = `/projects/${p.project.id}/issues`;
  const { values, errors, row } = p;
  return (
    <Layout title={row ? '問題点と課題の編集' : '問題点と課題の追加'} project={p.project}>
      <SheetStyles />
      <p>
        <a href={base}>← 問題点と課題の表へ</a>
      </p>
      <h1>{row ? '問題点と課題の編集' : '問題点と課題の追加'}</h1>
      {p.from && (
        <section class="sheet-section">
          <h2>根拠：{p.from.label}</h2>
          {p.from.detail && <blockquote class="passage">{p.from.detail}</blockquote>}
        </section>
      )}
      <ErrorSummary errors={errors} />
      <form method="post" action={row ? `${base}/${row.id}/edit` : base} class="stack" novalidate>
        <CsrfField />
        {!row &&
          (['fromTheme', 'fromPassage', 'fromCase'] as const).map((k) =>
            values[k] ? <input type="hidden" name={k} value={String(values[k])} /> : null,
          )}
        <Field
          name="problem"
          label="問題点"
          multiline
          rows={3}
          required
          values={values}
          errors={errors}
          hint="例：相談機関間のアセスメントが一致しないと、支援がつながらない"
        />
        <Field
          name="issue"
          label="課題"
          multiline
          rows={3}
          values={values}
          errors={errors}
          hint="例：情報共有の課題（支援対象者の全体像をどう共有するか）"
        />
        <div class="row">
          <Select name="status" label="状況" options={ISSUE_STATUSES} values={values} errors={errors} required />
          {!row && (
            <Select
              name="meetingId"
              label="関連する会議（任意）"
              options={p.meetings}
              values={values}
              errors={errors}
            />
          )}
        </div>
        <Field
          name="nextStep"
          label="次の一手"
          multiline
          rows={2}
          values={values}
          errors={errors}
          hint="例：第3回ネットワーク会議で共有ツールを検討する"
        />
        <FormActions cancel={base} />
      </form>
      {row && (
        <>
          <h2>根拠</h2>
          {row.sources.length === 0 ? (
            <p class="muted">まだ根拠が結び付けられていません。</p>
          ) : (
            <ul>
              {row.sources.map((s) => (
                <li>
                  <a href={s.href}>{s.label}</a>{' '}
                  <form method="post" action={`${base}/${row.id}/sources/${s.id}/delete`} class="inline">
                    <CsrfField />
                    <button type="submit" class="link">
                      外す
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          )}
          <ErrorSummary errors={p.sourceErrors} />
          <form method="post" action={`${base}/${row.id}/sources`} class="stack" novalidate>
            <CsrfField />
            <div class="row">
              <Select name="caseId" label="事例を根拠に加える" options={p.cases} values={{}} errors={p.sourceErrors} />
              <Select name="meetingId" label="会議を根拠に加える" options={p.meetings} values={{}} />
            </div>
            <button type="submit">根拠を追加</button>
          </form>
          <h2>この行の削除</h2>
          <form method="post" action={`${base}/${row.id}/delete`} class="inline">
            <CsrfField />
            <label>
              <input type="checkbox" name="confirm" value="1" required /> この行を削除することを確認しました
            </label>{' '}
            <button type="submit" class="danger">
              削除する
            </button>
          </form>
        </>
      )}
    </Layout>
  );
}
