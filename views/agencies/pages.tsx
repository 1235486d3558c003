import { FormActions } from '../components/actions.tsx';
import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { Agency } from '../../src/agencies/queries.ts';
import { AGENCY_FIELDS, AGENCY_KINDS, fieldLabel, formatAgeRange } from '../../src/agencies/schemas.ts';
import { CSV_COLUMNS, MAX_IMPORT_ROWS, type ImportPreview } from '../../src/agencies/import.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';

const base = (project: Project) => `/projects/${project.id}/agencies`;

/** Outcome messages shown after a redirect (`?done=…`). */
export const DONE_MESSAGES: Record<string, string> = {
  created: '支援機関を登録し、専用リンクを発行しました。',
  updated: '変更を保存しました。',
  archived: 'アーカイブしました。この機関の専用リンクは使えなくなりました。',
  unarchived: 'アーカイブを解除しました。専用リンクは再び使えます。',
  reissued: '新しいリンクを発行しました。以前のリンクは使えません。依頼文を印刷し直してお送りください。',
  revoked: 'リンクを停止しました。この機関は専用ページを開けません。',
  issued: 'リンクを発行しました。',
};

function DoneNotice({ message }: { message?: string }) {
  return message ? <Notice kind="success">{message}</Notice> : null;
}

function LinkStatus({ agency }: { agency: Agency }) {
  if (agency.archivedAt) return <span class="badge archived">無効（アーカイブ）</span>;
  return agency.tokenHash ? <span class="badge status-open">発行済み</span> : <span class="badge draft">停止中</span>;
}

export function AgencyListPage(props: {
  project: Project;
  active: Agency[];
  archived: Agency[];
  notice?: string;
  imported?: number;
}) {
  const { project, active, archived } = props;
  return (
    <Layout title="支援機関" project={project}>
      <div class="page-head">
        <h1>支援機関</h1>
        <div class="actions">
          <a class="button primary" href={`${base(project)}/new`}>
            機関を登録
          </a>
          <a class="button" href={`${base(project)}/import`}>
            CSVで一括登録
          </a>
          {active.length > 0 && (
            <a class="button" href={`${base(project)}/letters`}>
              依頼文をまとめて印刷
            </a>
          )}
        </div>
      </div>
      <DoneNotice message={props.notice} />
      {props.imported !== undefined && (
        <Notice kind="success">{`CSVから${props.imported}件の機関を登録し、それぞれの専用リンクを発行しました。`}</Notice>
      )}
      <p class="muted">
        調査に協力いただく機関の一覧です。機関ごとに専用リンク（ログイン不要）を発行し、依頼文と一緒にお送りします。
      </p>
      {active.length === 0 ? (
        <div class="empty">
          <p>
            まだ機関が登録されていません。「機関を登録」から1件ずつ、または「CSVで一括登録」からExcelの一覧をまとめて登録できます。
          </p>
        </div>
      ) : (
        <AgencyTable project={project} agencies={active} />
      )}
      {archived.length > 0 && (
        <>
          <h2>アーカイブ済み（{archived.length}件）</h2>
          <p class="muted">
            アーカイブした機関は一覧・集計から外れ、専用リンクも使えません。元に戻すと同じリンクが再び使えます。
          </p>
          <AgencyTable project={project} agencies={archived} />
        </>
      )}
    </Layout>
  );
}

