import type { PacketDocument } from '../../../src/packet/compile.ts';
import { warekiDate } from '../../../src/lib/format.ts';

/** Cards listed in the vote ranking; every card and its votes is in the XLSX appendix. */
const RANKED_MAX = 10;

/** The previous meeting's group-work cards by prompt and group, then the cards that got votes. */
export function GroupWorkSection({ doc }: { doc: PacketDocument }) {
  const g = doc.groupWork;
  if (!g) return <p class="p-empty">これまでの会議のグループワークの記録はありません。</p>;
  return (
    <>
      <p>
        {g.meeting.title}（{warekiDate(g.meeting.date)}
        ）のグループワークで出された意見を、問いとグループごとにまとめました。
      </p>
      {g.voted && (
        <>
          <h3>投票の結果</h3>
          {g.ranked.length === 0 ? (
            <p class="p-empty">票が入った意見はありません。</p>
          ) : (
            <table class="p-table">
              <caption>
                票を集めた意見（多い順
                {g.ranked.length > RANKED_MAX ? `、上位${RANKED_MAX}件。全${g.ranked.length}件はデータ付録に掲載` : ''}
                ）
              </caption>
              <thead>
                <tr>
                  <th scope="col" class="num">
                    順位
                  </th>
                  <th scope="col">意見</th>
                  <th scope="col">グループ</th>
                  <th scope="col" class="num">
                    票数
                  </th>
                </tr>
              </thead>
              <tbody>
                {g.ranked.slice(0, RANKED_MAX).map((c, i) => (
                  <tr>
                    <td class="num">{i + 1}</td>
                    <td>
                      {c.text}
                      <span class="p-note">（{c.prompt}）</span>
                    </td>
                    <td>{c.group}</td>
                    <td class="num">{c.votes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {g.prompts
        .filter((p) => p.groups.length > 0)
        .map((p) => (
          <>
            <h3>{p.text}</h3>
            <table class="p-table">
              <thead>
                <tr>
                  <th scope="col" class="p-col-group">
                    グループ
                  </th>
                  <th scope="col">意見</th>
                </tr>
              </thead>
              <tbody>
                {p.groups.flatMap((grp) =>
                  grp.cards.map((c, i) => (
                    <tr>
                      {i === 0 && (
                        <th scope="rowgroup" rowspan={grp.cards.length}>
                          {grp.name}
                        </th>
                      )}
                      <td>{c.text}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </>
        ))}
    </>
  );
}
