// The case sheet: the editable form (agency and staff), the read-only view, the PII panel and
// the autosave status fragment.
import { CsrfField, ErrorSummary, Field, Notice, Select } from '../components/form.tsx';
import { CheckboxGroup, RadioGroup } from './controls.tsx';
import type { FieldFinding } from '../../src/cases/pii.ts';
import type { CaseSheet } from '../../src/cases/queries.ts';
import type { TimelineRow } from '../../src/cases/form.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import {
  CASE_AGE_BAND_LABEL,
  CASE_AGE_BANDS,
  CASE_TEXT_FIELDS,
  CLASSIFICATION_LABEL,
  CLASSIFICATIONS,
  CONSENT_LABEL,
  CONSENTS,
  DURATION_LABEL,
  DURATIONS,
  FACTOR_GROUPS,
  FACTOR_VALUES,
  type FactorDef,
  FIRST_CONTACT_LABEL,
  FIRST_CONTACTS,
  GAP_POINT_LABEL,
  GAP_POINTS,
  HOUSEHOLD_LABEL,
  HOUSEHOLDS,
  PII_KINDS,
  SEX_LABEL,
  SEXES,
} from '../../src/cases/labels.ts';
import { formatDateTime } from '../../src/lib/format.ts';

type AgencyOption = { id: number; name: string };

const FIELD_LABEL: Record<string, string> = Object.fromEntries(CASE_TEXT_FIELDS.map((f) => [f.key, f.label]));
const fieldLabel = (field: string) =>
  field.startsWith('timeline.') ? `支援経過（${Number(field.split('.')[1]) + 1}行目）` : (FIELD_LABEL[field] ?? field);
const fieldAnchor = (field: string) => (field.startsWith('timeline.') ? 'f-timeline' : `f-${field}`);

/** A few characters either side of the finding, the finding itself marked. */
function Context({ text, start, end }: { text: string; start: number; end: number }) {
  const from = Math.max(0, start - 20);
  const to = Math.min(text.length, end + 20);
  return (
    <p class="pii-context">
      {from > 0 && '…'}
      {text.slice(from, start)}
      <mark class="pii">{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < text.length && '…'}
    </p>
  );
}

/**
 * Findings of the personal-information guard. Unconfirmed ones block submission: the sheet
 * is fixed in place, or each is ticked as not identifying (the ticks are part of the form).
 */
