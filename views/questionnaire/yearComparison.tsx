// Year-over-year on the results page of a next-year project: the age-band figures of both years
// as a chart and a table, and sentences saying what changed.
import { HBarChart } from '../charts/hBarChart.tsx';
import type { YearComparisonView } from '../../src/yearLoop/comparison.ts';
import { AGE_BAND_LABEL } from '../../src/lib/labels/questionnaire.ts';
import { reiwa } from '../../src/lib/format.ts';

export function YearComparison({ v }: { v: YearComparisonView }) {
  const years = [`${reiwa(v.previous.fiscalYear)}度`, `${reiwa(v.current.fiscalYear)}度`];
  return (
    <section class="result-block" aria-labelledby="year-comparison">
      <h2 id="year-comparison">前年度との比較（年齢帯別の支援件数）</h2>
      {v.sentences.map((s) => (
        <p>{s}</p>
      ))}
      <figure>
        <HBarChart
          id="chart-age-bands-years"
          title="年齢帯別の支援件数（2年度）"
          legend={years}
          rows={v.current.ageBands.flatMap((b, i) => [
            {
              label: `${AGE_BAND_LABEL[b.band]} ${years[0]}`,
              value: v.previous.ageBands[i]?.cases ?? 0,
              valueLabel: `${v.previous.ageBands[i]?.cases ?? 0}人`,
              series: 0,
            },
            { label: `${AGE_BAND_LABEL[b.band]} ${years[1]}`, value: b.cases, valueLabel: `${b.cases}人`, series: 1 },
          ])}
        />
      </figure>
      <div class="table-wrap">
        <table>
          <caption>年齢帯別の支援件数（各機関の実人数の合計）</caption>
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
            {v.current.ageBands.map((b, i) => {
              const before = v.previous.ageBands[i]?.cases ?? 0;
              return (
                <tr>
                  <th scope="row">{AGE_BAND_LABEL[b.band]}</th>
                  <td class="num">{before}</td>
                  <td class="num">{b.cases}</td>
                  <td class="num">{b.cases - before > 0 ? `+${b.cases - before}` : String(b.cases - before)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
