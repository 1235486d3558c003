import type { Child } from 'hono/jsx';
import { CsrfField, ErrorSummary, Field, Notice, Select } from '../components/form.tsx';
import { CheckboxGroup, RadioGroup } from '../cases/controls.tsx';
import { SheetStyles } from '../cases/styles.tsx';
import type { Project } from '../../src/context.ts';
import type {
  HearingComment,
  HearingListItem,
  HearingRecord,
  HearingTheme,
  Passage,
} from '../../src/hearings/queries.ts';
import type { ThemeSummary } from '../../src/hearings/themeSummary.ts';
import { num, tableHead } from '../components/dataTable.ts';
import { FormActions } from '../components/actions.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { markup } from '../markup.ts';
import {
  HEARING_METHODS,
  HEARING_METHOD_LABEL,
  HEARING_SECTIONS,
  HEARING_SECTION_LABEL,
} from '../../src/hearings/labels.ts';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';

type AgencyOption = { id: number; name: string };

export function HearingListPage(p: {
  project: Project;
  hearings: HearingListItem[];
  agencyCount: number;
  heardCount: number;
  notice?: string;
}) {
  const base = `/projects/${p.project.id}/hearings`;
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
          <a class="button" href={`${base}/themes`}>
            テーマ別の集計
          </a>
          <a class="button primary" href={`${base}/new`}>
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
                    <a href={`${base}/${h.id}`}>{h.agencyName}</a>
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

export function HearingFormPage(p: {
  project: Project;
  hearing?: HearingRecord;
  agencies: AgencyOption[];
  values: FormValues;
  errors?: FieldErrors;
}) {
  const base = `/projects/${p.project.id}/hearings`;
  const action = p.hearing ? `${base}/${p.hearing.id}/edit` : base;
  const { values, errors } = p;
  return (
    <Layout title={p.hearing ? 'ヒアリング記録の編集' : 'ヒアリング記録の追加'} project={p.project}>
      <SheetStyles />
      <h1>{p.hearing ? 'ヒアリング記録の編集' : 'ヒアリング記録の追加'}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField />
        <fieldset>
          <legend>実施の概要</legend>
          <div class="row">
            <Select
              name="agencyId"
              label="ヒアリング先の機関"
              required
              options={p.agencies.map((a) => ({ value: String(a.id), label: a.name }))}
              values={values}
              errors={errors}
            />
            <Field name="date" label="実施日" type="date" required values={values} errors={errors} />
          </div>
          <div class="row">
            <RadioGroup
              name="method"
              legend="実施方法"
              options={HEARING_METHODS}
              values={values}
              errors={errors}
              required
              inline
            />
            <Field name="place" label="場所" values={values} errors={errors} hint="例：○○センター 相談室" />
          </div>
          <Field
            name="interviewers"
            label="聞き手"
            multiline
            rows={3}
            values={values}
            errors={errors}
            hint="1行に1人。所属と氏名（例：保健所 地域保健担当 山田）"
          />
          <Field
            name="interviewees"
            label="対応者（職種・役割）"
            values={values}
            errors={errors}
            hint="職種・役割で記入します（例：相談員（社会福祉士）2名）。氏名は機関の了承がある範囲に限ります。"
          />
        </fieldset>
        <fieldset>
          <legend>聞き取った内容</legend>
          <p class="hint">空欄の項目は記録に表示されません。利用者個人が特定される内容は書かないでください。</p>
          {HEARING_SECTIONS.map((s) => (
            <Field
              name={`section_${s.id}`}
              label={s.label}
              hint={s.hint || undefined}
              multiline
              rows={4}
              values={values}
              errors={errors}
            />
          ))}
        </fieldset>
        <FormActions cancel={p.hearing ? `${base}/${p.hearing.id}` : base} />
      </form>
    </Layout>
  );
}

/** Metadata and sections of a record, shared by the staff page and the agency's read-only page. */
export function HearingRecordView({
  hearing,
  agencyName,
  themesBySection,
}: {
  hearing: HearingRecord;
  agencyName: string;
  themesBySection?: Map<string, Child>;
}) {
  const filled = HEARING_SECTIONS.filter((s) => hearing.sections[s.id]);
  return (
    <>
      <dl class="meta">
        <dt>機関</dt>
        <dd>{agencyName}</dd>
        <dt>実施日</dt>
        <dd>{formatDate(hearing.date)}</dd>
        <dt>方法・場所</dt>
        <dd>
          {HEARING_METHOD_LABEL[hearing.method]}
          {hearing.place && `（${hearing.place}）`}
        </dd>
        <dt>聞き手</dt>
        <dd>{hearing.interviewers.join('、') || '—'}</dd>
        <dt>対応者</dt>
        <dd>{hearing.interviewees || '—'}</dd>
      </dl>
      {filled.length === 0 && <p class="empty">聞き取った内容はまだ入力されていません。</p>}
      {filled.map((s) => (
        <section class="sheet-section" id={`section-${s.id}`}>
          <h2>{s.label}</h2>
          <p class="sheet-text">{hearing.sections[s.id]}</p>
          {themesBySection?.get(s.id)}
        </section>
      ))}
    </>
  );
}

function ThemeTags({ ids, themes }: { ids: number[]; themes: Map<number, HearingTheme> }) {
  return (
    <ul class="tags">
      {ids
        .map((id) => themes.get(id))
        .filter(Boolean)
        .map((t) => (
          <li class="tag">{t!.label}</li>
        ))}
    </ul>
  );
}

export function HearingDetailPage(p: {
  project: Project;
  hearing: HearingRecord;
  agencyName: string;
  themes: HearingTheme[];
  passages: Passage[];
  comments: HearingComment[];
  values?: FormValues;
  errors?: FieldErrors;
  deleteError?: string;
  notice?: string;
}) {
  const base = `/projects/${p.project.id}/hearings/${p.hearing.id}`;
  const themeMap = new Map(p.themes.map((t) => [t.id, t]));
  const passageList = (list: Passage[]) => (
    <ul class="passages">
      {list.map((ps) => (
        <li>
          {ps.excerpt ? (
            <blockquote class="passage">{ps.excerpt}</blockquote>
          ) : (
            <span class="passage-meta">{ps.sectionId ? 'この項目全体' : '記録全体'}</span>
          )}
          <ThemeTags ids={ps.themeIds} themes={themeMap} />
          <div class="actions">
            <a href={`/projects/${p.project.id}/issues/new?passage=${ps.id}`}>問題点と課題の表に追加</a>
            <form method="post" action={`${base}/passages/${ps.id}/delete`} class="inline">
              <CsrfField />
              <button type="submit" class="link">
                タグを外す
              </button>
            </form>
          </div>
        </li>
      ))}
    </ul>
  );
  const bySection = new Map<string, Child>();
  for (const s of HEARING_SECTIONS) {
    const list = p.passages.filter((ps) => ps.sectionId === s.id);
    if (list.length) bySection.set(s.id, passageList(list));
  }
  const wholeRecord = p.passages.filter((ps) => ps.sectionId === null);
  const values = p.values ?? {};
  const sectionOptions = [
    { value: '', label: '記録全体' },
    ...HEARING_SECTIONS.filter((s) => p.hearing.sections[s.id]).map((s) => ({ value: s.id, label: s.label })),
  ];
  return (
    <Layout title={`ヒアリング記録：${p.agencyName}`} project={p.project}>
      <SheetStyles />
      <div class="page-head">
        <h1>ヒアリング記録：{p.agencyName}</h1>
        <div class="actions">
          <a class="button" href={`${base}/edit`}>
            編集
          </a>
        </div>
      </div>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <HearingRecordView hearing={p.hearing} agencyName={p.agencyName} themesBySection={bySection} />
      {wholeRecord.length > 0 && (
        <section class="sheet-section">
          <h2>記録全体のテーマ</h2>
          {passageList(wholeRecord)}
        </section>
      )}

      <h2 id="tag">テーマでタグ付けする</h2>
      <p class="hint">
        記録から該当する発言・記述をコピーして貼り付け、テーマを選びます。空欄なら選んだ項目全体（または記録全体）にタグを付けます。
      </p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`${base}/passages`} class="stack" novalidate>
        <CsrfField />
        <Select name="sectionId" label="項目" options={sectionOptions} values={values} errors={p.errors} required />
        <Field name="excerpt" label="抜き出す文章（任意）" multiline rows={3} values={values} errors={p.errors} />
        <CheckboxGroup
          name="themeIds"
          legend="テーマ"
          options={p.themes.map((t) => ({ value: String(t.id), label: t.label }))}
          values={values}
          errors={p.errors}
          required
        />
        <p class="hint">
          テーマの追加は<a href={`/projects/${p.project.id}/hearings/themes#manage`}>テーマ別の集計</a>から行えます。
        </p>
        <div class="actions">
          <button type="submit" class="primary">
            タグを付ける
          </button>
        </div>
      </form>

      <h2>機関との共有</h2>
      <p>
        {p.hearing.sharedAt
          ? `${formatDateTime(p.hearing.sharedAt)} から機関の専用ページで閲覧できます。機関は内容を確認し、修正依頼を送れます（編集はできません）。`
          : 'この記録は機関に共有されていません。共有すると、機関は専用ページで内容を確認し、修正依頼を送れます。'}
      </p>
      <form method="post" action={`${base}/share`} class="inline">
        <CsrfField />
        <input type="hidden" name="shared" value={p.hearing.sharedAt ? '0' : '1'} />
        <button type="submit">{p.hearing.sharedAt ? '共有をやめる' : '機関に共有する'}</button>
      </form>
      <h3>機関からの修正依頼</h3>
      {p.comments.length === 0 ? (
        <p class="muted">まだありません。</p>
      ) : (
        <ul class="comments">
          {p.comments.map((cm) => (
            <li>
              <span class="muted">{formatDateTime(cm.createdAt)}</span>{' '}
              {cm.resolvedAt ? <span class="badge">対応済み</span> : <span class="badge draft">未対応</span>}
              <p class="sheet-text">{cm.body}</p>
              {!cm.resolvedAt && (
                <form method="post" action={`${base}/comments/${cm.id}/resolve`} class="inline">
                  <CsrfField />
                  <button type="submit">対応済みにする</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}

      <h2>記録の削除</h2>
      <form method="post" action={`${base}/delete`} class="inline">
        <CsrfField />
        <label>
          <input
            type="checkbox"
            name="confirm"
            value="1"
            required
            aria-describedby={p.deleteError ? 'delete-error' : undefined}
          />{' '}
          タグ付けや修正依頼も含めて削除することを確認しました
        </label>{' '}
        <button type="submit" class="danger">
          削除する
        </button>
        {p.deleteError && (
          <p class="error" id="delete-error" role="alert">
            {p.deleteError}
          </p>
        )}
      </form>
    </Layout>
  );
}

export function ThemeSummaryPage(p: {
  project: Project;
  summary: ThemeSummary;
  values?: FormValues;
  errors?: FieldErrors;
  notice?: string;
}) {
  const { summary } = p;
  const pid = p.project.id;
  return (
    <Layout title="ヒアリング：テーマ別の集計" project={p.project}>
      <SheetStyles />
      <h1>ヒアリング：テーマ別の集計</h1>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <p class="hint">数字は、各機関の記録でそのテーマが付いた発言・記述の数です。</p>
      {summary.agencies.length === 0 ? (
        <p class="empty">まだヒアリング記録がありません。</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="muted">テーマ × 機関</caption>
            {markup(tableHead(['テーマ', ...summary.agencies.map((a) => num(a.name)), num('機関数'), num('計')]))}
            <tbody>
              {summary.rows.map((r) => (
                <tr>
                  <th scope="row">
                    <a href={`#theme-${r.theme.id}`}>{r.theme.label}</a>
                  </th>
                  {r.byAgency.map((n) => (
                    <td class="num">{n || ''}</td>
                  ))}
                  <td class="num">{r.agencies}</td>
                  <td class="num">{r.passages}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>テーマ別の発言・記述</h2>
      {summary.groups.map((g) => (
        <section class="sheet-section" id={`theme-${g.theme.id}`}>
          <div class="page-head">
            <h3>
              {g.theme.label}（{g.passages.length}件）
            </h3>
            <a href={`/projects/${pid}/issues/new?theme=${g.theme.id}`}>問題点と課題の表に追加</a>
          </div>
          {g.passages.length === 0 ? (
            <p class="muted">このテーマのタグはまだありません。</p>
          ) : (
            <ul>
              {g.passages.map((ps) => (
                <li>
                  <span class="passage-meta">
                    <a href={`/projects/${pid}/hearings/${ps.hearingId}`}>{ps.agency.name}</a>
                    {ps.sectionId ? `・${HEARING_SECTION_LABEL[ps.sectionId] ?? ''}` : '・記録全体'}
                  </span>
                  {ps.text && <blockquote class="passage">{ps.text}</blockquote>}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <h2 id="manage">テーマの管理</h2>
      <ul class="tags">
        {summary.rows.map((r) => (
          <li class="tag">
            {r.theme.label}
            <form method="post" action={`/projects/${pid}/hearings/themes/${r.theme.id}/delete`} class="inline">
              <CsrfField />
              <button type="submit" class="link" aria-label={`テーマ「${r.theme.label}」を削除（タグも外れます）`}>
                ×
              </button>
            </form>
          </li>
        ))}
      </ul>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`/projects/${pid}/hearings/themes`} class="stack" novalidate>
        <CsrfField />
        <Field
          name="label"
          label="新しいテーマ"
          values={p.values}
          errors={p.errors}
          hint="例：ひきこもりの定義・捉え方"
        />
        <button type="submit">追加する</button>
      </form>
    </Layout>
  );
}

// ---- agency pages (/a/:token/hearings) ----

export function AgencyHearingListPage(p: { token: string; agencyName: string; hearings: HearingRecord[] }) {
  return (
    <Layout title="ヒアリング記録の確認" bare>
      <p>
        <a href={`/a/${p.token}`}>← {p.agencyName} 様のページへ戻る</a>
      </p>
      <h1>ヒアリング記録の確認</h1>
      <p>
        保健所がまとめたヒアリングの記録です。内容に誤りや追記があれば、各記録のページから修正依頼をお送りください。
      </p>
      {p.hearings.length === 0 ? (
        <p class="empty">共有された記録はまだありません。</p>
      ) : (
        <ul>
          {p.hearings.map((h) => (
            <li>
              <a href={`/a/${p.token}/hearings/${h.id}`}>{formatDate(h.date)} のヒアリング</a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function AgencyHearingPage(p: {
  token: string;
  agencyName: string;
  hearing: HearingRecord;
  comments: HearingComment[];
  values?: FormValues;
  errors?: FieldErrors;
  sent?: boolean;
}) {
  return (
    <Layout title="ヒアリング記録の確認" bare>
      <SheetStyles />
      <p>
        <a href={`/a/${p.token}/hearings`}>← ヒアリング記録の一覧へ</a>
      </p>
      <h1>ヒアリング記録（{formatDate(p.hearing.date)}）</h1>
      {p.sent && <Notice kind="success">修正依頼を送信しました。保健所の担当者が確認します。</Notice>}
      <HearingRecordView hearing={p.hearing} agencyName={p.agencyName} />
      <h2>修正依頼・コメント</h2>
      <p class="hint">記録はこのページでは変更されません。修正してほしい箇所と内容を書いてお送りください。</p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`/a/${p.token}/hearings/${p.hearing.id}/comments`} class="stack" novalidate>
        <CsrfField />
        <Field name="body" label="修正依頼・コメント" multiline rows={4} required values={p.values} errors={p.errors} />
        <button type="submit" class="primary">
          送信する
        </button>
      </form>
      {p.comments.length > 0 && (
        <>
          <h3>送信済みの修正依頼</h3>
          <ul>
            {p.comments.map((cm) => (
              <li>
                <span class="muted">{formatDateTime(cm.createdAt)}</span>{' '}
                {cm.resolvedAt ? <span class="badge">対応済み</span> : <span class="badge draft">確認待ち</span>}
                <p class="sheet-text">{cm.body}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
