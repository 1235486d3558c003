import type { PacketDocument } from '../../../src/packet/compile.ts';
import { HBarChart } from '../../charts/hBarChart.tsx';
import { HEARING_SECTION_LABEL } from '../../../src/lib/labels/hearings.ts';
import { ANONYMOUS_AGENCY } from '../../../src/lib/labels/privacy.ts';

/** Hearing summary: how often each theme came up and in how many agencies, then the passages by theme. */
export function HearingsSection({ doc }: { doc: PacketDocument }) {
  const h = doc.hearings;
  if (!h.agencies.length) return <p class="p-empty">ヒアリングの記録はまだありません。</p>;
  // counts as in the packet JSON; the passages themselves from the same summary rows
  const rows = doc.json.hearingThemes
    .filter((r) => r.passages > 0)
    .sort((a, b) => b.passages - a.passages || b.agencies - a.agencies);
  return (
    <>
      <p>
        ヒアリングは <strong>{h.agencies.length}</strong>{' '}
        機関で実施しました。聞き取った内容をテーマごとに分類し、件数と、そのテーマに触れた機関の数をまとめました。
      </p>
      {rows.length === 0 ? (
        <p class="p-empty">テーマ分けされた発言はまだありません。</p>
      ) : (
        <>
          <figure class="p-chart">
            <figcaption>テーマ別の件数</figcaption>
            <HBarChart
              id="packet-hearing-themes"
              title="ヒアリングのテーマ別件数"
              rows={rows.map((r) => ({ label: r.label, value: r.passages, valueLabel: `${r.passages}件` }))}
            />
          </figure>
          <table class="p-table">
            <caption>テーマ別の件数と機関数</caption>
            <thead>
              <tr>
                <th scope="col">テーマ</th>
                <th scope="col" class="num">
                  件数
                </th>
                <th scope="col" class="num">
                  機関数
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row">{r.label}</th>
                  <td class="num">{r.passages}</td>
                  <td class="num">{r.agencies}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.map((r) => {
            const group = h.groups.find((g) => g.theme.key === r.theme);
            return (
              <>
                <h3>
                  {r.label}（{r.passages}件・{r.agencies}機関）
                </h3>
                {group?.passages.map((p) => (
                  <blockquote class="p-quote">
                    {p.text}
                    <cite>
                      {p.shared ? p.agency.name : ANONYMOUS_AGENCY}
                      {p.sectionId && HEARING_SECTION_LABEL[p.sectionId]
                        ? `（${HEARING_SECTION_LABEL[p.sectionId]}）`
                        : ''}
                    </cite>
                  </blockquote>
                ))}
              </>
            );
          })}
        </>
      )}
    </>
  );
}
