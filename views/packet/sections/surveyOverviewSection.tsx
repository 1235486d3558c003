import type { PacketDocument } from '../../../src/packet/compile.ts';
import { percent, warekiPeriod } from '../../../src/lib/format.ts';

/** How far each survey part reached: agencies asked, agencies that took part, and the rate. */
export function SurveyOverviewSection({ doc }: { doc: PacketDocument }) {
  return (
    <>
      <p>{doc.surveyTiming}各調査の実施期間と回収状況は次のとおりです。</p>
      <table class="p-table">
        <caption>調査の実施状況</caption>
        <thead>
          <tr>
            <th scope="col">調査</th>
            <th scope="col">実施期間</th>
            <th scope="col" class="num">
              対象機関
            </th>
            <th scope="col" class="num">
              回答・実施
            </th>
            <th scope="col" class="num">
              回収率・実施率
            </th>
          </tr>
        </thead>
        <tbody>
          {doc.survey.map((s) => (
            <tr>
              <th scope="row">
                {s.label}
                <span class="p-note p-block">{s.note}</span>
              </th>
              <td>{warekiPeriod(s.opensOn, s.closesOn)}</td>
              <td class="num">{s.agencies}</td>
              <td class="num">{s.done}</td>
              <td class="num">{percent(s.agencies ? s.done / s.agencies : null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
