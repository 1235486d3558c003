import { CsrfField, Notice } from '../components/form.tsx';
import type { AgencyPrincipal, Project } from '../../src/context.ts';
import type { QuestionnaireFormView } from '../../src/questionnaire/formViewModel.ts';
import { AnswerList } from './answerList.tsx';
import { QuestionnaireForm } from './questionnaireForm.tsx';
import { formatDate, formatDateTime, nameWithYear } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { agencyPortalPath } from '../../src/lib/paths/agencies.ts';
import { agencyAutosavePath, agencyQuestionnairePath, agencyReopenPath } from '../../src/lib/paths/questionnaire.ts';

export type AgencyQuestionnaireProps = {
  agency: AgencyPrincipal;
  project: Project;
  token: string;
  /** The form, or the read-only answers once submitted or outside the window. */
  form: QuestionnaireFormView;
  status: 'none' | 'draft' | 'submitted';
  savedAt: string | null;
  submittedAt: string | null;
  closesOn: string | null;
  /** Why answering is not possible now; null while the window is open. */
  closedReason: string | null;
  flash?: 'saved' | 'submitted' | 'reopened';
};

const FLASH = {
  saved: '下書きを保存しました。締切までに「提出する」を押してください。',
  submitted: 'ご回答を提出しました。ご協力ありがとうございました。締切までは修正して再提出できます。',
  reopened: '回答を修正できるようにしました。修正後、もう一度「提出する」を押してください。',
};

export function AgencyQuestionnairePage(p: AgencyQuestionnaireProps) {
  const editable = p.closedReason === null && p.status !== 'submitted';
  return (
    <Layout title={p.form.template.title} bare>
      <p class="muted">
        <a href={agencyPortalPath(p.token)}>{p.agency.name} 様のページ</a>／
        {nameWithYear(p.project.name, p.project.fiscalYear)}
      </p>
      <h1>{p.form.template.title}</h1>
      <dl class="meta">
        <dt>回答機関</dt>
        <dd>{p.agency.name}</dd>
        <dt>締切</dt>
        <dd>
          <strong>{p.closesOn ? formatDate(p.closesOn) : '未定'}</strong>
        </dd>
        <dt>状況</dt>
        <dd>
          {p.status === 'submitted' ? (
            <span class="badge submitted">提出済み {formatDateTime(p.submittedAt)}</span>
          ) : p.status === 'draft' ? (
            <span class="badge draft">下書き（最終保存 {formatDateTime(p.savedAt)}）</span>
          ) : (
            <span class="badge">未回答</span>
          )}
        </dd>
      </dl>
      {p.flash && <Notice kind="success">{FLASH[p.flash]}</Notice>}
      {p.closedReason && <Notice kind="warn">{p.closedReason}</Notice>}
      {p.form.template.intro && <p>{p.form.template.intro}</p>}
      {editable ? (
        <QuestionnaireForm
          view={p.form}
          action={agencyQuestionnairePath(p.token)}
          autosaveUrl={agencyAutosavePath(p.token)}
          savedAt={p.savedAt}
        />
      ) : (
        <>
          {p.status === 'submitted' && p.closedReason === null && (
            <form method="post" action={agencyReopenPath(p.token)} class="actions">
              <CsrfField />
              <button type="submit">回答を修正する</button>
              <span class="muted">修正後は、締切までにもう一度提出してください。</span>
            </form>
          )}
          <AnswerList view={p.form} />
        </>
      )}
    </Layout>
  );
}
