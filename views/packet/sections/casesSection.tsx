import { dataTable, num } from '../../components/dataTable.ts';
import type { PacketDocument } from '../../../src/packet/compile.ts';
import type { CaseOverview } from '../../../src/packet/cases.ts';
import type { ShareCell } from '../../../src/cases/factorComparison.ts';
import { esc, markup } from '../../markup.ts';
import { percent } from '../../../src/lib/format.ts';
import { DivergingBars } from '../../charts/divergingBars.tsx';
import { FactorCountsHead } from '../../cases/factorCountsHead.tsx';
import { CaseBreakdownTable } from './caseBreakdownTable.tsx';

function CaseCard({ c }: { c: CaseOverview }) {
  return (
    <article class="p-case">
      <h3>
        事例 {c.key}（{[c.classification, c.ageBand].filter(Boolean).join('・')}）
      </h3>
      <dl class="p-case-meta">
        <dt>提供機関</dt>
        <dd>{c.agency}</dd>
        {c.involved.length > 0 && (
          <>
            <dt>関わった機関</dt>
            <dd>{c.involved.join('、')}</dd>
          </>
        )}
        <dt>情報共有の同意</dt>
        <dd>{c.consent}</dd>
      </dl>
      {c.texts.map((t) => (
        <section class="p-case-text">
          <h4>{t.label}</h4>
          <p>{t.text}</p>
        </section>
      ))}
    </article>
  );
}

/** Cases counted but not quoted: 同意なし outside a 支援会議, or 不明. */
export function WithheldNote({ count, what }: { count: number; what: string }) {
  return (
    <p class="p-note p-withheld">
      このほか {count} 件の{what}
      は、情報共有の同意がない（または不明の）ため、件数のみを示し内容は掲載していません。
    </p>
  );
}

/** 該当 / 非該当 / 不明 and the share (該当 ÷ (該当 + 非該当)) of one class. */
function ClassCells({ c }: { c: ShareCell }) {
  return (
    <>
      <td class="num">{c.yes}</td>
      <td class="num">{c.no}</td>
      <td class="num">{c.unknown}</td>
      <td class="num">{percent(c.share)}</td>
    </>
  );
}

/** Case analysis: counts by age band and classification, the good/difficult factor comparison, and this meeting's proposed cases. */
export function CasesSection({ doc }: { doc: PacketDocument }) {
  const c = doc.cases;
  // class sizes as the packet JSON counted them (every factor row has the same totals)
  const good = doc.json.caseFactors[0]?.good.total ?? 0;
  const difficult = doc.json.caseFactors[0]?.difficult.total ?? 0;
  const total = good + difficult;
  if (total === 0 && c.candidates.shown.length + c.candidates.withheld === 0)
    return <p class="p-empty">提出された支援事例はまだありません。</p>;
  const factors = c.factorViews;
  return (
    <>
      <p>
        各機関から提出された支援事例は <strong>{total}</strong> 件（好事例 {good} 件・困難事例 {difficult}{' '}
        件）です。個人が特定される情報は提出時に確認済みです。
      </p>
      {markup(
        dataTable(
          {
            caption: '年齢帯別・分類別の事例数',
            columns: ['年齢帯', num('好事例'), num('困難事例'), num('計')],
            rows: c.byBand.map((r) => [esc(r.label), String(r.good), String(r.difficult), String(r.total)]),
            foot: [['計', String(good), String(difficult), String(total)]],
          },
          { class: 'p-table' },
        ),
      )}
      <CaseBreakdownTable b={c.breakdown} />

      {total > 0 && (
        <>
          <h3>好事例と困難事例の要因の比較</h3>
          <p>
            事例シートの要因チェックを、好事例と困難事例に分けて数えました。割合は「該当」÷（「該当」＋「非該当」）で、「不明」（未回答を含む）は割合の母数に含めず件数だけを示します。要因は事例シートの項目順に並べています。
          </p>
          {c.factorNotes.map((n) => (
            <p class="p-note">※ {n}</p>
          ))}
          <figure class="p-chart">
            <figcaption>要因ごとの該当割合（該当 ÷（該当＋非該当））</figcaption>
            <DivergingBars
              id="packet-case-factors"
              title="要因ごとの該当割合：好事例と困難事例"
              leftLabel={`困難事例（${difficult}件）`}
              rightLabel={`好事例（${good}件）`}
              rows={factors.map((f) => ({
                label: f.label,
                left: f.difficult.share,
                right: f.good.share,
              }))}
            />
          </figure>
          <table class="p-table">
            <caption>要因ごとの件数（該当・非該当・不明）と割合</caption>
            <FactorCountsHead good={good} difficult={difficult} numeric />
            <tbody>
              {factors.map((f) => (
                <tr>
                  <th scope="row">{f.label}</th>
                  <td class="p-nowrap">{f.groupLabel}</td>
                  <ClassCells c={f.good} />
                  <ClassCells c={f.difficult} />
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      {c.candidates.shown.length + c.candidates.withheld > 0 && (
        <>
          <h3>この会議で取り上げる事例</h3>
          {c.candidates.shown.map((x) => (
            <CaseCard c={x} />
          ))}
          {c.candidates.withheld > 0 && <WithheldNote count={c.candidates.withheld} what="事例" />}
        </>
      )}
    </>
  );
}
