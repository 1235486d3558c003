// The editable case sheet, shared by the agency's pages and staff's proxy entry.
import { CsrfField, ErrorSummary, Field, Notice, Select } from '../components/form.tsx';
import type { CaseSheet } from '../../src/cases/queries.ts';
import type { CaseFormData } from '../../src/cases/caseViewModel.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { CheckboxGroup, RadioGroup } from './choiceGroups.tsx';
import { PiiPanel } from './piiPanel.tsx';
import { AssessmentFields } from './assessment.tsx';
import { SheetVersionInput } from './saveStatus.tsx';
import { VersionConflictPanel } from './versionConflictPanel.tsx';
import {
  CASE_AGE_BANDS,
  CLASSIFICATIONS,
  CONSENTS,
  DURATIONS,
  FACTOR_GROUPS,
  FACTOR_VALUES,
  FIRST_CONTACTS,
  GAP_POINTS,
  HOUSEHOLDS,
  SEXES,
} from '../../src/lib/labels/cases.ts';

export type CaseFormProps = CaseFormData & {
  action: string;
  autosave: string | null;
  sheet: CaseSheet;
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
      data-unsaved-warning
      {...(p.autosave
        ? {
            'hx-post': p.autosave,
            'hx-trigger': 'change, input changed delay:1s',
            'hx-target': '#save-status',
            'hx-swap': 'innerHTML',
            // one save at a time, so an older draft never lands after a newer one
            'hx-sync': 'this:queue last',
          }
        : {})}
    >
      <CsrfField />
      <SheetVersionInput version={p.sheet.version} />
      {p.conflict && <VersionConflictPanel differences={p.conflict} />}
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
      <AssessmentFields values={values} errors={errors} />
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
