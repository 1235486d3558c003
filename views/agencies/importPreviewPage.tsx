// Every row of an uploaded CSV checked, before anything is registered.
import { CsrfField, ErrorSummary, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { ImportPreview } from '../../src/agencies/import.ts';
import { Layout } from '../layout/layout.tsx';
import { CSV_COLUMNS } from '../../src/lib/labels/agencies.ts';
import { agenciesPath, agencyImportPath, agencyImportConfirmPath } from '../../src/lib/paths/agencies.ts';

export function ImportPreviewPage({
  project,
  preview,
  encoding,
}: {
  project: Project;
  preview: ImportPreview;
  encoding?: string;
}) {
  const badRows = preview.rows.filter((r) => !r.input).length;
  const hasErrors = preview.fileErrors.length > 0 || badRows > 0;
  const shown = CSV_COLUMNS.filter((c) => c.field !== 'key' || preview.rows.some((r) => r.values.key));
  return (
    <Layout title="CSVの確認" project={project}>
      <p class="muted">
        <a href={agenciesPath(project.id)}>支援機関</a> ＞ <a href={agencyImportPath(project.id)}>CSVで一括登録</a> ＞
      </p>
      <h1>CSVの確認</h1>
      {hasErrors ? (
        <ErrorSummary>
          {preview.fileErrors.length > 0 ? (
            <ul class="plain">
              {preview.fileErrors.map((e) => (
                <li>{e}</li>
              ))}
            </ul>
          ) : (
            `${preview.rows.length}行のうち${badRows}行に問題があります。まだ何も登録していません。CSVを直して、もう一度アップロードしてください。`
          )}
        </ErrorSummary>
      ) : (
        <Notice>{`${preview.rows.length}件の機関を読み込みました。内容を確認して「登録する」を押してください。まだ登録していません。`}</Notice>
      )}
      {encoding && <p class="muted small">文字コード：{encoding}</p>}
      {preview.ignoredHeaders.length > 0 && (
        <p class="muted">次の列は使われないため読み飛ばしました：{preview.ignoredHeaders.join('、')}</p>
      )}
      {preview.rows.length > 0 && (
        <div class="table-wrap">
          <table class="import-preview">
            <thead>
              <tr>
                <th scope="col">行</th>
                {shown.map((c) => (
                  <th scope="col">{c.header}</th>
                ))}
                <th scope="col">確認結果</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => {
                const messages = Object.values(r.errors).filter(Boolean);
                return (
                  <tr class={r.input ? undefined : 'row-error'}>
                    <td class="num">{r.line}</td>
                    {shown.map((c) => (
                      <td class={r.errors[c.field] ? 'cell-error' : undefined}>{r.values[c.field]}</td>
                    ))}
                    <td>
                      {messages.length ? (
                        <ul class="plain error">
                          {messages.map((m) => (
                            <li>{m}</li>
                          ))}
                        </ul>
                      ) : (
                        <span class="ok">OK</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {hasErrors ? (
        <div class="actions">
          <a class="button primary" href={agencyImportPath(project.id)}>
            CSVを選び直す
          </a>
          <a href={agenciesPath(project.id)}>支援機関の一覧へ</a>
        </div>
      ) : (
        <form method="post" action={agencyImportConfirmPath(project.id)} class="actions">
          <CsrfField />
          <input type="hidden" name="csv" value={preview.normalizedCsv} />
          <button type="submit" class="primary">
            {preview.rows.length}件を登録する
          </button>
          <a href={agencyImportPath(project.id)}>やめて選び直す</a>
        </form>
      )}
    </Layout>
  );
}
