import type { Project } from '../../src/context.ts';
import { dataTable, num, tableHead } from '../components/dataTable.ts';
import type { QuestionnaireWindow } from '../../src/questionnaire/window.ts';
import { QuestionnaireShell } from './questionnaireShell.tsx';
import {
  ageBandCategories,
  ageBandTotalsText,
  choiceTable,
  CONTACT_GROUP_LABELS,
  contactsByGroupTable,
  contactsPerAgencyTable,
  perCaseText,
  shareBars,
} from './tables.ts';
import { each, esc, flat, markup } from '../markup.ts';
import { QuestionSummaries, SummaryIndex } from './questionSummary.tsx';
import { AGE_BANDS, AGE_BAND_LABEL } from '../../src/questionnaire/labels.ts';
import { HBarChart } from '../charts/hBarChart.tsx';
import { StackedBarChart } from '../charts/stackedBarChart.tsx';
import type { QuestionnaireResults } from '../../src/questionnaire/resultsViewModel.ts';

// The per-agency rows (200 agencies in a large city) are built as strings: see src/lib/markup.ts.

export function ResultsPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  /** From resultsBodyHtml(). */
  body: string;
}) {
  return (
    <QuestionnaireShell project={props.project} tab="results" title="集計結果" window={props.window}>
      {markup(props.body)}
    </QuestionnaireShell>
  );
}

/**
 * Everything under the tabs as HTML. It depends on the results alone (no user, no form), so the
 * route can keep it until the data changes: for 200 agencies it is most of the page's work.
 */
export function resultsBodyHtml(results: QuestionnaireResults): string {
  return flat(String(<ResultsBody r={results} />));
}

function ResultsBody({ r }: { r: QuestionnaireResults }) {
  const drop = new Set<string>(r.dropOffBands);
  const byKey = new Map(r.bandsByAgency.map((b) => [b.agency.key, b.agency]));
  const youthKeys = new Set(r.contactsByAgeGroup.youth.rows.map((x) => x.agency));
  return (
    <>
      <p>
        提出済みの回答 <strong>{r.respondents}</strong> 機関（登録 {r.totalAgencies}{' '}
        機関）を集計しています。下書きは含みません。割合は各設問の回答機関数を母数とし、小数第1位まで表示します。
      </p>
      <p class="actions no-print">
        <button type="button" data-print>
          印刷
        </button>
      </p>
      {r.respondents > 0 && <SummaryIndex sections={r.summaries} respondents={r.respondents} crossTabs={r.crossTabs} />}
      {r.respondents === 0 ? (
        <p class="empty">まだ提出された回答がありません。機関が回答を提出すると、ここに集計結果が表示されます。</p>
      ) : (
        <>
          <section class="result-block">
            <h2>年齢帯別の支援件数（実人数）と支援機関数</h2>
            {r.dropOffBands.length > 0 && (
              <p>
                前後の年齢帯より支援件数が少ない（落ち込んでいる）年齢帯：
                <strong class="flag">{r.dropOffBands.map((b) => AGE_BAND_LABEL[b]).join('、')}</strong>
                。機関の移行時に支援の狭間に落ちている可能性があります。
              </p>
            )}
            <figure>
              <StackedBarChart
                id="chart-age-bands"
                title="年齢帯別の支援件数と支援機関（機関別の積み上げ）"
                description={`年齢帯ごとの実人数の合計：${ageBandTotalsText(r.ageBands)}。`}
                categories={ageBandCategories(r.ageBands, drop)}
                series={r.bandsByAgency.map((b) => ({ label: b.agency.name, values: b.values }))}
                unit="人"
                flagLabel="落ち込み"
              />
              <figcaption class="muted">
                棒の上の数字は実人数の合計、年齢帯の下は支援している機関の数。▼は前後の年齢帯より少ない年齢帯。
              </figcaption>
            </figure>
            <div class="table-wrap">
              <table>
                <caption>年齢帯別の実人数（機関別）</caption>
                {markup(
                  tableHead([
                    '機関',
                    ...AGE_BANDS.map((b) =>
                      drop.has(b.key) ? { label: `${b.label}▼`, class: 'num flag' } : num(b.label),
                    ),
                    num('合計'),
                  ]),
                )}
                <tbody>
                  {markup(
                    each(
                      r.bandsByAgency,
                      (b) =>
                        `<tr><th scope="row">${esc(b.agency.name)}</th>${each(b.values, (v) => `<td class="num">${v}</td>`)}<td class="num">${b.values.reduce((s, v) => s + v, 0)}</td></tr>`,
                    ),
                  )}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">合計（実人数）</th>
                    {r.ageBands.map((t) => (
                      <td class="num">
                        <strong>{t.cases}</strong>
                      </td>
                    ))}
                    <td class="num">
                      <strong>{r.ageBands.reduce((s, t) => s + t.cases, 0)}</strong>
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">支援している機関数</th>
                    {r.ageBands.map((t) => (
                      <td class="num">{t.agencies}</td>
                    ))}
                    <td></td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>

          <section class="result-block">
            <h2>1人あたりの対応回数（延べ対応回数 ÷ 実人数）</h2>
            <div class="table-wrap">
              {markup(dataTable(contactsByGroupTable([r.contactsByAgeGroup.youth, r.contactsByAgeGroup.others], true)))}
            </div>
            <figure>
              <HBarChart
                id="chart-contacts"
                title="機関別の1人あたり対応回数"
                legend={[...CONTACT_GROUP_LABELS]}
                rows={r.contactsPerCase.map((x) => ({
                  label: byKey.get(x.agency)?.name ?? x.agency,
                  value: x.perCase ?? 0,
                  valueLabel: `${perCaseText(x.perCase)}回`,
                  series: youthKeys.has(x.agency) ? 0 : 1,
                }))}
              />
            </figure>
            <div class="table-wrap">
              {markup(
                dataTable(
                  contactsPerAgencyTable(
                    '機関別',
                    r.contactsPerCase,
                    (key) => byKey.get(key)?.name ?? key,
                    (key) => r.ageRanges[key],
                  ),
                ),
              )}
            </div>
          </section>

          <section class="result-block">
            <h2>従事者の資格</h2>
            <p>
              ひきこもり支援に <strong>{r.professions.distinct}</strong> 種類の資格を持つ職員が関わっています（回答{' '}
              {r.professions.base} 機関）。
            </p>
            <figure>
              <HBarChart
                id="chart-professions"
                title="資格ごとの機関の割合（%）"
                max={100}
                rows={shareBars(r.professions)}
              />
            </figure>
            <div class="table-wrap">{markup(dataTable(choiceTable('資格', r.professions, 'heading')))}</div>
          </section>

          <section class="result-block">
            <h2>支援の内容</h2>
            <figure>
              <HBarChart
                id="chart-support"
                title="支援内容ごとの機関の割合（%）"
                max={100}
                rows={shareBars(r.supportContent)}
              />
            </figure>
            <div class="table-wrap">{markup(dataTable(choiceTable('支援内容', r.supportContent, 'heading')))}</div>
          </section>

          <QuestionSummaries sections={r.summaries} respondents={r.respondents} crossTabs={r.crossTabs} />
        </>
      )}
    </>
  );
}
