// Staff enter an agency's answers received on paper or by mail.
import { Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { QuestionnaireWindow } from '../../src/questionnaire/window.ts';
import type { QuestionnaireFormView } from '../../src/questionnaire/formViewModel.ts';
import { QuestionnaireForm } from './questionnaireForm.tsx';
import { QuestionnaireShell } from './questionnaireShell.tsx';
import { responseEditPath } from '../../src/lib/paths/questionnaire.ts';

export function OnBehalfPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  agencyName: string;
  agencyId: number;
  form: QuestionnaireFormView;
  saved?: boolean;
}) {
  return (
    <QuestionnaireShell
      project={props.project}
      tab="status"
      title={`${props.agencyName}の代理入力`}
      window={props.window}
    >
      <h2>{props.agencyName}の回答を代理入力</h2>
      <Notice kind="warn">
        紙やメールで受け取った回答を、事務局が機関に代わって入力します。保存・提出はこの機関の回答として扱われ、操作履歴に「事務局による代理入力」として記録されます。受付期間外でも入力できます。
      </Notice>
      {props.saved && <Notice kind="success">下書きを保存しました。</Notice>}
      <QuestionnaireForm
        view={props.form}
        action={responseEditPath(props.project.id, props.agencyId)}
        submitLabel="この機関の回答として提出"
      />
    </QuestionnaireShell>
  );
}
