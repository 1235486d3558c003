import type { Project } from '../../src/context.ts';
import { dataTable } from '../components/dataTable.ts';
import type { QuestionnaireWindow } from '../../src/questionnaire/window.ts';
import { QuestionnaireShell } from './questionnaireShell.tsx';
import { choiceTable, shareBars } from './tables.ts';
import { AgeBandResults, ContactsResults } from './ageBandResults.tsx';
import { YearComparison } from './yearComparison.tsx';
import type { YearComparisonView } from '../../src/yearLoop/comparison.ts';
import { flat, markup } from '../markup.ts';
import { QuestionSummaries, SummaryIndex } from './questionSummary.tsx';
import { HBarChart } from '../charts/hBarChart.tsx';
import type { QuestionnaireResults } from '../../src/questionnaire/resultsViewModel.ts';

// The per-agency rows (200 agencies in a large city) are built as strings: see src/lib/markup.ts.

export function ResultsPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  /** From resultsBodyHtml(). */
  body: string;
  /** A next-year project: both years' age-band figures. */
  comparison?: YearComparisonView | null;
}) {
  return (
    <QuestionnaireShell project={props.project} tab="results" title="集計結果" window={props.window}>
      {props.comparison && <YearComparison v={props.comparison} />}
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
          <AgeBandResults r={r} />
          <ContactsResults r={r} />

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
