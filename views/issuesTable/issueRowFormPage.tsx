import { CsrfField, ErrorSummary, Field, Select } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { IssueRowView } from '../../src/issuesTable/queries.ts';
import { FormActions } from '../components/actions.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { Layout } from '../layout/layout.tsx';
import { SheetStyles } from '../cases/sheetStyles.tsx';
import { ISSUE_STATUSES } from '../../src/lib/labels/issuesTable.ts';
import { issueRowEditPath, issueRowPath, issuesPath } from '../../src/lib/paths/issuesTable.ts';

type Option = { value: string; label: string };

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
  const base = issuesPath(p.project.id);
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
      <form method="post" action={row ? issueRowEditPath(p.project.id, row.id) : base} class="stack" novalidate>
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
          label="次の対応"
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
                  <form
                    method="post"
                    action={`${issueRowPath(p.project.id, row.id)}/sources/${s.id}/delete`}
                    class="inline"
                  >
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
          <form method="post" action={`${issueRowPath(p.project.id, row.id)}/sources`} class="stack" novalidate>
            <CsrfField />
            <div class="row">
              <Select name="caseId" label="事例を根拠に加える" options={p.cases} values={{}} errors={p.sourceErrors} />
              <Select name="meetingId" label="会議を根拠に加える" options={p.meetings} values={{}} />
            </div>
            <button type="submit">根拠を追加</button>
          </form>
          <h2>この行の削除</h2>
          <form method="post" action={`${issueRowPath(p.project.id, row.id)}/delete`} class="inline">
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
