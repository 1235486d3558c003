import type { PacketDocument } from '../../../src/packet/compile.ts';
import { dataTable } from '../../components/dataTable.ts';
import {
  ageBandCategories,
  ageBandTable,
  ageBandTotalsText,
  choiceTable,
  contactsByGroupTable,
  contactsPerAgencyTable,
  contactsSplitText,
  DROP_MARK_CAPTION,
  dropOffSentences,
  PER_CASE_HEADING,
  perYearCategories,
  perYearSeries,
  shareBars,
} from '../../questionnaire/tables.ts';
import { markup } from '../../markup.ts';
import { HBarChart } from '../../charts/hBarChart.tsx';
import { StackedBarChart } from '../../charts/stackedBarChart.tsx';
import { AGE_UNKNOWN_LABEL, CASELOAD_SUM_LABEL, NOMINAL_WIDTH_NOTE } from '../../../src/lib/labels/questionnaire.ts';
import { reiwa } from '../../../src/lib/format.ts';
import { YearComparisonFigures } from '../../questionnaire/yearComparison.tsx';

const STACK_MAX = 12;

/** A next-year project's packet: both years' age bands, said which figure is which. */
function YearOverYear({ doc }: { doc: PacketDocument }) {
  if (!doc.yearComparison) return null;
  return (
    <>
      <h3>前年度との比較（年齢帯別の支援件数）</h3>
      <p class="p-note">
        図と表の数字は{CASELOAD_SUM_LABEL}です。
        {reiwa(doc.yearComparison.previous.fiscalYear)}度の数字は、前年度のプロジェクトから引き継いだ集計です。
      </p>
      <YearComparisonFigures v={doc.yearComparison} packet />
    </>
  );
}

/**
 * Questionnaire aggregates: the seed's figure 1 (age bands with drop-offs, raw and per year of age,
 * with the 年齢不明 row), contacts per case (1事例あたりの対応回数), professions, support content.
 */
export function QuestionnaireSection({ doc }: { doc: PacketDocument }) {
  const j = doc.json;
  if (j.questionnaire.respondents === 0)
    return (
      <>
        <p class="p-empty">提出されたアンケート回答はまだありません。</p>
        <YearOverYear doc={doc} />
      </>
    );
  // with a previous year in the packet, each figure says which year it is
  const year = doc.yearComparison ? `（${reiwa(doc.project.fiscalYear)}度）` : '';
  const groups = [j.contactsPerCaseByAgeGroup.upTo18, j.contactsPerCaseByAgeGroup.others] as const;
  const name = (key: string) => doc.agencyNames[key] ?? key;
  // the seed's figure stacks each agency; past a dozen the legend would not fit the page
  const byAgency = doc.ageBandsByAgency.length <= STACK_MAX;
  return (
    <>
      <p>
        アンケートは登録 {j.questionnaire.agencies} 機関のうち <strong>{j.questionnaire.respondents}</strong>{' '}
        機関から提出がありました（下書きは含みません）。割合は各設問の回答機関数を母数とし、小数第1位まで表示しています。
      </p>

      <h3>年齢帯別の{CASELOAD_SUM_LABEL}と支援機関数</h3>
      {dropOffSentences(j.dropOffs).map((s) => (
        <p>{s}</p>
      ))}
      <figure class="p-chart">
        <figcaption>
          年齢別支援件数と支援機関数{year}
          {byAgency ? '（機関別の積み上げ）' : ''}
        </figcaption>
        <StackedBarChart
          id="packet-age-bands"
          title="年齢別支援件数と支援機関数"
          description={ageBandTotalsText(j.ageBands, j.ageUnknown)}
          categories={ageBandCategories(j.ageBands, j.dropOffs)}
          series={
            byAgency
              ? doc.ageBandsByAgency.map((a) => ({ label: name(a.agency), values: a.values }))
              : [{ label: '支援件数（全機関の合計）', values: j.ageBands.map((t) => t.cases) }]
          }
          unit="人"
          plotHeight={200}
        />
      </figure>
      <figure class="p-chart">
        <figcaption>1歳あたりの支援件数{year}（支援件数 ÷ 年齢帯の幅）</figcaption>
        <StackedBarChart
          id="packet-age-bands-per-year"
          title="1歳あたりの支援件数"
          description={ageBandTotalsText(j.ageBands, j.ageUnknown)}
          categories={perYearCategories(j.ageBands, j.dropOffs)}
          series={perYearSeries(j.ageBands)}
          unit="人/歳"
          plotHeight={140}
        />
      </figure>
      <p class="p-note">
        {DROP_MARK_CAPTION}
        {AGE_UNKNOWN_LABEL} {j.ageUnknown}人は図に含めず、表に別の行で示します。{NOMINAL_WIDTH_NOTE}
      </p>
      {markup(
        dataTable(
          ageBandTable('年齢帯別の支援件数と支援機関数', j.ageBands, j.dropOffs, j.ageUnknown, j.caseloadTotal),
          {
            class: 'p-table',
          },
        ),
      )}

      <YearOverYear doc={doc} />

      <h3>{PER_CASE_HEADING}</h3>
      <p>{contactsSplitText(groups, name)}実人数には年齢不明の人を含みます。</p>
      {markup(dataTable(contactsByGroupTable(groups), { class: 'p-table' }))}
      {markup(dataTable(contactsPerAgencyTable('機関別の対応回数', j.contactsPerCase, name), { class: 'p-table' }))}

      <h3>従事者の資格</h3>
      <p>
        ひきこもり支援に <strong>{j.professions.distinct}</strong> 種類の資格を持つ職員が関わっています（回答{' '}
        {j.professions.base} 機関）。
      </p>
      <figure class="p-chart">
        <figcaption>資格ごとの機関の割合</figcaption>
        <HBarChart
          id="packet-professions"
          title="資格ごとの機関の割合（%）"
          max={100}
          rows={shareBars(j.professions)}
        />
      </figure>
      {markup(dataTable(choiceTable('資格', j.professions, 'cells'), { class: 'p-table' }))}

      <h3>支援の内容</h3>
      <figure class="p-chart">
        <figcaption>支援内容ごとの機関の割合</figcaption>
        <HBarChart
          id="packet-support"
          title="支援内容ごとの機関の割合（%）"
          max={100}
          rows={shareBars(j.supportContent)}
        />
      </figure>
      {markup(dataTable(choiceTable('支援内容', j.supportContent, 'cells'), { class: 'p-table' }))}
    </>
  );
}
