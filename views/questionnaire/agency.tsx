import { CsrfField, Notice } from '../components/form.tsx';
import type { AgencyPrincipal, Project } from '../../src/context.ts';
import type { Answers } from '../../src/questionnaire/answers.ts';
import type { Template } from '../../src/questionnaire/template.ts';
import { AnswerList, QuestionnaireForm } from './form.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { formatDate, formatDateTime, reiwa } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';

export type AgencyQuestionnaireProps = {
  agency: AgencyPrincipal;
  project: Project;
  token: string;
  template: Template;
  answers: Answers;
  values: FormValues;
  errors?: FieldErrors;
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
  const base = `/a/${p.token}/questionnaire`;
  const editable = p.closedReason === null && p.status !== 'submitted';
  return (
    <Layout title={p.template.title} bare>
      <p class="muted">
        <a href={`/a/${p.token}`}>{p.agency.name} 様のページ</a>／{p.project.name}（{reiwa(p.project.fiscalYear)}度）
      </p>
      <h1>{p.template.title}</h1>
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
      {p.template.intro && <p>{p.template.intro}</p>}
      {editable ? (
        <QuestionnaireForm
          template={p.template}
          answers={p.answers}
          values={p.values}
          errors={p.errors}
          action={base}
          autosaveUrl={`${base}/autosave`}
          savedAt={p.savedAt}
        />
      ) : (
        <>
          {p.status === 'submitted' && p.closedReason === null && (
            <form method="post" action={`${base}/reopen`} class="actions">
              <CsrfField />
              <button type="submit">回答を修正する</button>
              <span class="muted">修正後は、締切までにもう一度提出してください。</span>
            </form>
          )}
          <AnswerList template={p.template} answers={p.answers} />
        </>
      )}
    </Layout>
  );
}
