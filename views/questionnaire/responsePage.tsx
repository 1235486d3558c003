// One agency's answers as staff see them.
import type { Project } from '../../src/context.ts';
import type { QuestionnaireWindow } from '../../src/questionnaire/window.ts';
import type { AnswersView } from '../../src/questionnaire/formViewModel.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { AnswerList } from './answerList.tsx';
import { QuestionnaireShell } from './questionnaireShell.tsx';
import { StatusBadge } from './statusBadge.tsx';
import { questionnairePath, responseEditPath } from '../../src/lib/paths/questionnaire.ts';

export function ResponseViewPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  agencyName: string;
  agencyId: number;
  answers: AnswersView;
  status: 'draft' | 'submitted';
  savedAt: string;
  submittedAt: string | null;
  enteredByStaff: boolean;
}) {
  return (
    <QuestionnaireShell project={props.project} tab="status" title={`${props.agencyName}の回答`} window={props.window}>
      <h2>{props.agencyName}の回答</h2>
      <p>
        <StatusBadge status={props.status} /> 最終保存 {formatDateTime(props.savedAt)}
        {props.submittedAt && `／提出 ${formatDateTime(props.submittedAt)}`}
        {props.enteredByStaff && '／事務局が代理入力'}
      </p>
      <p class="actions no-print">
        <a class="button" href={responseEditPath(props.project.id, props.agencyId)}>
          代理入力で修正
        </a>
        <button type="button" data-print>
          印刷
        </button>
        <a href={questionnairePath(props.project.id)}>回答状況に戻る</a>
      </p>
      <AnswerList view={props.answers} />
    </QuestionnaireShell>
  );
}