export function PiiPanel({
  findings,
  texts,
  blocking,
}: {
  findings: FieldFinding[];
  texts: Record<string, string>;
  blocking: boolean;
}) {
  if (!findings.length) return null;
  const open = findings.filter((f) => !f.confirmed).length;
  return (
    <section class={`pii-panel${blocking && open ? '' : ' warn'}`} id="pii" aria-labelledby="pii-title" tabindex={-1}>
      <h2 id="pii-title">
        {blocking && open
          ? `個人を特定できる情報の可能性があるため、提出できません（${open}件）`
          : `個人を特定できる情報の可能性がある記載（${findings.length}件）`}
      </h2>
      <p>
        事例シートには、氏名・住所・電話番号・生年月日など個人を特定できる情報を書かないでください。該当箇所を修正するか、個人を特定する情報ではない場合はチェックを入れてから提出してください。
      </p>
      <ol>
        {findings.map((f) => (
          <li>
            <strong>{PII_KINDS[f.kind].label}</strong>（<a href={`#${fieldAnchor(f.field)}`}>{fieldLabel(f.field)}</a>）
            <Context text={texts[f.field] ?? ''} start={f.start} end={f.end} />
            <span class="hint">{PII_KINDS[f.kind].advice}</span>
            <br />
            <label>
              <input type="checkbox" name="pii_ok" value={f.fingerprint} checked={f.confirmed} /> 「{f.text}
              」は個人を特定する情報ではありません
            </label>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The autosave response: when it was saved, and what the guard would flag. */
export function SaveStatus({
  savedAt,
  findings,
  error,
}: {
  savedAt?: string;
  findings?: FieldFinding[];
  error?: string;
}) {
  if (error) return <span class="error">{error}</span>;
  const open = (findings ?? []).filter((f) => !f.confirmed);
  return (
    <span>
      下書きを自動保存しました（{formatDateTime(savedAt)}）。
      {open.length > 0 && (
        <strong class="error">
          個人を特定できる可能性のある記載が{open.length}件あります：
          {open.map((f) => `「${f.text}」（${PII_KINDS[f.kind].label}）`).join('、')}。提出前に修正してください。
        </strong>
      )}
    </span>
  );
}

export type CaseFormProps = {
  action: string;
  autosave: string | null;
  sheet: CaseSheet;
  factors: FactorDef[];
  agencies: AgencyOption[];
  values: FormValues;
  timeline: TimelineRow[];
  errors?: FieldErrors;
  findings: FieldFinding[];
  texts: Record<string, string>;
  submitAttempted?: boolean;
  /** Why submitting is not possible right now (outside the window), or null. */
  submitBlocked?: string | null;
};

export function CaseForm(p: CaseFormProps) {
  const { values, errors } = p;
  const agencyOptions = p.agencies.map((a) => ({ value: String(a.id), label: a.name }));
  const rows = [...p.timeline, ...Array.from({ length: 3 }, () => ({ when: '', agency: '', event: '' }))];
  const submitted = p.sheet.status === 'submitted';
  return (
    <form
      method="post"
      action={p.action}
      class="stack case-form"
      novalidate
      {...(p.autosave
        ? { 'hx-post': p.autosave, 'hx-trigger': 'change', 'hx-target': '#save-status', 'hx-swap': 'innerHTML' }
        : {})}
    >
      <CsrfField />
      <ErrorSummary errors={errors} />
      <PiiPanel findings={p.findings} texts={p.texts} blocking={!!p.submitAttempted} />
      <RadioGroup
        name="classification"
        legend="事例の区分"
        options={CLASSIFICATIONS}
        values={values}
        errors={errors}
        required
        inline
      />
      <fieldset>
        <legend>ご本人について</legend>
        <p class="hint">氏名・住所・生年月日・正確な年齢は書かず、年齢帯などで記入してください。</p>
        <div class="row">
          <Select name="ageBand" label="年齢帯" options={CASE_AGE_BANDS} values={values} errors={errors} />
          <Select name="duration" label="ひきこもり期間" options={DURATIONS} values={values} errors={errors} />
        </div>
        <RadioGroup name="sex" legend="性別" options={SEXES} values={values} errors={errors} inline />
        <CheckboxGroup name="household" legend="世帯構成" options={HOUSEHOLDS} values={values} errors={errors} />
      </fieldset>
      <fieldset>
        <legend>支援の始まり</legend>
        <Select name="firstContact" label="最初の相談者" options={FIRST_CONTACTS} values={values} errors={errors} />
        <Field name="startText" label="支援開始の経緯・主訴" multiline rows={3} values={values} errors={errors} />
      </fieldset>
      <RadioGroup
        name="consent"
        legend="情報提供についての同意"
        hint="「同意なし」の事例は、守秘義務のある支援会議の資料にのみ事例として載り、それ以外では集計にのみ使われます。"
        options={CONSENTS}
        values={values}
        errors={errors}
      />
      <Field
        name="summary"
        label="事例の概要"
        multiline
        rows={5}
        values={values}
        errors={errors}
        hint="ご本人・ご家族の状況と支援の概要を、個人が特定されない書き方で。"
      />
      <fieldset class="factor-groups">
        <legend>
          <h2>要因のチェック</h2>
        </legend>
        <p class="hint">
          それぞれ「該当」「非該当」「不明」から選んでください。好事例と困難事例で比べて、ネットワークの課題を見つけるために使います。
        </p>
        {FACTOR_GROUPS.map((g) => (
          <div>
            <h3>{g.label}</h3>
            {p.factors
              .filter((f) => f.group === g.value)
              .map((f) => (
                <RadioGroup
                  name={`factor_${f.key}`}
                  legend={f.label}
                  options={FACTOR_VALUES}
                  values={values}
                  errors={errors}
                  inline
                />
              ))}
          </div>
        ))}
      </fieldset>
      <CheckboxGroup
        name="involvedAgencyIds"
        legend="関わった機関"
        options={agencyOptions}
        values={values}
        errors={errors}
      />
      <fieldset id="f-timeline" class={errors?.timeline ? 'has-error' : ''}>
        <legend>支援の経過</legend>
        <p class="hint">
          時期（例：相談開始から3か月、2年目の春）・関わった機関・出来事を時系列で。使わない行は空欄のままで構いません。
        </p>
        <div class="table-wrap">
          <table class="timeline-rows">
            <thead>
              <tr>
                <th scope="col">時期</th>
                <th scope="col">機関</th>
                <th scope="col">出来事・支援の内容</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr>
                  <td>
                    <input type="text" name="tl_when" value={r.when} aria-label={`${i + 1}行目 時期`} />
                  </td>
                  <td>
                    <select name="tl_agency" aria-label={`${i + 1}行目 機関`}>
                      <option value="">（選択なし）</option>
                      {agencyOptions.map((o) => (
                        <option value={o.value} selected={o.value === r.agency}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <textarea name="tl_event" rows={2} aria-label={`${i + 1}行目 出来事`}>
                      {r.event}
                    </textarea>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {errors?.timeline && (
          <p class="error" role="alert">
            {errors.timeline}
          </p>
        )}
      </fieldset>
      <Field
        name="whatWorked"
        label="うまくいったこと・有効だった支援"
        multiline
        rows={3}
        values={values}
        errors={errors}
      />
      <fieldset>
        <legend>制度の狭間</legend>
        <CheckboxGroup
          name="gapPoints"
          legend="狭間に落ちた・落ちそうになった場面"
          options={GAP_POINTS}
          values={values}
          errors={errors}
        />
        <Field
          name="gapText"
          label="どこで途切れたか・途切れそうになったか"
          multiline
          rows={3}
          values={values}
          errors={errors}
        />
      </fieldset>
      <Field
        name="missing"
        label="足りなかったもの（資源・制度・連携）"
        multiline
        rows={3}
        values={values}
        errors={errors}
      />
      <p id="save-status" class="saved-status" role="status" aria-live="polite">
        {p.sheet.savedAt && `最終保存：${formatDateTime(p.sheet.savedAt)}`}
      </p>
      {p.submitBlocked && <Notice kind="warn">{p.submitBlocked}</Notice>}
      <div class="actions">
        {!p.submitBlocked && (
          <button type="submit" name="action" value="submit" class="primary">
            {submitted ? '修正を提出する' : '提出する'}
          </button>
        )}
        <button type="submit" name="action" value="draft">
          {submitted ? '下書きに戻して保存' : '下書き保存'}
        </button>
      </div>
    </form>
  );
}

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
