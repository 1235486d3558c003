// The case sheet read-only: staff's detail page and the agency's submitted sheet.
import type { CaseSheet } from '../../src/cases/queries.ts';
import { AssessmentTable } from './assessment.tsx';
import {
  CASE_AGE_BAND_LABEL,
  CLASSIFICATION_LABEL,
  CONSENT_LABEL,
  DURATION_LABEL,
  FACTOR_VALUES,
  FIRST_CONTACT_LABEL,
  GAP_POINT_LABEL,
  HOUSEHOLD_LABEL,
  SEX_LABEL,
  type FactorDef,
} from '../../src/lib/labels/cases.ts';

/** Read-only sheet (staff detail, agency's submitted sheet). */
export function CaseView({
  sheet,
  factors,
  agencyNames,
}: {
  sheet: CaseSheet;
  factors: FactorDef[];
  agencyNames: Map<number, string>;
}) {
  const dash = (v: string | null | undefined) => v || '—';
  return (
    <>
      <dl class="meta">
        <dt>事例番号</dt>
        <dd>{sheet.key}</dd>
        <dt>区分</dt>
        <dd>{sheet.classification ? CLASSIFICATION_LABEL[sheet.classification] : '—'}</dd>
        <dt>年齢帯・性別</dt>
        <dd>
          {dash(sheet.ageBand && CASE_AGE_BAND_LABEL[sheet.ageBand])}・{dash(sheet.sex && SEX_LABEL[sheet.sex])}
        </dd>
        <dt>世帯構成</dt>
        <dd>{dash(sheet.household.map((h) => HOUSEHOLD_LABEL[h as keyof typeof HOUSEHOLD_LABEL] ?? h).join('、'))}</dd>
        <dt>ひきこもり期間</dt>
        <dd>{dash(sheet.duration && DURATION_LABEL[sheet.duration as keyof typeof DURATION_LABEL])}</dd>
        <dt>最初の相談者</dt>
        <dd>
          {dash(sheet.firstContact && FIRST_CONTACT_LABEL[sheet.firstContact as keyof typeof FIRST_CONTACT_LABEL])}
        </dd>
        <dt>同意</dt>
        <dd>{dash(sheet.consent && CONSENT_LABEL[sheet.consent])}</dd>
        <dt>関わった機関</dt>
        <dd>{dash(sheet.involvedAgencyIds.map((id) => agencyNames.get(id) ?? '（削除された機関）').join('、'))}</dd>
      </dl>
      {sheet.startText && (
        <section class="sheet-section">
          <h2>支援開始の経緯・主訴</h2>
          <p class="sheet-text">{sheet.startText}</p>
        </section>
      )}
      <section class="sheet-section">
        <h2>事例の概要</h2>
        <p class="sheet-text">{dash(sheet.summary)}</p>
      </section>
      <AssessmentTable texts={sheet} />
      <section class="sheet-section">
        <h2>要因</h2>
        <table class="factor-table">
          <thead>
            <tr>
              <th scope="col">要因</th>
              <th scope="col">該当</th>
            </tr>
          </thead>
          <tbody>
            {factors.map((f) => {
              const v = sheet.factors[f.key];
              return (
                <tr>
                  <td>{f.label}</td>
                  <td>{v ? FACTOR_VALUES.find((o) => o.value === v)!.label : '未回答'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {sheet.timeline.length > 0 && (
        <section class="sheet-section">
          <h2>支援の経過</h2>
          <table>
            <tbody>
              {sheet.timeline.map((r) => (
                <tr>
                  <td>{r.when}</td>
                  <td>{r.agencyId ? (agencyNames.get(r.agencyId) ?? '') : ''}</td>
                  <td class="sheet-text">{r.event}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {sheet.whatWorked && (
        <section class="sheet-section">
          <h2>うまくいったこと・有効だった支援</h2>
          <p class="sheet-text">{sheet.whatWorked}</p>
        </section>
      )}
      {(sheet.gapPoints.length > 0 || sheet.gapText) && (
        <section class="sheet-section">
          <h2>制度の狭間</h2>
          <p>{sheet.gapPoints.map((g) => GAP_POINT_LABEL[g as keyof typeof GAP_POINT_LABEL] ?? g).join('、')}</p>
          <p class="sheet-text">{sheet.gapText}</p>
        </section>
      )}
      {sheet.missing && (
        <section class="sheet-section">
          <h2>足りなかったもの</h2>
          <p class="sheet-text">{sheet.missing}</p>
        </section>
      )}
    </>
  );
}
