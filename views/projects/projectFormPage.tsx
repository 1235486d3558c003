// Create a project, or edit its settings and survey windows.
import { FormActions } from '../components/actions.tsx';
import { CsrfField, ErrorSummary, Field } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { Layout } from '../layout/layout.tsx';
import { SURVEY_PARTS } from '../../src/lib/labels/projects.ts';
import { projectEditPath, projectPath, projectsPath, projectValidatePath } from '../../src/lib/paths/projects.ts';

export function ProjectFormPage(props: { project?: Project; values?: FormValues; errors?: FieldErrors }) {
  const { project, errors } = props;
  const values = props.values ?? {};
  const action = project ? projectEditPath(project.id) : projectsPath();
  return (
    <Layout title={project ? 'プロジェクトの設定' : '新しいプロジェクト'} project={project}>
      <h1>{project ? 'プロジェクトの設定' : '新しいプロジェクト'}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField />
        <Field
          name="name"
          label="プロジェクト名"
          required
          values={values}
          errors={errors}
          validate={projectValidatePath()}
          hint="例：武蔵野市 ひきこもり支援ネットワーク構築（年度は下の欄に入れると、必要な所に「（令和6年度）」が付きます）"
        />
        <Field
          name="municipality"
          label="市区町村"
          required
          values={values}
          errors={errors}
          validate={projectValidatePath()}
        />
        <Field
          name="fiscalYear"
          label="年度（西暦）"
          required
          values={values}
          errors={errors}
          inputmode="numeric"
          validate={projectValidatePath()}
          hint="例：2024（令和6年度）"
        />
        <Field name="hostHealthCentre" label="主催保健所" values={values} errors={errors} />
        <Field name="adviser" label="助言者（学識経験者など）" values={values} errors={errors} />
        <fieldset>
          <legend>依頼文に載せる連絡先</legend>
          <p class="hint">支援機関への依頼文の「お問い合わせ先」に印刷されます。</p>
          <Field name="contactPerson" label="担当者名" values={values} errors={errors} />
          <Field name="contactPhone" label="電話番号" inputmode="tel" values={values} errors={errors} />
          <Field name="contactEmail" label="メールアドレス" inputmode="email" values={values} errors={errors} />
        </fieldset>
        {project && (
          <fieldset>
            <legend>実態調査の期間</legend>
            <p class="hint">各機関に案内する受付期間です。締切日を過ぎると、機関からの提出・修正はできなくなります。</p>
            {SURVEY_PARTS.map(({ part, label }) => (
              <div class="row">
                <Field name={`${part}_opensOn`} label={`${label} 開始日`} type="date" values={values} errors={errors} />
                <Field
                  name={`${part}_closesOn`}
                  label={`${label} 締切日`}
                  type="date"
                  values={values}
                  errors={errors}
                />
              </div>
            ))}
          </fieldset>
        )}
        <FormActions
          submit={project ? '保存する' : '作成する'}
          cancel={project ? projectPath(project.id) : projectsPath()}
        />
      </form>
    </Layout>
  );
}
