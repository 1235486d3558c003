// One case-study sheet: the case as submitted, each agency's view and the shared sections, each
// field saved on its own against the version it was loaded with.
import { PrintButton } from '../components/printButton.tsx';
import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';
import { Layout } from '../layout/layout.tsx';
import type { Project } from '../../src/context.ts';
import type { Meeting } from '../../src/meetings/queries.ts';
import type { CaseListItem } from '../../src/cases/queries.ts';
import type { CaseStudySheetData, SheetField } from '../../src/caseStudies/caseStudyViewModel.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { AGENCY_VIEW_FIELDS, agencySlot, CASE_STUDY_SECTIONS } from '../../src/lib/labels/caseStudies.ts';
import {
  CASE_AGE_BAND_LABEL,
  CLASSIFICATION_LABEL,
  DURATION_LABEL,
  GAP_POINT_LABEL,
  HOUSEHOLD_LABEL,
  SEX_LABEL,
} from '../../src/lib/labels/cases.ts';
import { caseStudiesPath, caseStudyPath } from '../../src/lib/paths/caseStudies.ts';
import { meetingPath } from '../../src/lib/paths/meetings.ts';
import { CaseStudySaveStatus, EntryVersionInputs } from './caseStudyAutosave.tsx';
import { AssessmentTable } from '../cases/assessment.tsx';

function CaseSummary({ sheet, agencyNames }: { sheet: CaseListItem; agencyNames: Map<number, string> }) {
  const dash = (v: string | null | undefined) => v || '—';
  return (
    <section class="sheet-section case-summary" aria-labelledby="case-summary-h">
      <h2 id="case-summary-h">事例の概要（支援事例シートから）</h2>
      <dl class="meta">
        <dt>事例番号・区分</dt>
        <dd>{`${sheet.key}・${sheet.classification ? CLASSIFICATION_LABEL[sheet.classification] : '—'}`}</dd>
        <dt>提出機関</dt>
        <dd>{sheet.agencyName}</dd>
        <dt>年齢帯・性別</dt>
        <dd>{`${dash(sheet.ageBand && CASE_AGE_BAND_LABEL[sheet.ageBand])}・${dash(sheet.sex && SEX_LABEL[sheet.sex])}`}</dd>
        <dt>世帯・期間</dt>
        <dd>
          {`${dash(sheet.household.map((h) => HOUSEHOLD_LABEL[h as keyof typeof HOUSEHOLD_LABEL] ?? h).join('、'))}・${dash(
            sheet.duration && DURATION_LABEL[sheet.duration as keyof typeof DURATION_LABEL],
          )}`}
        </dd>
        <dt>関わった機関</dt>
        <dd>{dash(sheet.involvedAgencyIds.map((id) => agencyNames.get(id) ?? '（削除された機関）').join('、'))}</dd>
        <dt>狭間になった場面</dt>
        <dd>{dash(sheet.gapPoints.map((g) => GAP_POINT_LABEL[g as keyof typeof GAP_POINT_LABEL] ?? g).join('、'))}</dd>
      </dl>
      <p class="sheet-text">{dash(sheet.summary)}</p>
      <AssessmentTable texts={sheet} />
      {sheet.gapText && (
        <p class="sheet-text">
          <strong>制度の狭間（事例シート）：</strong>
          {sheet.gapText}
        </p>
      )}
    </section>
  );
}

/** One textarea with the version and original-text hash it was loaded with. */
function EntryField(p: {
  field: SheetField;
  label: string;
  hint?: string;
  values?: FormValues;
  errors?: FieldErrors;
  rows?: number;
}) {
  const name = `t.${p.field.slot}`;
  return (
    <div>
      <EntryVersionInputs
        slot={p.field.slot}
        version={String(p.values?.[`v.${p.field.slot}`] ?? p.field.version)}
        hash={String(p.values?.[`h.${p.field.slot}`] ?? p.field.hash)}
      />
      <Field
        name={name}
        label={p.label}
        hint={p.hint}
        multiline
        rows={p.rows ?? 3}
        values={p.values ?? { [name]: p.field.text }}
        errors={p.errors}
      />
    </div>
  );
}

export function CaseStudySheetPage(
  p: CaseStudySheetData & {
    project: Project;
    meeting: Meeting;
    values?: FormValues;
    errors?: FieldErrors;
    notice?: string;
  },
) {
  const field = (slot: string) => p.fields.get(slot) ?? { slot, text: '', version: 0, hash: '' };
  return (
    <Layout title={`事例検討シート ${p.sheet.key}`} project={p.project}>
      <p class="muted">
        <a href={meetingPath(p.project.id, p.meeting.id)}>{p.meeting.title}</a> ＞{' '}
        <a href={caseStudiesPath(p.project.id, p.meeting.id)}>事例検討シート</a> ＞ {p.sheet.key}
      </p>
      <h1>{`事例検討シート：事例 ${p.sheet.key}`}</h1>
      <PrintButton />
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <ErrorSummary
        errors={p.errors}
        message={
          p.errors && Object.values(p.errors).some((e) => e?.startsWith('他の人が'))
            ? '他の人が先に変更した欄があります。その欄はまだ保存されていません。いまの内容を確認し、必要なら書き直してもう一度保存してください。'
            : undefined
        }
      />
      <CaseSummary sheet={p.sheet} agencyNames={p.agencyNames} />
      <form
        method="post"
        action={caseStudyPath(p.project.id, p.meeting.id, p.studyId)}
        class="stack case-study-form"
        novalidate
        data-unsaved-warning
        hx-post={`${caseStudyPath(p.project.id, p.meeting.id, p.studyId)}/autosave`}
        hx-trigger="input changed delay:1s, change"
        hx-target="#save-status"
        hx-swap="innerHTML"
        hx-sync="this:queue last"
      >
        <CsrfField />
        <h2>各機関の見方</h2>
        {p.viewAgencies.length === 0 && (
          <p class="hint">下の「機関を追加」から、この事例について意見を記入する機関を加えてください。</p>
        )}
        {p.viewAgencies.map((a) => (
          <fieldset class="agency-view">
            <legend>{a.name}</legend>
            <div class="row">
              {AGENCY_VIEW_FIELDS.map((f) => (
                <EntryField
                  field={field(agencySlot(a.id, f.key))}
                  label={f.label}
                  values={p.values}
                  errors={p.errors}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <h2>検討のまとめ</h2>
        {CASE_STUDY_SECTIONS.map((s) => (
          <EntryField field={field(s.key)} label={s.label} hint={s.hint} rows={4} values={p.values} errors={p.errors} />
        ))}
        <p id="save-status" class="saved-status" role="status" aria-live="polite">
          <CaseStudySaveStatus />
        </p>
        <div class="actions">
          <button type="submit" class="primary">
            保存する
          </button>
          <span class="hint">変更した欄だけが保存されます。同時に別の欄を書いている人の入力は上書きされません。</span>
        </div>
      </form>
      {p.addable.length > 0 && (
        <form
          method="post"
          action={`${caseStudyPath(p.project.id, p.meeting.id, p.studyId)}/agencies`}
          class="stack add-agency"
          novalidate
        >
          <h2>機関を追加</h2>
          <CsrfField />
          <div class="field">
            <label for="f-agencyId">この事例について見方を記入する機関</label>
            <select id="f-agencyId" name="agencyId">
              {p.addable.map((a) => (
                <option value={String(a.id)}>{a.name}</option>
              ))}
            </select>
          </div>
          <button type="submit">追加する</button>
        </form>
      )}
    </Layout>
  );
}
