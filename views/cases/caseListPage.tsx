// Staff's list of the project's case sheets, with the counts by classification.
import { Notice } from '../components/form.tsx';
import { Layout } from '../layout/layout.tsx';
import type { Project } from '../../src/context.ts';
import type { CaseListItem } from '../../src/cases/queries.ts';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';
import { SheetStyles } from './sheetStyles.tsx';
import { StatusBadge } from './statusBadge.tsx';
import {
  CASE_AGE_BAND_LABEL,
  CLASSIFICATION_LABEL,
  CLASSIFICATIONS,
  CONSENT_LABEL,
} from '../../src/lib/labels/cases.ts';
import { casePath, casesPath, factorComparisonPath, newCasePath } from '../../src/lib/paths/cases.ts';
import type { CaseBreakdown } from '../../src/cases/caseBreakdown.ts';
import type { ListQuery } from '../../src/http/listQuery.ts';
import { ListControls } from '../components/listControls.tsx';

const STATUSES = [
  { value: 'submitted', label: '提出済み' },
  { value: 'draft', label: '下書き' },
];

/** 「c3　30代男性。母親からの相談で…」: the number and the start of the summary. */
function caseTitle(c: CaseListItem): string {
  const text = (c.summary || c.startText).replace(/\s+/g, ' ').trim();
  return text ? (text.length > 40 ? `${text.slice(0, 40)}…` : text) : '（概要は未記入）';
}

export function CaseListPage(p: {
  project: Project;
  cases: CaseListItem[];
  counts: { submitted: number; drafts: number; good: number; difficult: number };
  closesOn: string | null;
  notice?: string;
  /** Real counts (staff only); packets and exports print them suppressed. */
  breakdown: CaseBreakdown;
  /** Search, sort and filters; `cases` is already the result. */
  list: { query: ListQuery; sorts: { value: string; label: string }[]; total: number };
}) {
  const pid = p.project.id;
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
          <a class="button" href={factorComparisonPath(pid)}>
            好事例と困難事例の比較
          </a>
          <a class="button primary" href={newCasePath(pid)}>
            機関に代わって入力
          </a>
        </div>
      </div>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      {p.list.total > 0 && (
        <ListControls
          action={casesPath(pid)}
          query={p.list.query}
          searchLabel="番号・機関名・記載内容で探す"
          sorts={p.list.sorts}
          filters={[
            { name: 'status', label: '状態', options: STATUSES },
            { name: 'classification', label: '区分', options: CLASSIFICATIONS },
          ]}
          shown={p.cases.length}
          total={p.list.total}
        />
      )}
      {p.cases.length === 0 ? (
        <p class="empty">
          {p.list.total > 0
            ? '条件に合う事例はありません。'
            : 'まだ事例がありません。各機関は専用ページから事例シートを提出できます。'}
        </p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>事例</th>
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
                    <a href={casePath(pid, c.id)}>
                      <strong>{c.key}</strong> {caseTitle(c)}
                    </a>
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
      {p.breakdown.rows.length > 0 && (
        <section aria-labelledby="breakdown">
          <h2 id="breakdown">提供機関・年齢帯・性別ごとの事例数（提出済み）</h2>
          <p class="hint">
            この画面は実数です。会議資料・PDF・Excel では、個人が特定されないよう
            1件・2件のセルを「3未満」と表示します。
          </p>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">提供機関</th>
                  <th scope="col">年齢帯</th>
                  {p.breakdown.columns.map((c) => (
                    <th scope="col" class="num">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {p.breakdown.rows.map((r) => (
                  <tr>
                    <th scope="row">{r.agency}</th>
                    <td>{r.band}</td>
                    {r.counts.map((n) => (
                      <td class="num">{n}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </Layout>
  );
}
