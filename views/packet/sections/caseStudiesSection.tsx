import type { PacketDocument } from '../../../src/packet/compile.ts';
import { warekiDate } from '../../../src/lib/format.ts';
import { WithheldNote } from './casesSection.tsx';

function Texts({ items }: { items: { label: string; text: string }[] }) {
  return (
    <>
      {items.map((x) => (
        <section class="p-case-text">
          <h4>{x.label}</h4>
          <p>{x.text}</p>
        </section>
      ))}
    </>
  );
}

/** Results of the case-study sheets: shared sections and each agency's view, per case. */
export function CaseStudiesSection({ doc }: { doc: PacketDocument }) {
  const cs = doc.caseStudies;
  if (!cs) return <p class="p-empty">記入された事例検討シートはまだありません。</p>;
  return (
    <>
      <p>
        {cs.meeting.title}（{warekiDate(cs.meeting.date)}）で検討した {cs.studies.length + cs.withheld}{' '}
        件の事例について、事例検討シートの内容をまとめました。
      </p>
      {cs.withheld > 0 && <WithheldNote count={cs.withheld} what="事例検討シート" />}
      {cs.studies.map((s) => (
        <article class="p-case">
          <h3>
            事例 {s.caseKey}
            {s.classification && `（${s.classification}）`}
          </h3>
          {s.summary && (
            <section class="p-case-text">
              <h4>事例の概要</h4>
              <p>{s.summary}</p>
            </section>
          )}
          <Texts items={s.sections.filter((x) => x.key === 'reason')} />
          {s.agencyViews.length > 0 && (
            <table class="p-table">
              <caption>各機関の見立て・できること</caption>
              <thead>
                <tr>
                  <th scope="col" class="p-col-group">
                    機関
                  </th>
                  <th scope="col">項目</th>
                  <th scope="col">内容</th>
                </tr>
              </thead>
              <tbody>
                {s.agencyViews.flatMap((a) =>
                  a.views.map((v, i) => (
                    <tr>
                      {i === 0 && (
                        <th scope="rowgroup" rowspan={a.views.length}>
                          {a.agency}
                        </th>
                      )}
                      <td class="p-nowrap">{v.label}</td>
                      <td class="p-pre">{v.text}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          )}
          <Texts items={s.sections.filter((x) => x.key !== 'reason')} />
        </article>
      ))}
    </>
  );
}
