import type { Child } from 'hono/jsx';
import type { HearingRecord } from '../../src/hearings/queries.ts';
import { formatDate } from '../../src/lib/format.ts';
import { HEARING_METHOD_LABEL, HEARING_SECTIONS } from '../../src/lib/labels/hearings.ts';

/** Metadata and sections of a record, shared by the staff page and the agency's read-only page. */
export function HearingRecordView({
  hearing,
  agencyName,
  themesBySection,
}: {
  hearing: HearingRecord;
  agencyName: string;
  themesBySection?: Map<string, Child>;
}) {
  const filled = HEARING_SECTIONS.filter((s) => hearing.sections[s.id]);
  return (
    <>
      <dl class="meta">
        <dt>機関</dt>
        <dd>{agencyName}</dd>
        <dt>実施日</dt>
        <dd>{formatDate(hearing.date)}</dd>
        <dt>方法・場所</dt>
        <dd>
          {HEARING_METHOD_LABEL[hearing.method]}
          {hearing.place && `（${hearing.place}）`}
        </dd>
        <dt>聞き手</dt>
        <dd>{hearing.interviewers.join('、') || '—'}</dd>
        <dt>対応者</dt>
        <dd>{hearing.interviewees || '—'}</dd>
      </dl>
      {filled.length === 0 && <p class="empty">聞き取った内容はまだ入力されていません。</p>}
      {filled.map((s) => (
        <section class="sheet-section" id={`section-${s.id}`}>
          <h2>{s.label}</h2>
          <p class="sheet-text">{hearing.sections[s.id]}</p>
          {themesBySection?.get(s.id)}
        </section>
      ))}
    </>
  );
}
