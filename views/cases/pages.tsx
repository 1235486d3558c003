import type { Child } from 'hono/jsx';
import { CsrfField, ErrorSummary, Notice, Select } from '../components/form.tsx';
import { SheetStyles } from './styles.tsx';
import { CaseForm, CaseView, type CaseFormProps } from './sheet.tsx';
import type { Project } from '../../src/context.ts';
import type { CaseListItem, CaseSheet } from '../../src/cases/queries.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { CASE_AGE_BAND_LABEL, CLASSIFICATION_LABEL, CONSENT_LABEL, type FactorDef } from '../../src/cases/labels.ts';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';

type AgencyOption = { id: number; name: string };
type MeetingOption = { id: number; title: string; date: string };

const StatusBadge = ({ status }: { status: CaseSheet['status'] }) =>
  status === 'submitted' ? <span class="badge submitted">提出済み</span> : <span class="badge draft">下書き</span>;

export function CaseListPage(p: {
  project: Project;
  cases: CaseListItem[];
  counts: { submitted: number; drafts: number; good: number; difficult: number };
  closesOn: string | null;
  notice?: string;
}) {
  const base = `/projects/${p.project.id}/cases`;
  return (
    <Layout title="支援事例" project={p.project}>
      <SheetStyles />
      <div class="page-head">
        <div>
          <h1>支援事例</h1>
          <p class="muted">
            提出 {p.counts.submitted}件（好事例 {p.counts.good}・困難事例 {p.counts.difficult}）・下書き{' '}
            {p.counts.drafts}件{p.closesOn && `・機関からの提出締切 ${formatDate(p.closesOn)}`}
          </p>
        </div>
        <div class="actions">
          <a class="button" href={`${base}/factors`}>
            好事例と困難事例の比較
          </a>
          <a class="button primary" href={`${base}/new`}>
            機関に代わって入力
          </a>
        </div>
      </div>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      {p.cases.length === 0 ? (
        <p class="empty">まだ事例がありません。各機関は専用ページから事例シートを提出できます。</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>番号</th>
                <th>機関</th>
                <th>区分</th>
                <th>年齢帯</th>
                <th>同意</th>
                <th>状態</th>
                <th>保存・提出</th>
              </tr>
            </thead>
            <tbody>
              {p.cases.map((c) => (
                <tr>
                  <td>
                    <a href={`${base}/${c.id}`}>{c.key}</a>
                  </td>
                  <td>{c.agencyName}</td>
                  <td>{c.classification ? CLASSIFICATION_LABEL[c.classification] : '—'}</td>
                  <td>{c.ageBand ? CASE_AGE_BAND_LABEL[c.ageBand] : '—'}</td>
                  <td>{c.consent ? CONSENT_LABEL[c.consent] : '—'}</td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                  <td>{formatDateTime(c.submittedAt ?? c.savedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}

export function CaseNewPage(p: {
  project: Project;
  agencies: AgencyOption[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  return (
    <Layout title="事例シートの代理入力" project={p.project}>
      <h1>事例シートの代理入力</h1>
      <p>メールや紙で受け取った事例を、提出した機関に代わって入力します。</p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`/projects/${p.project.id}/cases/new`} class="stack" novalidate>
        <CsrfField />
        <Select
          name="agencyId"
          label="事例を提供した機関"
          required
          options={p.agencies.map((a) => ({ value: String(a.id), label: a.name }))}
          values={p.values}
          errors={p.errors}
        />
        <button type="submit" class="primary">
          入力を始める
        </button>
      </form>
    </Layout>
  );
}

export function CaseEditPage(p: {
  project: Project;
  sheet: CaseListItem;
  notice?: string;
  form: Omit<CaseFormProps, 'sheet'>;
}) {
  return (
    <Layout title={`事例 ${p.sheet.key} の編集`} project={p.project}>
      <SheetStyles />
      <p>
        <a href={`/projects/${p.project.id}/cases/${p.sheet.id}`}>← 事例 {p.sheet.key} へ</a>
      </p>
      <h1>
        事例 {p.sheet.key}（{p.sheet.agencyName}） <StatusBadge status={p.sheet.status} />
      </h1>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <CaseForm {...p.form} sheet={p.sheet} />
    </Layout>
  );
}

export function CaseDetailPage(p: {
  project: Project;
  sheet: CaseListItem;
  factors: FactorDef[];
  agencyNames: Map<number, string>;
  meetings: MeetingOption[];
  candidateIds: number[];
  notice?: string;
}) {
  const base = `/projects/${p.project.id}/cases/${p.sheet.id}`;
  return (
    <Layout title={`事例 ${p.sheet.key}`} project={p.project}>
      <SheetStyles />
      <div class="page-head">
        <h1>
          事例 {p.sheet.key}（{p.sheet.agencyName}） <StatusBadge status={p.sheet.status} />
        </h1>
        <div class="actions">
          <a class="button" href={`${base}/edit`}>
            編集
          </a>
          <a class="button" href={`/projects/${p.project.id}/issues/new?case=${p.sheet.id}`}>
            問題点と課題の表に追加
          </a>
        </div>
      </div>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <p class="muted">
        最終保存 {formatDateTime(p.sheet.savedAt)}
        {p.sheet.submittedAt && `・提出 ${formatDateTime(p.sheet.submittedAt)}`}
      </p>
      <CaseView sheet={p.sheet} factors={p.factors} agencyNames={p.agencyNames} />
      <h2>事例検討の候補</h2>
      <p class="hint">
        ネットワーク会議の事例検討で取り上げる候補にします。提出済みの事例だけが会議の画面に表示されます。
      </p>
      {p.meetings.length === 0 ? (
        <p class="muted">会議が登録されていません。</p>
      ) : (
        <ul>
          {p.meetings.map((m) => {
            const on = p.candidateIds.includes(m.id);
            return (
              <li>
                {m.title}（{formatDate(m.date)}）{on && <span class="badge submitted">候補</span>}{' '}
                <form method="post" action={`${base}/candidates`} class="inline">
                  <CsrfField />
                  <input type="hidden" name="meetingId" value={String(m.id)} />
                  <input type="hidden" name="on" value={on ? '0' : '1'} />
                  <button type="submit">{on ? '候補から外す' : '候補にする'}</button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
      <h2>事例の削除</h2>
      <form method="post" action={`${base}/delete`} class="inline">
        <CsrfField />
        <label>
          <input type="checkbox" name="confirm" value="1" required /> この事例シートを削除することを確認しました
        </label>{' '}
        <button type="submit" class="danger">
          削除する
        </button>
      </form>
    </Layout>
  );
}

// ---- agency pages (/a/:token/cases) ----

export function AgencyCaseListPage(p: {
  token: string;
  agencyName: string;
  cases: CaseSheet[];
  closesOn: string | null;
  open: boolean;
  notice?: string;
}) {
  const base = `/a/${p.token}/cases`;
  return (
    <Layout title="事例シートの提出" bare>
      <SheetStyles />
      <p>
        <a href={`/a/${p.token}`}>← {p.agencyName} 様のページへ戻る</a>
      </p>
      <h1>事例シートの提出</h1>
      <p>
        支援がうまくいった事例（好事例）と難しかった事例（困難事例）をお寄せください。ネットワーク会議の事例検討と、連携上の課題の整理に使います。氏名・住所・生年月日など、個人を特定できる情報は書かないでください。
      </p>
      {p.closesOn && <p>提出締切：{formatDate(p.closesOn)}</p>}
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      {p.open ? (
        <form method="post" action={`${base}/new`}>
          <CsrfField />
          <button type="submit" class="primary">
            新しい事例を書く
          </button>
        </form>
      ) : (
        <Notice kind="warn">事例の受付期間外です。追加・修正が必要な場合は保健所の担当者にご連絡ください。</Notice>
      )}
      <h2>貴機関の事例</h2>
      {p.cases.length === 0 ? (
        <p class="empty">まだ事例はありません。</p>
      ) : (
        <ul>
          {p.cases.map((c) => (
            <li>
              <a href={`${base}/${c.id}`}>
                事例 {c.key}
                {c.classification && `（${CLASSIFICATION_LABEL[c.classification]}）`}
              </a>{' '}
              <StatusBadge status={c.status} /> <span class="muted">{formatDateTime(c.submittedAt ?? c.savedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** Page frame of one agency case sheet (edit or read-only): back link and the sheet's title. */
function AgencyCaseFrame({ token, sheet, children }: { token: string; sheet: CaseSheet; children: Child }) {
  return (
    <Layout title={`事例 ${sheet.key}`} bare>
      <SheetStyles />
      <p>
        <a href={`/a/${token}/cases`}>← 事例の一覧へ</a>
      </p>
      <h1>
        事例シート {sheet.key} <StatusBadge status={sheet.status} />
      </h1>
      {children}
    </Layout>
  );
}

export function AgencyCaseEditPage(p: {
  token: string;
  sheet: CaseSheet;
  closesOn: string | null;
  notice?: string;
  form: Omit<CaseFormProps, 'sheet'>;
}) {
  return (
    <AgencyCaseFrame token={p.token} sheet={p.sheet}>
      {p.closesOn && (
        <p class="muted">
          提出締切：{formatDate(p.closesOn)}
          。入力内容は自動的に下書き保存されます（JavaScriptが無効な場合は「下書き保存」を押してください）。
        </p>
      )}
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <CaseForm {...p.form} sheet={p.sheet} />
      {p.sheet.status === 'draft' && (
        <form method="post" action={`/a/${p.token}/cases/${p.sheet.id}/delete`} class="stack">
          <CsrfField />
          <button type="submit" class="danger">
            この下書きを削除する
          </button>
        </form>
      )}
    </AgencyCaseFrame>
  );
}

export function AgencyCaseViewPage(p: {
  token: string;
  sheet: CaseSheet;
  factors: FactorDef[];
  agencyNames: Map<number, string>;
  canReopen: boolean;
  notice?: string;
}) {
  return (
    <AgencyCaseFrame token={p.token} sheet={p.sheet}>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <CaseView sheet={p.sheet} factors={p.factors} agencyNames={p.agencyNames} />
      {p.canReopen && (
        <form method="post" action={`/a/${p.token}/cases/${p.sheet.id}/reopen`}>
          <CsrfField />
          <p class="hint">修正する場合は下書きに戻し、修正後にもう一度提出してください。</p>
          <button type="submit">修正する（下書きに戻す）</button>
        </form>
      )}
    </AgencyCaseFrame>
  );
}
