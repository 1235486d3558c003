// Create or edit a meeting.
import { FormActions } from '../components/actions.tsx';
import { CsrfField, ErrorSummary, Field, Select } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { AgencyOption, Meeting } from '../../src/meetings/queries.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { Layout } from '../layout/layout.tsx';
import { MEETING_KIND_RULE, MEETING_KINDS } from '../../src/lib/labels/meetings.ts';
import { agenciesPath } from '../../src/lib/paths/agencies.ts';
import { meetingsPath, meetingPath, meetingEditPath } from '../../src/lib/paths/meetings.ts';

export function MeetingFormPage(props: {
  project: Project;
  meeting?: Meeting;
  agencies: AgencyOption[];
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { project, meeting, agencies, values, errors } = props;
  const action = meeting ? meetingEditPath(project.id, meeting.id) : meetingsPath(project.id);
  const title = meeting ? '会議の編集' : '新しい会議';
  const raw = values.attendeeAgencyIds;
  const selected = new Set((Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String));
  const attendeeError = errors?.attendeeAgencyIds;
  return (
    <Layout title={title} project={project}>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField />
        <Select
          name="kind"
          label="会議の種類"
          required
          options={MEETING_KINDS}
          values={values}
          errors={errors}
          hint={`支援会議：${MEETING_KIND_RULE.support_meeting}`}
        />
        <Field name="title" label="会議名" required values={values} errors={errors} hint="例：第1回ネットワーク会議" />
        <Field name="date" label="開催日" type="date" required values={values} errors={errors} />
        <div class="row">
          <Field name="startTime" label="開始時刻" type="time" values={values} errors={errors} hint="例：14:00" />
          <Field name="endTime" label="終了時刻" type="time" values={values} errors={errors} hint="例：16:00" />
        </div>
        <Field name="place" label="会場" values={values} errors={errors} />
        <Field name="purpose" label="目的" multiline rows={3} values={values} errors={errors} />
        <Field
          name="agenda"
          label="議題"
          multiline
          rows={6}
          values={values}
          errors={errors}
          hint="1行に1項目ずつ、進める順に入力してください。空行は無視されます。"
        />
        <fieldset aria-describedby={attendeeError ? 'f-attendeeAgencyIds-error' : undefined}>
          <legend>出席機関</legend>
          {agencies.length === 0 ? (
            <p class="hint">
              支援機関がまだ登録されていません。<a href={agenciesPath(project.id)}>支援機関</a>
              を登録すると、ここで出席機関を選べます。
            </p>
          ) : (
            <div class="checks">
              {agencies.map((a) => (
                <label>
                  <input
                    type="checkbox"
                    name="attendeeAgencyIds"
                    value={String(a.id)}
                    checked={selected.has(String(a.id))}
                  />
                  {a.name}
                  {a.archived && <span class="badge archived">アーカイブ済み</span>}
                </label>
              ))}
            </div>
          )}
          {attendeeError && (
            <p class="error" id="f-attendeeAgencyIds-error" role="alert">
              {attendeeError}
            </p>
          )}
        </fieldset>
        <FormActions
          submit={meeting ? '保存する' : '作成する'}
          cancel={meeting ? meetingPath(project.id, meeting.id) : meetingsPath(project.id)}
        />
      </form>
    </Layout>
  );
}
