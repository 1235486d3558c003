// 好事例と困難事例の比較: the chart and table of the factor counts and shares (該当 ÷ (該当 + 非該当), 不明
// shown apart), the order toggle, and the form that adds a project factor.
import { PrintButton } from '../components/printButton.tsx';
import { CsrfField, ErrorSummary, Field, Notice, Select } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { FactorComparisonRow, ShareCell } from '../../src/cases/factorComparison.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { Layout } from '../layout/layout.tsx';
import { DivergingBars } from '../charts/divergingBars.tsx';
import { SheetStyles } from './sheetStyles.tsx';
import { FactorCountsHead } from './factorCountsHead.tsx';
import { FACTOR_GROUPS, FACTOR_GROUP_LABEL } from '../../src/lib/labels/cases.ts';
import { casesPath, factorComparisonPath } from '../../src/lib/paths/cases.ts';

const pct = (s: ShareCell) => (s.share === null ? '—' : `${(s.share * 100).toFixed(1)}%`);

/** 該当 / 非該当 / 不明 of one class, as counted (the share's base is 該当 + 非該当). */
const Counts = ({ c }: { c: ShareCell }) => (
  <>
    <td class="num">{c.yes}</td>
    <td class="num">{c.no}</td>
    <td class="num">{c.unknown}</td>
    <td class="num">{pct(c)}</td>
  </>
);

/** 項目順 (default) or 差の大きい順: the user's choice of row order. */
function SortToggle({ projectId, sorted }: { projectId: number; sorted: boolean }) {
  return (
    <p class="sort-toggle">
      並び順：
      {sorted ? <a href={factorComparisonPath(projectId)}>要因の項目順</a> : <strong>要因の項目順</strong>}
      {' ／ '}
      {sorted ? (
        <strong>差の大きい順</strong>
      ) : (
        <a href={factorComparisonPath(projectId, 'difference')}>差の大きい順（好事例に多い要因が上）</a>
      )}
    </p>
  );
}

/** Table and chart of the factor comparison, in the order the page was asked for. */
function FactorComparison({ rows, notes }: { rows: FactorComparisonRow[]; notes: string[] }) {
  const good = rows[0]?.good.total ?? 0;
  const difficult = rows[0]?.difficult.total ?? 0;
  return (
    <>
      {notes.map((n) => (
        <Notice kind="warn">{n}</Notice>
      ))}
      <DivergingBars
        id="case-factors"
        title="要因ごとの該当割合：好事例と困難事例"
        description={`提出済みの好事例${good}件・困難事例${difficult}件について、各要因の「該当」÷（「該当」＋「非該当」）。「不明」と未回答は割合の母数に含めない。`}
        leftLabel={`困難事例（${difficult}件）`}
        rightLabel={`好事例（${good}件）`}
        rows={rows.map((r) => ({ label: r.label, left: r.difficult.share, right: r.good.share }))}
      />
      <div class="table-wrap">
        <table class="factor-table">
          <FactorCountsHead good={good} difficult={difficult} difference />
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row">{r.label}</th>
                <td>{FACTOR_GROUP_LABEL[r.group]}</td>
                <Counts c={r.good} />
                <Counts c={r.difficult} />
                <td class={`num ${r.difference > 0 ? 'diff-pos' : r.difference < 0 ? 'diff-neg' : ''}`}>
                  {r.difference > 0 ? '+' : ''}
                  {(r.difference * 100).toFixed(1)}pt
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">
        割合 ＝ 該当 ÷（該当 ＋
        非該当）。「不明」と未回答は「不明」に数え、割合の母数に含めません（該当・非該当がどちらも0件の要因は「—」）。差は好事例の割合から困難事例の割合を引いた値です（割合のない側は0として計算）。
      </p>
    </>
  );
}

export function FactorComparisonPage(p: {
  project: Project;
  /** In the fixed factor order, or by difference (most typical of good cases first) when sortedByDifference. */
  rows: FactorComparisonRow[];
  sortedByDifference: boolean;
  /** Small-number notes for a class under 5 cases (smallClassNotes). */
  notes: string[];
  counts: { submitted: number; good: number; difficult: number };
  values?: FormValues;
  errors?: FieldErrors;
  notice?: string;
}) {
  const pid = p.project.id;
  return (
    <Layout title="好事例と困難事例の比較" project={p.project}>
      <SheetStyles />
      <p>
        <a href={casesPath(pid)}>← 支援事例の一覧へ</a>
      </p>
      <h1>好事例と困難事例の比較</h1>
      <PrintButton />
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      {p.counts.submitted === 0 ? (
        <p class="empty">提出済みの事例がまだありません。事例が提出されると、ここに比較が表示されます。</p>
      ) : (
        <>
          <SortToggle projectId={pid} sorted={p.sortedByDifference} />
          <FactorComparison rows={p.rows} notes={p.notes} />
        </>
      )}
      <h2 id="manage">要因の追加</h2>
      <p class="hint">
        国の調査項目にない、この地域で確かめたい要因を追加できます（例：医療につながっている）。追加した要因は、これから入力する事例シートに表示されます。
      </p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={factorComparisonPath(pid)} class="stack" novalidate>
        <CsrfField />
        <div class="row">
          <Field name="label" label="要因の名前" values={p.values} errors={p.errors} required />
          <Select name="group" label="分類" options={FACTOR_GROUPS} values={p.values} errors={p.errors} required />
        </div>
        <button type="submit">追加する</button>
      </form>
    </Layout>
  );
}
