// Register a new agency or edit one.
import { FormActions } from '../components/actions.tsx';
import { CsrfField, ErrorSummary, Field, OnceField } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { Agency } from '../../src/agencies/queries.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { Layout } from '../layout/layout.tsx';
import { AGENCY_FIELDS, AGENCY_KINDS } from '../../src/lib/labels/agencies.ts';
import { agenciesPath, agencyPath, agencyValidatePath, agencyEditPath } from '../../src/lib/paths/agencies.ts';

/** Radio buttons for a short fixed list, with the error linked like Field does. */
function RadioGroup(p: {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  values: FormValues;
  errors?: FieldErrors;
}) {
  const err = p.errors?.[p.name];
  const current = String(p.values[p.name] ?? '');
  const errId = `f-${p.name}-error`;
  return (
    <fieldset
      class={`field radios${err ? ' has-error' : ''}`}
      aria-describedby={err ? errId : undefined}
      id={`f-${p.name}`}
    >
      <legend>
        {p.label}
        <span class="req">必須</span>
      </legend>
      <div class="checks">
        {p.options.map((o) => (
          <label>
            <input
              type="radio"
              name={p.name}
              value={o.value}
              checked={o.value === current}
              required
              aria-invalid={err ? 'true' : undefined}
            />
            {o.label}
          </label>
        ))}
      </div>
      {err && (
        <p class="error" id={errId} role="alert">
          {err}
        </p>
      )}
    </fieldset>
  );
}

export function AgencyFormPage(props: { project: Project; agency?: Agency; values: FormValues; errors?: FieldErrors }) {
  const { project, agency, values, errors } = props;
  const title = agency ? `${agency.name} の編集` : '支援機関の登録';
  return (
    <Layout title={title} project={project}>
      <p class="muted">
        <a href={agency ? agencyPath(project.id, agency.id) : agenciesPath(project.id)}>
          {agency ? agency.name : '支援機関'}
        </a>{' '}
        ＞
      </p>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <form
        method="post"
        action={agency ? agencyEditPath(project.id, agency.id) : agenciesPath(project.id)}
        class="stack"
        novalidate
      >
        <CsrfField />
        {!agency && <OnceField />}
        <Field
          name="name"
          label="機関名（部署名まで）"
          required
          values={values}
          errors={errors}
          hint="例：武蔵野市 生活福祉課"
          validate={agencyValidatePath(project.id)}
        />
        <RadioGroup
          name="kind"
          label="種別"
          options={AGENCY_KINDS.map((k) => ({ value: k, label: k }))}
          values={values}
          errors={errors}
        />
        <RadioGroup name="field" label="分野" options={AGENCY_FIELDS} values={values} errors={errors} />
        <fieldset>
          <legend>対象年齢</legend>
          <p class="hint">制限がない場合は空欄のままにしてください（例：サポステは 15〜49）。</p>
          <div class="row">
            <Field
              name="ageMin"
              label="下限（歳）"
              values={values}
              errors={errors}
              inputmode="numeric"
              validate={agencyValidatePath(project.id)}
            />
            <Field
              name="ageMax"
              label="上限（歳）"
              values={values}
              errors={errors}
              inputmode="numeric"
              validate={agencyValidatePath(project.id)}
            />
          </div>
        </fieldset>
        <div class="row">
          <Field name="contactName" label="担当者" values={values} errors={errors} autocomplete="off" />
          <Field
            name="contactEmail"
            label="担当者のメールアドレス"
            type="email"
            values={values}
            errors={errors}
            inputmode="email"
            autocomplete="off"
            validate={agencyValidatePath(project.id)}
          />
        </div>
        <Field
          name="key"
          label="機関の記号（データ連携用）"
          values={values}
          errors={errors}
          hint={
            agency
              ? 'データの書き出し・取り込みで機関を見分ける記号です。書き出したデータと対応させているときは変えないでください。'
              : '空欄なら a1, a2 … と自動で付けます。他のファイルと対応させたいときだけ入力してください（半角英数字）。'
          }
        />
        <FormActions
          submit={agency ? '保存する' : '登録してリンクを発行する'}
          cancel={agency ? agencyPath(project.id, agency.id) : agenciesPath(project.id)}
        />
      </form>
    </Layout>
  );
}
