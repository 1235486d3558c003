import type { PacketDocument } from '../../../src/packet/compile.ts';
import { dataTable } from '../../components/dataTable.ts';
import {
  ageBandCategories,
  ageBandTotalsText,
  choiceTable,
  contactsByGroupTable,
  contactsPerAgencyTable,
  shareBars,
} from '../../questionnaire/tables.ts';
import { markup } from '../../markup.ts';
import { AGE_BAND_LABEL } from '../../../src/questionnaire/labels.ts';
import { HBarChart } from '../../charts/hBarChart.tsx';
import { StackedBarChart } from '../../charts/stackedBarChart.tsx';

const STACK_MAX = 12;

/** Questionnaire aggregates: the seed's figure 1 (age bands with drop-offs), contacts per case, professions, support content. */
export function QuestionnaireSection({ doc }: { doc: PacketDocument }) {
  const j = doc.json;
  if (j.questionnaire.respondents === 0) return <p class="p-empty">提出されたアンケート回答はまだありません。</p>;
  const drop = new Set<string>(j.dropOffBands);
  const name = (key: string) => doc.agencyNames[key] ?? key;
  // the seed's figure stacks each agency; past a dozen the legend would not fit the page
  const byAgency = doc.ageBandsByAgency.length <= STACK_MAX;
  return (
    <>
      <p>
        アンケートは登録 {j.questionnaire.agencies} 機関のうち <strong>{j.questionnaire.respondents}</strong>{' '}
        機関から提出がありました（下書きは含みません）。割合は各設問の回答機関数を母数とし、小数第1位まで表示しています。
      </p>

      <h3>年齢帯別の支援件数（実人数）と支援機関数</h3>
      {j.dropOffBands.length > 0 && (
        <p>
          前後の年齢帯より支援件数が少ない年齢帯：
          <strong>{j.dropOffBands.map((b) => AGE_BAND_LABEL[b]).join('、')}</strong>
          。支援機関が切り替わる年齢で、支援の狭間に落ちている可能性があります。
        </p>
      )}
      <figure class="p-chart">
        <figcaption>年齢別支援件数と支援機関数{byAgency ? '（機関別の積み上げ）' : ''}</figcaption>
        <StackedBarChart
          id="packet-age-bands"
          title="年齢別支援件数と支援機関数"
          description={ageBandTotalsText(j.ageBands)}
          categories={ageBandCategories(j.ageBands, drop)}
          series={
            byAgency
              ? doc.ageBandsByAgency.map((a) => ({ label: name(a.agency), values: a.values }))
              : [{ label: '実人数（全機関の合計）', values: j.ageBands.map((t) => t.cases) }]
          }
          unit="人"
          flagLabel="落ち込み"
          plotHeight={220}
        />
      </figure>
      <table class="p-table">
        <caption>年齢帯別の実人数と支援機関数</caption>
        <thead>
          <tr>
            <th scope="col">年齢帯</th>
            <th scope="col" class="num">
              実人数
            </th>
            <th scope="col" class="num">
              支援している機関数
            </th>
            <th scope="col">備考</th>
          </tr>
        </thead>
        <tbody>
          {j.ageBands.map((t) => (
            <tr class={drop.has(t.band) ? 'p-flag' : undefined}>
              <th scope="row">{AGE_BAND_LABEL[t.band]}</th>
              <td class="num">{t.cases}</td>
              <td class="num">{t.agencies}</td>
              <td>{drop.has(t.band) ? '▼ 前後の年齢帯より少ない' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>1人あたりの対応回数（延べ対応回数 ÷ 実人数）</h3>
      {markup(
        dataTable(contactsByGroupTable([j.contactsPerCaseByAgeGroup.upTo18, j.contactsPerCaseByAgeGroup.others]), {
          class: 'p-table',
        }),
      )}
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
