// Staff edit one question's wording, choices and limits.
import { CsrfField, ErrorSummary, Field } from '../components/form.tsx';
import { FormActions } from '../components/actions.tsx';
import type { Project } from '../../src/context.ts';
import type { QuestionnaireWindow } from '../../src/questionnaire/window.ts';
import type { Question } from '../../src/questionnaire/template.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { QuestionnaireShell } from './questionnaireShell.tsx';
import { Problems } from './templateProblems.tsx';
import { QUESTION_TYPE_LABEL } from '../../src/lib/labels/questionnaire.ts';
import { questionEditPath, templatePath } from '../../src/lib/paths/questionnaire.ts';

export function QuestionEditPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  question: Question;
  values: FormValues;
  errors?: FieldErrors;
  problems?: string[];
}) {
  const q = props.question;
  const { values, errors } = props;
  return (
    <QuestionnaireShell project={props.project} tab="template" title="設問の編集" window={props.window}>
      <h2>
        設問の編集 <code>{q.id}</code>（{QUESTION_TYPE_LABEL[q.type]}）
      </h2>
      <ErrorSummary errors={errors} />
      <Problems problems={props.problems} />
      <form method="post" action={questionEditPath(props.project.id, q.id)} class="stack" novalidate>
        <CsrfField />
        <Field name="label" label="設問文" required values={values} errors={errors} />
        <Field name="help" label="補足説明" multiline rows={3} values={values} errors={errors} />
        <div class="field checks">
          <label>
            <input type="checkbox" name="required" value="on" checked={values.required === 'on'} />
            回答を必須にする
          </label>
        </div>
        {(q.type === 'single' || q.type === 'multi') && (
          <Field
            name="options"
            label="選択肢（1行に1つ）"
            multiline
            rows={Math.min(20, Math.max(4, String(values.options ?? '').split('\n').length + 1))}
            values={values}
            errors={errors}
            hint="回答で選ばれている選択肢は削除・文言変更できません。"
          />
        )}
        {q.type === 'multi' && (
          <div class="field checks">
            <label>
              <input type="checkbox" name="other" value="on" checked={values.other === 'on'} />
              「その他」と自由記述欄を付ける
            </label>
          </div>
        )}
        {q.type === 'number' && (
          <div class="row">
            <Field name="min" label="最小値" inputmode="numeric" values={values} errors={errors} />
            <Field name="max" label="最大値" inputmode="numeric" values={values} errors={errors} />
            <Field name="unit" label="単位" values={values} errors={errors} hint="例：人、回" />
          </div>
        )}
        {q.type === 'age_bands' && <Field name="unit" label="単位" values={values} errors={errors} />}
        {q.type === 'text' && (
          <div class="field checks">
            <label>
              <input type="checkbox" name="long" value="on" checked={values.long === 'on'} />
              複数行の入力欄にする
            </label>
          </div>
        )}
        <FormActions cancel={templatePath(props.project.id)} />
      </form>
    </QuestionnaireShell>
  );
}
