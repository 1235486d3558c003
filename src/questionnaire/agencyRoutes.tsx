// The agency side: /a/:token/questionnaire. Everything is keyed by the agency the token
// resolved to (c.get('agency')); no id in the URL ever selects whose answers are read.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { readForm, isHtmx, redirect } from '../http/form.ts';
import { todayJst } from '../lib/time.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { findProject, getSurveyWindows } from '../projects/queries.ts';
import type { AgencyTaskProvider } from '../agencies/tasks.ts';
import { AgencyQuestionnairePage } from '../../views/questionnaire/agency.tsx';
import { AgeBandTotalOutput, AutosaveStatus } from '../../views/questionnaire/form.tsx';
import { ageBandTotal, answersToFormValues, formToAnswers, validateAnswers, type Answers } from './answers.ts';
import { findResponse, getProjectTemplate, reopenResponse, saveResponse } from './queries.ts';
import { allQuestions } from './template.ts';
import { windowExplanation, windowState } from './window.ts';
import type { FieldErrors } from '../http/form.ts';
import { formatDate } from '../lib/format.ts';

type C = Context<AppEnv>;

function agencyActor(c: C): Actor {
  const a = c.get('agency');
  return { kind: 'agency', id: a.id, label: a.name };
}

function load(c: C) {
  const db = c.get('db');
  const agency = c.get('agency');
  const window = getSurveyWindows(db, agency.projectId).questionnaire;
  const state = windowState(window, todayJst());
  return {
    db,
    agency,
    window,
    open: state === 'open',
    closedReason: windowExplanation(state, window),
    template: getProjectTemplate(db, agency.projectId).template,
    response: findResponse(db, agency.projectId, agency.id),
  };
}

function renderPage(
  c: C,
  ctx: ReturnType<typeof load>,
  extra: { answers?: Answers; errors?: FieldErrors; flash?: 'saved' | 'submitted' | 'reopened' } = {},
) {
  const r = ctx.response;
  const answers = extra.answers ?? r?.answers ?? {};
  return c.render(
    <AgencyQuestionnairePage
      agency={ctx.agency}
      project={findProject(ctx.db, ctx.agency.projectId)!}
      token={c.get('agencyToken')}
      template={ctx.template}
      answers={answers}
      values={answersToFormValues(ctx.template, answers)}
      errors={extra.errors}
      status={r ? r.status : 'none'}
      savedAt={r?.savedAt ?? null}
      submittedAt={r?.submittedAt ?? null}
      closesOn={ctx.window.closesOn}
      closedReason={ctx.closedReason}
      flash={extra.flash}
    />,
  );
}

export function agencyQuestionnaireRoutes() {
  const app = new Hono<AppEnv>();
  const home = (c: C) => `/a/${c.get('agencyToken')}/questionnaire`;

  app.get('/', (c) => {
    const q = c.req.query();
    const flash = 'submitted' in q ? 'submitted' : 'saved' in q ? 'saved' : 'reopened' in q ? 'reopened' : undefined;
    return renderPage(c, load(c), { flash });
  });

  app.post('/', async (c) => {
    const ctx = load(c);
    const form = await readForm(c);
    if (!ctx.open) {
      c.status(403);
      return renderPage(c, ctx);
    }
    // a submitted response changes only after "回答を修正する"; a stale tab must not overwrite it
    if (ctx.response?.status === 'submitted') return redirect(c, home(c));
    const answers = formToAnswers(ctx.template, form);
    const { db, agency } = ctx;
    if (form._intent !== 'submit') {
      saveResponse(db, {
        projectId: agency.projectId,
        agencyId: agency.id,
        answers,
        status: 'draft',
        enteredByUserId: null,
      });
      return redirect(c, `${home(c)}?saved`);
    }
    const errors = validateAnswers(ctx.template, answers);
    if (Object.keys(errors).length) {
      // the input is kept as a draft, so a failed submit never loses anything
      ctx.response = saveResponse(db, {
        projectId: agency.projectId,
        agencyId: agency.id,
        answers,
        status: 'draft',
        enteredByUserId: null,
      });
      c.status(422);
      return renderPage(c, ctx, { answers, errors });
    }
    db.transaction(() => {
      saveResponse(db, {
        projectId: agency.projectId,
        agencyId: agency.id,
        answers,
        status: 'submitted',
        enteredByUserId: null,
      });
      recordAudit(db, {
        projectId: agency.projectId,
        actor: agencyActor(c),
        action: 'submit',
        entity: 'questionnaire_response',
        entityId: agency.id,
      });
    });
    return redirect(c, `${home(c)}?submitted`);
  });

  app.post('/autosave', async (c) => {
    const ctx = load(c);
    const form = await readForm(c);
    const refuse = (message: string) =>
      isHtmx(c) ? c.html(<AutosaveStatus message={message} />) : redirect(c, home(c));
    if (!ctx.open) return refuse('受付期間外のため保存できません。');
    if (ctx.response?.status === 'submitted')
      return refuse('提出済みのため保存していません。ページを再読み込みしてください。');
    const { db, agency } = ctx;
    const answers = formToAnswers(ctx.template, form);
    const saved = saveResponse(db, {
      projectId: agency.projectId,
      agencyId: agency.id,
      answers,
      status: 'draft',
      enteredByUserId: null,
    });
    if (!isHtmx(c)) return redirect(c, `${home(c)}?saved`);
    return c.html(
      <>
        <AutosaveStatus savedAt={saved.savedAt} />
        {allQuestions(ctx.template).map((q) =>
          q.type === 'age_bands' ? (
            <AgeBandTotalOutput id={q.id} total={ageBandTotal(answers[q.id])} unit={q.unit} oob />
          ) : null,
        )}
      </>,
    );
  });

  app.post('/reopen', (c) => {
    const ctx = load(c);
    if (!ctx.open) {
      c.status(403);
      return renderPage(c, ctx);
    }
    if (ctx.response?.status === 'submitted') {
      const { db, agency } = ctx;
      db.transaction(() => {
        reopenResponse(db, agency.projectId, agency.id);
        recordAudit(db, {
          projectId: agency.projectId,
          actor: agencyActor(c),
          action: 'reopen',
          entity: 'questionnaire_response',
          entityId: agency.id,
        });
      });
    }
    return redirect(c, `${home(c)}?reopened`);
  });

  return app;
}

const TASK_STATUS = { none: '未回答', draft: '下書き保存済み', submitted: '提出済み' } as const;

/** The agency home's entry for the questionnaire while its window is open. */
export const questionnaireAgencyTask: AgencyTaskProvider = (db, agency, token) => {
  const window = getSurveyWindows(db, agency.projectId).questionnaire;
  const state = windowState(window, todayJst());
  if (state === 'unscheduled') return null;
  const response = findResponse(db, agency.projectId, agency.id);
  return {
    title: getProjectTemplate(db, agency.projectId).template.title,
    href: `/a/${token}/questionnaire`,
    status: TASK_STATUS[response?.status ?? 'none'],
    deadline: window.closesOn ? formatDate(window.closesOn) : undefined,
    note: windowExplanation(state, window) ?? undefined,
  };
};
