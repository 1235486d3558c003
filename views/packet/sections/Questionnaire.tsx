import { StackedBarChart } from '../../charts/StackedBarChart.tsx';
import { HBarChart } from '../../charts/HBarChart.tsx';
import { AGE_BAND_LABEL } from '../../../src/questionnaire/ageBands.ts';
import type { PacketDocument } from '../../../src/packet/compile.ts';
import type { PacketJson } from '../../../src/packet/json.ts';

const one = (v: number | null) => (v === null ? '—' : v.toFixed(1));
const STACK_MAX = 12;

function ChoiceTable({ caption, label, summary }: { caption: string; label: string; summary: PacketJson['supportContent'] }) {
  return (
    <table class="p-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col" class="num">
            機関数
          </th>
          <th scope="col" class="num">
            割合
          </th>
        </tr>
      </thead>
      <tbody>
        {summary.options.map((o) => (
          <tr>
            <th scope="row">{o.option}</th>
            <td class="num">{o.count}</td>
            <td class="num">{o.share.toFixed(1)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Questionnaire aggregates: the seed's figure 1 (age bands with drop-offs), contacts per case, professions, support content. */
export function QuestionnaireSection({ doc }: { doc: PacketDocument }) {
  const j = doc.json;
  if (j.questionnaire.respondents === 0) return <p class="p-empty">提出されたアンケート回答はまだありません。</p>;
  const drop = new Set<string>(j.dropOffBands);
  const name = (key: string) => doc.agencyNames[key] ?? key;
  // the seed's figure stacks each agency; past a dozen the legend would not fit the page
  const byAgency = doc.ageBandsByAgency.length <= STACK_MAX;
  const groups = [
    { label: '18歳以下を対象とする機関', g: j.contactsPerCaseByAgeGroup.upTo18 },
    { label: 'その他の機関', g: j.contactsPerCaseByAgeGroup.others },
  ];
  return (
    <>
      <p>
        アンケートは登録 {j.questionnaire.agencies} 機関のうち <strong>{j.questionnaire.respondents}</strong> 機関から提出がありました（下書きは含みません）。割合は各設問の回答機関数を母数とし、小数第1位まで表示しています。
      </p>

      <h3>年齢帯別の支援件数（実人数）と支援機関数</h3>
      {j.dropOffBands.length > 0 && (
        <p>
          前後の年齢帯より支援件数が少ない年齢帯：<strong>{j.dropOffBands.map((b) => AGE_BAND_LABEL[b]).join('、')}</strong>
          。支援機関が切り替わる年齢で、支援の狭間に落ちている可能性があります。
        </p>
      )}
      <figure class="p-chart">
        <figcaption>年齢別支援件数と支援機関数{byAgency ? '（機関別の積み上げ）' : ''}</figcaption>
        <StackedBarChart
          id="packet-age-bands"
          title="年齢別支援件数と支援機関数"
          description={j.ageBands.map((t) => `${AGE_BAND_LABEL[t.band]} ${t.cases}人（${t.agencies}機関）`).join('、')}
          categories={j.ageBands.map((t) => ({ key: t.band, label: AGE_BAND_LABEL[t.band], note: `${t.agencies}機関`, flagged: drop.has(t.band) }))}
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
      <table class="p-table">
        <caption>対象年齢による比較</caption>
        <thead>
          <tr>
            <th scope="col">区分</th>
            <th scope="col" class="num">
              機関数
            </th>
            <th scope="col" class="num">
              実人数
            </th>
            <th scope="col" class="num">
              延べ対応回数
            </th>
            <th scope="col" class="num">
              1人あたり
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map(({ label, g }) => (
            <tr>
              <th scope="row">{label}</th>
              <td class="num">{g.agencies}</td>
              <td class="num">{g.people}</td>
              <td class="num">{g.contacts}</td>
              <td class="num">{one(g.perCase)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="p-table">
        <caption>機関別の対応回数</caption>
        <thead>
          <tr>
            <th scope="col">機関</th>
            <th scope="col" class="num">
              実人数
            </th>
            <th scope="col" class="num">
              延べ対応回数
            </th>
            <th scope="col" class="num">
              1人あたり
            </th>
          </tr>
        </thead>
        <tbody>
          {j.contactsPerCase.map((r) => (
            <tr>
              <th scope="row">{name(r.agency)}</th>
              <td class="num">{r.people}</td>
              <td class="num">{r.contacts}</td>
              <td class="num">{one(r.perCase)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>従事者の資格</h3>
      <p>
        ひきこもり支援に <strong>{j.professions.distinct}</strong> 種類の資格を持つ職員が関わっています（回答 {j.professions.base} 機関）。
      </p>
      <figure class="p-chart">
        <figcaption>資格ごとの機関の割合</figcaption>
        <HBarChart
          id="packet-professions"
          title="資格ごとの機関の割合（%）"
          max={100}
          rows={j.professions.options.map((o) => ({ label: o.option, value: o.share, valueLabel: `${o.share.toFixed(1)}%` }))}
        />
      </figure>
      <ChoiceTable caption={`資格（回答 ${j.professions.base} 機関）`} label="資格" summary={j.professions} />

      <h3>支援の内容</h3>
      <figure class="p-chart">
        <figcaption>支援内容ごとの機関の割合</figcaption>
        <HBarChart
          id="packet-support"
          title="支援内容ごとの機関の割合（%）"
          max={100}
          rows={j.supportContent.options.map((o) => ({ label: o.option, value: o.share, valueLabel: `${o.share.toFixed(1)}%` }))}
        />
      </figure>
      <ChoiceTable caption={`支援内容（回答 ${j.supportContent.base} 機関）`} label="支援内容" summary={j.supportContent} />
    </>
  );
}
