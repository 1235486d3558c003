import type { AgeCoverage, CoverageRow } from '../../src/resourceMap/coverage.ts';

const cellClass = (n: number) => (n === 0 ? 'cov-cell rm-none' : n === 1 ? 'cov-cell rm-single' : 'cov-cell');

function Row({ row, total }: { row: CoverageRow; total?: boolean }) {
  return (
    <tr class={total ? 'cov-total' : undefined}>
      <th scope="row">{row.label}</th>
      {row.counts.map((n, age) => (
        <td class={cellClass(n)} title={`${row.label} ${age}歳：${n}機関`}>
          {n}
        </td>
      ))}
    </tr>
  );
}

/**
 * 年齢別の対応機関数: fields (rows) against each year of age 0–70. 0 (no agency) and 1 (a single
 * agency) are coloured; the sentences under the table name the ages where the count falls.
 */
export function AgeCoverageTable({ coverage, inPacket = false }: { coverage: AgeCoverage; inPacket?: boolean }) {
  const title = `年齢別の対応機関数（0〜${coverage.ages.at(-1)}歳、1歳ごと）`;
  return (
    <section class="cov">
      {inPacket ? <h3 class="cov-title">{title}</h3> : <h2 class="cov-title">{title}</h2>}
      <div class="table-wrap">
        <table class="cov-table">
          <thead>
            <tr>
              <th scope="col">分野＼年齢</th>
              {coverage.ages.map((age) => (
                <th scope="col" class="cov-age">
                  {age % 5 === 0 ? age : ''}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.fields.map((r) => (
              <Row row={r} />
            ))}
            <Row row={coverage.total} total />
          </tbody>
        </table>
      </div>
      <p class="cov-legend">
        <span class="rm-key rm-none" aria-hidden="true"></span>0＝支援機関なし（空白）
        <span class="rm-key rm-single" aria-hidden="true"></span>1＝1機関のみ（その機関が対応できないと途切れる）
      </p>
      <ul class="cov-sentences">
        {coverage.sentences.map((s) => (
          <li>{s}</li>
        ))}
      </ul>
    </section>
  );
}
