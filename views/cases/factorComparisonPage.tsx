// 好事例と困難事例の比較: the chart and table of the factor shares, and the form that adds a project factor.
import { CsrfField, ErrorSummary, Field, Notice, Select } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { FactorComparisonRow, ShareCell } from '../../src/cases/factorComparison.ts';
import { casesPath, factorComparisonPath } from '../../src/cases/paths.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { FACTOR_GROUPS, FACTOR_GROUP_LABEL } from '../../src/cases/labels.ts';
import { Layout } from '../layout/layout.tsx';
import { DivergingBars } from '../charts/divergingBars.tsx';
import { SheetStyles } from './sheetStyles.tsx';

const pct = (s: ShareCell) => (s.share === null ? '—' : `${(s.share * 100).toFixed(1)}%`);

/** Table and chart of the factor comparison; rows come most typical of good cases first. */
function FactorComparison({ rows }: { rows: FactorComparisonRow[] }) {
  const good = rows[0]?.good.total ?? 0;
  const difficult = rows[0]?.difficult.total ?? 0;
  return (
    <>
      <DivergingBars
        id="case-factors"
        title="要因ごとの該当割合：好事例と困難事例"
        description={`提出済みの好事例${good}件・困難事例${difficult}件のうち、各要因に「該当」とされた割合。好事例に多い要因ほど上。`}
        leftLabel={`困難事例（${difficult}件）`}
        rightLabel={`好事例（${good}件）`}
        rows={rows.map((r) => ({ label: r.label, left: r.difficult.share, right: r.good.share }))}
      />
      <div class="table-wrap">
        <table class="factor-table">
          <thead>
            <tr>
              <th scope="col">要因</th>
              <th scope="col">分類</th>
              <th scope="col">好事例 該当</th>
              <th scope="col">割合</th>
              <th scope="col">困難事例 該当</th>
              <th scope="col">割合</th>
              <th scope="col">差</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <th scope="row">{r.label}</th>
                <td>{FACTOR_GROUP_LABEL[r.group]}</td>
                <td class="num">
                  {r.good.yes} / {r.good.total}
                </td>
                <td class="num">{pct(r.good)}</td>
                <td class="num">
                  {r.difficult.yes} / {r.difficult.total}
                </td>
                <td class="num">{pct(r.difficult)}</td>
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
        母数は提出済みの事例数です。「不明」と未回答は「該当」に数えません。差は好事例の割合から困難事例の割合を引いた値です。
      </p>
    </>
  );
}

export function FactorComparisonPage(p: {
  project: Project;
  /** Sorted by difference (sortByDifference), most typical of good cases first. */
  rows: FactorComparisonRow[];
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
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      {p.counts.submitted === 0 ? (
        <p class="empty">提出済みの事例がまだありません。事例が提出されると、ここに比較が表示されます。</p>
      ) : (
        <FactorComparison rows={p.rows} />
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
