// Upload a CSV of agencies, with the template and the columns explained.
import { FormActions } from '../components/actions.tsx';
import { CsrfField, ErrorSummary } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import { Layout } from '../layout/layout.tsx';
import { AGENCY_FIELDS, AGENCY_KINDS, CSV_COLUMNS, MAX_IMPORT_ROWS } from '../../src/lib/labels/agencies.ts';
import { agenciesPath, agencyImportPath, agencyTemplatePath } from '../../src/lib/paths/agencies.ts';

const COLUMN_HELP: Record<string, string> = {
  name: '部署名まで書いてください（例：武蔵野市 生活福祉課）',
  kind: AGENCY_KINDS.join('／'),
  field: AGENCY_FIELDS.map((f) => f.label).join('／'),
  ageMin: '数字（歳）。制限なしは空欄',
  ageMax: '数字（歳）。制限なしは空欄',
  contactName: '任意',
  contactEmail: '任意',
  key: '任意の列。空欄なら a1, a2 … を自動で付けます',
};

export function ImportPage({ project, error }: { project: Project; error?: string }) {
  return (
    <Layout title="CSVで一括登録" project={project}>
      <p class="muted">
        <a href={agenciesPath(project.id)}>支援機関</a> ＞
      </p>
      <h1>CSVで一括登録</h1>
      <ErrorSummary message={error} />
      <ol>
        <li>
          <a href={agencyTemplatePath(project.id)} download>
            テンプレート（CSV）
          </a>
          をダウンロードし、Excelなどで1行に1機関ずつ入力します。
        </li>
        <li>CSV形式で保存してアップロードします（UTF-8・Shift_JISのどちらでも読み込めます）。</li>
        <li>確認画面で全行を確認してから登録します。問題のある行があるときは何も登録されません。</li>
      </ol>
      <form method="post" action={agencyImportPath(project.id)} enctype="multipart/form-data" class="stack upload-form">
        <CsrfField />
        <div class={`field${error ? ' has-error' : ''}`}>
          <label for="f-file">
            CSVファイル<span class="req">必須</span>
          </label>
          <input
            id="f-file"
            type="file"
            name="file"
            accept=".csv,text/csv"
            required
            aria-describedby={error ? 'f-file-error' : undefined}
          />
          {error && (
            <p class="error" id="f-file-error">
              {error}
            </p>
          )}
        </div>
        <FormActions submit="読み込んで確認する" cancel={agenciesPath(project.id)} />
      </form>
      <h2>列と書き方</h2>
      <p class="muted">
        1行目は見出しです。列の順番は自由で、次の見出し（または同じ意味の見出し）を使えます。一度に{MAX_IMPORT_ROWS}
        行まで登録できます。
      </p>
      <div class="table-wrap">
        <table class="column-help">
          <thead>
            <tr>
              <th scope="col">見出し</th>
              <th scope="col">必須</th>
              <th scope="col">書き方</th>
            </tr>
          </thead>
          <tbody>
            {CSV_COLUMNS.map((c) => (
              <tr>
                <th scope="row">{c.header}</th>
                <td>{c.required ? '必須' : ''}</td>
                <td>{COLUMN_HELP[c.field]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