function AgencyTable({ project, agencies }: { project: Project; agencies: Agency[] }) {
  return (
    <div class="table-wrap">
      <table class="agency-table">
        <thead>
          <tr>
            <th scope="col">機関名</th>
            <th scope="col">種別</th>
            <th scope="col">分野</th>
            <th scope="col">対象年齢</th>
            <th scope="col">担当者</th>
            <th scope="col">専用リンク</th>
            <th scope="col">キー</th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr>
              <td>
                <a href={`${base(project)}/${a.id}`}>{a.name}</a>
              </td>
              <td>{a.kind}</td>
              <td>{fieldLabel(a.field)}</td>
              <td>{formatAgeRange(a.ageMin, a.ageMax)}</td>
              <td>
                {a.contactName}
                {a.contactEmail && <div class="muted small">{a.contactEmail}</div>}
              </td>
              <td>
                <LinkStatus agency={a} />
              </td>
              <td>
                <code>{a.key}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Radio buttons for a short fixed list, with the error linked like Field does. */
function RadioGroup(p: {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  values: FormValues;
  errors?: FieldErrors;
}) {
  const err = p.errors?.[p.name];
  const current = String(p.values[p.name] ?? '');
  const errId = `f-${p.name}-error`;
  return (
    <fieldset
      class={`field radios${err ? ' has-error' : ''}`}
      aria-describedby={err ? errId : undefined}
      id={`f-${p.name}`}
    >
      <legend>
        {p.label}
        <span class="req">必須</span>
      </legend>
      <div class="checks">
        {p.options.map((o) => (
          <label>
            <input
              type="radio"
              name={p.name}
              value={o.value}
              checked={o.value === current}
              required
              aria-invalid={err ? 'true' : undefined}
            />
            {o.label}
          </label>
        ))}
      </div>
      {err && (
        <p class="error" id={errId} role="alert">
          {err}
        </p>
      )}
    </fieldset>
  );
}

export function AgencyFormPage(props: { project: Project; agency?: Agency; values: FormValues; errors?: FieldErrors }) {
  const { project, agency, values, errors } = props;
  const title = agency ? `${agency.name} の編集` : '支援機関の登録';
  return (
    <Layout title={title} project={project}>
      <p class="muted">
        <a href={agency ? `${base(project)}/${agency.id}` : base(project)}>{agency ? agency.name : '支援機関'}</a> ＞
      </p>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <form
        method="post"
        action={agency ? `${base(project)}/${agency.id}/edit` : base(project)}
        class="stack"
        novalidate
      >
        <CsrfField />
        <Field
          name="name"
          label="機関名（部署名まで）"
          required
          values={values}
          errors={errors}
          hint="例：武蔵野市 生活福祉課"
          validate={`${base(project)}/validate`}
        />
        <RadioGroup
          name="kind"
          label="種別"
          options={AGENCY_KINDS.map((k) => ({ value: k, label: k }))}
          values={values}
          errors={errors}
        />
        <RadioGroup name="field" label="分野" options={AGENCY_FIELDS} values={values} errors={errors} />
        <fieldset>
          <legend>対象年齢</legend>
          <p class="hint">制限がない場合は空欄のままにしてください（例：サポステは 15〜49）。</p>
          <div class="row">
            <Field
              name="ageMin"
              label="下限（歳）"
              values={values}
              errors={errors}
              inputmode="numeric"
              validate={`${base(project)}/validate`}
            />
            <Field
              name="ageMax"
              label="上限（歳）"
              values={values}
              errors={errors}
              inputmode="numeric"
              validate={`${base(project)}/validate`}
            />
          </div>
        </fieldset>
        <div class="row">
          <Field name="contactName" label="担当者" values={values} errors={errors} autocomplete="off" />
          <Field
            name="contactEmail"
            label="担当者のメールアドレス"
            type="email"
            values={values}
            errors={errors}
            inputmode="email"
            autocomplete="off"
            validate={`${base(project)}/validate`}
          />
        </div>
        <Field
          name="key"
          label="キー"
          values={values}
          errors={errors}
          hint={
            agency
              ? 'データの書き出し・取り込みで機関を見分ける記号です。書き出したデータと対応させているときは変えないでください。'
              : '空欄なら a1, a2 … と自動で付けます。他のファイルと対応させたいときだけ入力してください（半角英数字）。'
          }
        />
        <FormActions
          submit={agency ? '保存する' : '登録してリンクを発行する'}
          cancel={agency ? `${base(project)}/${agency.id}` : base(project)}
        />
      </form>
    </Layout>
  );
}

export function AgencyDetailPage(props: { project: Project; agency: Agency; url: string | null; notice?: string }) {
  const { project, agency, url } = props;
  const here = `${base(project)}/${agency.id}`;
  return (
    <Layout title={agency.name} project={project}>
      <p class="muted">
        <a href={base(project)}>支援機関</a> ＞
      </p>
      <div class="page-head">
        <h1>
          {agency.name} {agency.archivedAt && <span class="badge archived">アーカイブ済み</span>}
        </h1>
        <a class="button" href={`${here}/edit`}>
          編集
        </a>
      </div>
      <DoneNotice message={props.notice} />
      <dl class="meta">
        <dt>種別</dt>
        <dd>{agency.kind}</dd>
        <dt>分野</dt>
        <dd>{fieldLabel(agency.field)}</dd>
        <dt>対象年齢</dt>
        <dd>{formatAgeRange(agency.ageMin, agency.ageMax)}</dd>
        <dt>担当者</dt>
        <dd>{agency.contactName || '未登録'}</dd>
        <dt>メールアドレス</dt>
        <dd>{agency.contactEmail ? <a href={`mailto:${agency.contactEmail}`}>{agency.contactEmail}</a> : '未登録'}</dd>
        <dt>キー</dt>
        <dd>
          <code>{agency.key}</code>
        </dd>
        <dt>登録日時</dt>
        <dd>{formatDateTime(agency.createdAt)}</dd>
      </dl>

      <section class="agency-link" aria-labelledby="link-heading">
        <h2 id="link-heading">専用リンク</h2>
        {agency.archivedAt ? (
          <p>
            アーカイブ中のため、この機関の専用リンクは使えません。アーカイブを解除すると、以前と同じリンクが再び使えます。
          </p>
        ) : url ? (
          <>
            <p class="muted">
              この機関の方はこのリンクから回答します（ログイン不要）。依頼文に印刷されるのと同じURLです。
            </p>
            <div class="copy-row">
              <label for="agency-link" class="visually-hidden">
                専用リンクのURL
              </label>
              <input id="agency-link" type="text" readonly value={url} />
              <button type="button" data-copy="#agency-link">
                コピー
              </button>
            </div>
            <p class="muted small">発行日時：{formatDateTime(agency.tokenIssuedAt)}</p>
            <div class="actions">
              <a class="button primary" href={`${here}/letter`}>
                依頼文を印刷
              </a>
              <a class="button" href={`${here}/link/reissue`}>
                リンクを再発行
              </a>
              <a class="button" href={`${here}/link/revoke`}>
                リンクを停止
              </a>
            </div>
          </>
        ) : (
          <>
            <p>リンクは停止中です。この機関は専用ページを開けません。</p>
            <form method="post" action={`${here}/link/issue`}>
              <CsrfField />
              <button type="submit" class="primary">
                新しいリンクを発行する
              </button>
            </form>
          </>
        )}
      </section>

      <section aria-labelledby="archive-heading">
        <h2 id="archive-heading">{agency.archivedAt ? 'アーカイブの解除' : 'アーカイブ'}</h2>
        {agency.archivedAt ? (
          <form method="post" action={`${here}/unarchive`}>
            <CsrfField />
            <p class="muted">アーカイブ日時：{formatDateTime(agency.archivedAt)}</p>
            <button type="submit">アーカイブを解除する</button>
          </form>
        ) : (
          <form method="post" action={`${here}/archive`}>
            <CsrfField />
            <p class="muted">
              調査の対象から外す機関はアーカイブします。入力済みのデータは消えず、いつでも元に戻せます。アーカイブ中は専用リンクが使えません。
            </p>
            <button type="submit" class="danger">
              アーカイブする
            </button>
          </form>
        )}
      </section>
    </Layout>
  );
}

export function LinkConfirmPage({
  project,
  agency,
  action,
}: {
  project: Project;
  agency: Agency;
  action: 'reissue' | 'revoke';
}) {
  const here = `${base(project)}/${agency.id}`;
  const reissue = action === 'reissue';
  return (
    <Layout title={reissue ? 'リンクの再発行' : 'リンクの停止'} project={project}>
      <section class="narrow">
        <h1>{reissue ? 'リンクを再発行しますか？' : 'リンクを停止しますか？'}</h1>
        <p>
          <strong>{agency.name}</strong>
        </p>
        {reissue ? (
          <ul>
            <li>新しいリンクを発行し、今のリンクは使えなくなります。</li>
            <li>お送りした依頼文のURL・QRコードも使えなくなるため、新しい依頼文を印刷してお送りください。</li>
            <li>
              リンクが他の人に知られた恐れがあるときや、担当者が替わったときに使います。入力済みの回答は消えません。
            </li>
          </ul>
        ) : (
          <ul>
            <li>今のリンクは使えなくなり、この機関は専用ページを開けなくなります。</li>
            <li>あとで新しいリンクを発行できます（そのときは別のURLになります）。入力済みの回答は消えません。</li>
          </ul>
        )}
        <form method="post" action={`${here}/link/${action}`} class="actions">
          <CsrfField />
          <button type="submit" class={reissue ? 'primary' : 'danger'}>
            {reissue ? '再発行する' : '停止する'}
          </button>
          <a href={here}>キャンセル</a>
        </form>
      </section>
    </Layout>
  );
}

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
        <a href={base(project)}>支援機関</a> ＞
      </p>
      <h1>CSVで一括登録</h1>
      <ErrorSummary message={error} />
      <ol>
        <li>
          <a href={`${base(project)}/template.csv`} download>
            テンプレート（CSV）
          </a>
          をダウンロードし、Excelなどで1行に1機関ずつ入力します。
        </li>
        <li>CSV形式で保存してアップロードします（UTF-8・Shift_JISのどちらでも読み込めます）。</li>
        <li>確認画面で全行を確認してから登録します。問題のある行があるときは何も登録されません。</li>
      </ol>
      <form method="post" action={`${base(project)}/import`} enctype="multipart/form-data" class="stack upload-form">
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
        <FormActions submit="読み込んで確認する" cancel={base(project)} />
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
        <a href={base(project)}>支援機関</a> ＞ <a href={`${base(project)}/import`}>CSVで一括登録</a> ＞
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
          <a class="button primary" href={`${base(project)}/import`}>
            CSVを選び直す
          </a>
          <a href={base(project)}>支援機関の一覧へ</a>
        </div>
      ) : (
        <form method="post" action={`${base(project)}/import/confirm`} class="actions">
          <CsrfField />
          <input type="hidden" name="csv" value={preview.normalizedCsv} />
          <button type="submit" class="primary">
            {preview.rows.length}件を登録する
          </button>
          <a href={`${base(project)}/import`}>やめて選び直す</a>
        </form>
      )}
    </Layout>
  );
}
