import { CsrfField, ErrorSummary, Field, Select } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { HearingRecord } from '../../src/hearings/queries.ts';
import { FormActions } from '../components/actions.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { Layout } from '../layout/layout.tsx';
import { SheetStyles } from '../cases/sheetStyles.tsx';
import { VersionConflictPanel } from '../cases/versionConflictPanel.tsx';
import type { VersionDifference } from '../../src/cases/versionConflict.ts';
import { RadioGroup } from '../cases/choiceGroups.tsx';
import { HEARING_METHODS, HEARING_SECTIONS } from '../../src/lib/labels/hearings.ts';
import { hearingEditPath, hearingPath, hearingsPath } from '../../src/lib/paths/hearings.ts';

type AgencyOption = { id: number; name: string };

export function HearingFormPage(p: {
  project: Project;
  hearing?: HearingRecord;
  agencies: AgencyOption[];
  values: FormValues;
  errors?: FieldErrors;
  /** A save refused because somebody saved the record first: both versions. */
  conflict?: VersionDifference[];
}) {
  const base = hearingsPath(p.project.id);
  const action = p.hearing ? hearingEditPath(p.project.id, p.hearing.id) : base;
  const { values, errors } = p;
  return (
    <Layout title={p.hearing ? 'ヒアリング記録の編集' : 'ヒアリング記録の追加'} project={p.project}>
      <SheetStyles />
      <h1>{p.hearing ? 'ヒアリング記録の編集' : 'ヒアリング記録の追加'}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={action} class="stack" novalidate data-unsaved-warning>
        <CsrfField />
        {p.hearing && (
          // after a validation error the form keeps the version it was loaded with
          <input type="hidden" name="version" value={String(values.version ?? p.hearing.version)} />
        )}
        {p.conflict && <VersionConflictPanel differences={p.conflict} subject="このヒアリング記録" />}
        <fieldset>
          <legend>実施の概要</legend>
          <div class="row">
            <Select
              name="agencyId"
              label="ヒアリング先の機関"
              required
              options={p.agencies.map((a) => ({ value: String(a.id), label: a.name }))}
              values={values}
              errors={errors}
            />
            <Field name="date" label="実施日" type="date" required values={values} errors={errors} />
          </div>
          <div class="row">
            <RadioGroup
              name="method"
              legend="実施方法"
              options={HEARING_METHODS}
              values={values}
              errors={errors}
              required
              inline
            />
            <Field name="place" label="場所" values={values} errors={errors} hint="例：○○センター 相談室" />
          </div>
          <Field
            name="interviewers"
            label="聞き手"
            multiline
            rows={3}
            values={values}
            errors={errors}
            hint="1行に1人。所属と氏名（例：保健所 地域保健担当 山田）"
          />
          <Field
            name="interviewees"
            label="対応者（職種・役割）"
            values={values}
            errors={errors}
            hint="職種・役割で記入します（例：相談員（社会福祉士）2名）。氏名は機関の了承がある範囲に限ります。"
          />
        </fieldset>
        <fieldset>
          <legend>聞き取った内容</legend>
          <p class="hint">空欄の項目は記録に表示されません。本人や家族が特定される内容は書かないでください。</p>
          {HEARING_SECTIONS.map((s) => (
            <Field
              name={`section_${s.id}`}
              label={s.label}
              hint={s.hint || undefined}
              multiline
              rows={4}
              values={values}
              errors={errors}
            />
          ))}
        </fieldset>
        <FormActions cancel={p.hearing ? hearingPath(p.project.id, p.hearing.id) : base} />
      </form>
    </Layout>
  );
}
