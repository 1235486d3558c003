// Staff edit one section's heading and help.
import { CsrfField, ErrorSummary, Field } from '../components/form.tsx';
import { FormActions } from '../components/actions.tsx';
import type { Project } from '../../src/context.ts';
import type { QuestionnaireWindow } from '../../src/questionnaire/window.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { QuestionnaireShell } from './questionnaireShell.tsx';
import { sectionEditPath, templatePath } from '../../src/lib/paths/questionnaire.ts';

export function SectionEditPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  index: number;
  values: FormValues;
  errors?: FieldErrors;
}) {
  return (
    <QuestionnaireShell project={props.project} tab="template" title="見出しの編集" window={props.window}>
      <h2>見出しと説明の編集</h2>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={sectionEditPath(props.project.id, props.index)} class="stack" novalidate>
        <CsrfField />
        <Field name="heading" label="見出し" required values={props.values} errors={props.errors} />
        <Field name="help" label="説明" multiline rows={3} values={props.values} errors={props.errors} />
        <FormActions cancel={templatePath(props.project.id)} />
      </form>
    </QuestionnaireShell>
  );
}
