// The results page's age-band and contacts-per-case blocks: 支援件数 and per-year density per band
// (chart and table), the 年齢不明 row, drop-offs by reading, and 1事例あたりの対応回数 by agency group.
import { dataTable, num, tableHead } from '../components/dataTable.ts';
import {
  ageBandCategories,
  ageBandTable,
  ageBandTotalsText,
  CONTACT_GROUP_LABELS,
  contactsByGroupTable,
  contactsPerAgencyTable,
  contactsSplitText,
  DROP_MARK_CAPTION,
  dropOffSentences,
  PER_CASE_HEADING,
  perCaseText,
  perYearCategories,
  perYearSeries,
} from './tables.ts';
import { each, esc, markup } from '../markup.ts';
import { HBarChart } from '../charts/hBarChart.tsx';
import { StackedBarChart } from '../charts/stackedBarChart.tsx';
import type { QuestionnaireResults } from '../../src/questionnaire/resultsViewModel.ts';
import {
  AGE_BANDS,
  AGE_UNKNOWN_LABEL,
  CASELOAD_SUM_LABEL,
  NOMINAL_WIDTH_NOTE,
} from '../../src/lib/labels/questionnaire.ts';

export function AgeBandResults({ r }: { r: QuestionnaireResults }) {
  const kind = new Map<string, boolean>(r.dropOffs.map((d) => [d.band, d.confirmed]));
  const mark = (band: string) => (kind.has(band) ? (kind.get(band) ? '▼' : '▽') : '');
  return (
    <section class="result-block">
      <h2>年齢帯別の{CASELOAD_SUM_LABEL}と支援機関数</h2>
      {dropOffSentences(r.dropOffs).map((s) => (
        <p class="drop-off">{s}</p>
      ))}
      <figure>
        <StackedBarChart
          id="chart-age-bands"
          title="年齢帯別の支援件数と支援機関（機関別の積み上げ）"
          description={`年齢帯ごとの支援件数：${ageBandTotalsText(r.ageBands, r.ageUnknown)}。`}
          categories={ageBandCategories(r.ageBands, r.dropOffs)}
          series={r.bandsByAgency.map((b) => ({ label: b.agency.name, values: b.values }))}
          unit="人"
        />
        <StackedBarChart
          id="chart-age-bands-per-year"
          title="1歳あたりの支援件数（支援件数 ÷ 年齢帯の幅）"
          description={`年齢帯の幅の違いをならした値：${ageBandTotalsText(r.ageBands, r.ageUnknown)}。`}
          categories={perYearCategories(r.ageBands, r.dropOffs)}
          series={perYearSeries(r.ageBands)}
          unit="人/歳"
          plotHeight={180}
        />
        <figcaption class="muted">
          上の図：棒の上の数字は支援件数（{CASELOAD_SUM_LABEL}
          ）、年齢帯の下は支援している機関の数。下の図：1歳あたりの支援件数、年齢帯の下はその幅。
          {DROP_MARK_CAPTION}
          {AGE_UNKNOWN_LABEL} {r.ageUnknown}人は年齢帯に含めず、下の表に別の行で示します。
        </figcaption>
      </figure>
      <div class="table-wrap">
        {markup(
          dataTable(
            ageBandTable('年齢帯別の支援件数と1歳あたりの人数', r.ageBands, r.dropOffs, r.ageUnknown, r.caseloadTotal),
          ),
        )}
      </div>
      <p class="muted">{NOMINAL_WIDTH_NOTE}</p>
      <div class="table-wrap">
        <table>
          <caption>年齢帯別の実人数（機関別）</caption>
          {markup(
            tableHead([
              '機関',
              ...AGE_BANDS.map((b) =>
                kind.has(b.key) ? { label: `${b.label}${mark(b.key)}`, class: 'num flag' } : num(b.label),
              ),
              num(AGE_UNKNOWN_LABEL),
              num('合計'),
            ]),
          )}
          <tbody>
            {markup(
              each(
                r.bandsByAgency,
                (b) =>
                  `<tr><th scope="row">${esc(b.agency.name)}</th>${each(b.values, (v) => `<td class="num">${v}</td>`)}<td class="num">${b.unknown}</td><td class="num">${b.values.reduce((s, v) => s + v, b.unknown)}</td></tr>`,
              ),
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{CASELOAD_SUM_LABEL}</th>
              {r.ageBands.map((t) => (
                <td class="num">
                  <strong>{t.cases}</strong>
                </td>
              ))}
              <td class="num">
                <strong>{r.ageUnknown}</strong>
              </td>
              <td class="num">
                <strong>{r.caseloadTotal}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

export function ContactsResults({ r }: { r: QuestionnaireResults }) {
  const byKey = new Map(r.bandsByAgency.map((b) => [b.agency.key, b.agency]));
  const name = (key: string) => byKey.get(key)?.name ?? key;
  const youthKeys = new Set(r.contactsByAgeGroup.youth.rows.map((x) => x.agency));
  const groups = [r.contactsByAgeGroup.youth, r.contactsByAgeGroup.others] as const;
  return (
    <section class="result-block">
      <h2>{PER_CASE_HEADING}</h2>
      <p>{contactsSplitText(groups, name)}</p>
      <p class="muted">実人数には年齢不明の人を含みます（延べ対応回数にはその人への対応も含まれるため）。</p>
      <div class="table-wrap">{markup(dataTable(contactsByGroupTable(groups, true)))}</div>
      <figure>
        <HBarChart
          id="chart-contacts"
          title="機関別の1事例あたりの対応回数"
          legend={[...CONTACT_GROUP_LABELS]}
          rows={r.contactsPerCase.map((x) => ({
            label: name(x.agency),
            value: x.perCase ?? 0,
            valueLabel: `${perCaseText(x.perCase)}回`,
            series: youthKeys.has(x.agency) ? 0 : 1,
          }))}
        />
      </figure>
      <div class="table-wrap">
        {markup(dataTable(contactsPerAgencyTable('機関別', r.contactsPerCase, name, (key) => r.ageRanges[key])))}
      </div>
    </section>
  );
}
