// Year-over-year for a next-year project: the age-band figures of both years as a chart and a
// table, and sentences saying what changed. The results page and the packet's questionnaire
// section print the same figures (YearComparisonFigures) under their own heading.
import { HBarChart } from '../charts/hBarChart.tsx';
import type { YearComparisonView } from '../../src/yearLoop/comparison.ts';
import { AGE_BAND_LABEL, CASELOAD_SUM_LABEL } from '../../src/lib/labels/questionnaire.ts';
import { signed } from '../../src/lib/format.ts';

/** `packet`: the print classes and ids of the packet instead of the results page's. */
export function YearComparisonFigures({ v, packet = false }: { v: YearComparisonView; packet?: boolean }) {
  const { years } = v;
  const table = (
    <table class={packet ? 'p-table' : undefined}>
      <caption>年齢帯別の{CASELOAD_SUM_LABEL}</caption>
      <thead>
        <tr>
          <th scope="col">年齢帯</th>
          <th scope="col" class="num">
            {years[0]}
          </th>
          <th scope="col" class="num">
            {years[1]}
          </th>
          <th scope="col" class="num">
            増減
          </th>
        </tr>
      </thead>
      <tbody>
        {v.bands.map((b) => (
          <tr>
            <th scope="row">{AGE_BAND_LABEL[b.band]}</th>
            <td class="num">{b.before}</td>
            <td class="num">{b.now}</td>
            <td class="num">{signed(b.change)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <>
      {v.sentences.map((s) => (
        <p>{s}</p>
      ))}
      <figure class={packet ? 'p-chart' : undefined}>
        {packet && (
          <figcaption>
            年齢帯別の支援件数：{years[0]}と{years[1]}の比較
          </figcaption>
        )}
        <HBarChart
          id={packet ? 'packet-age-bands-years' : 'chart-age-bands-years'}
          title={`年齢帯別の支援件数（${years[0]}・${years[1]}）`}
          legend={years}
          rows={v.bands.flatMap((b) => [
            { label: `${AGE_BAND_LABEL[b.band]} ${years[0]}`, value: b.before, valueLabel: `${b.before}人`, series: 0 },
            { label: `${AGE_BAND_LABEL[b.band]} ${years[1]}`, value: b.now, valueLabel: `${b.now}人`, series: 1 },
          ])}
        />
      </figure>
      {packet ? table : <div class="table-wrap">{table}</div>}
    </>
  );
}

export function YearComparison({ v }: { v: YearComparisonView }) {
  return (
    <section class="result-block" aria-labelledby="year-comparison">
      <h2 id="year-comparison">前年度との比較（年齢帯別の支援件数）</h2>
      <YearComparisonFigures v={v} />
    </section>
  );
}
