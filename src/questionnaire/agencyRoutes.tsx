// The agency side: /a/:token/questionnaire. Everything is keyed by the agency the token
// resolved to (c.get('agency')); no id in the URL ever selects whose answers are read.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { readForm, isHtmx, redirect } from '../http/form.ts';
import type { Actor } from '../audit/log.ts';
import { findProject } from '../projects/queries.ts';
import { AgeBandTotalOutput, AutosaveStatus } from '../../views/questionnaire/questionnaireForm.tsx';
import { ageBandTotal, formToAnswers, type Answers } from './answers.ts';
import { questionnaireFormView } from './formViewModel.ts';
import { reopenAgencyAnswers, saveAgencyDraft, submitAgencyAnswers } from './commands.ts';
import { findResponse, getProjectTemplate, getQuestionnaireWindow } from './queries.ts';
import { allQuestions } from './template.ts';
import { windowExplanation } from './window.ts';
import type { FieldErrors } from '../http/form.ts';
import { AgencyQuestionnairePage } from '../../views/questionnaire/agencyQuestionnairePage.tsx';
import { agencyQuestionnairePath } from '../lib/paths/questionnaire.ts';
import { answerLengthErrors } from './answerLimits.ts';

type C = Context<AppEnv>;

function agencyActor(c: C): Actor {
  const a = c.get('agency');
  return { kind: 'agency', id: a.id, label: a.name };
}

/** The agency's own answers: whose they are is the token's agency, never an id from the request. */
const own = (c: C) => ({ projectId: c.get('agency').projectId, agencyId: c.get('agency').id });

function load(c: C) {
  const db = c.get('db');
  const agency = c.get('agency');
  const window = getQuestionnaireWindow(db, agency.projectId);
  return {
    db,
    agency,
    window,
    closedReason: windowExplanation(window.state, window),
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
      form={questionnaireFormView(ctx.template, answers, extra.errors)}
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
  const home = (c: C) => agencyQuestionnairePath(c.get('agencyToken'));

  app.get('/', (c) => {
    const q = c.req.query();
    const flash = 'submitted' in q ? 'submitted' : 'saved' in q ? 'saved' : 'reopened' in q ? 'reopened' : undefined;
    return renderPage(c, load(c), { flash });
  });

  app.post('/', async (c) => {
    const ctx = load(c);
    const form = await readForm(c);
    const answers = formToAnswers(ctx.template, form);
    const tooLong = answerLengthErrors(form);
    if (tooLong) {
      c.status(422);
      return renderPage(c, ctx, { answers, errors: tooLong });
    }
    const submit = form._intent === 'submit';
    const result = submit
      ? submitAgencyAnswers(ctx.db, agencyActor(c), { ...own(c), answers })
      : saveAgencyDraft(ctx.db, { ...own(c), answers });
    if (result.ok) return redirect(c, `${home(c)}?${submit ? 'submitted' : 'saved'}`);
    switch (result.reason) {
      case 'closed':
        c.status(403);
        return renderPage(c, ctx);
      case 'submitted':
        return redirect(c, home(c));
      case 'invalid':
        c.status(422);
        return renderPage(c, { ...ctx, response: result.response }, { answers, errors: result.errors });
    }
  });

  app.post('/autosave', async (c) => {
    const ctx = load(c);
    const form = await readForm(c);
    const tooLong = answerLengthErrors(form);
    if (tooLong) return c.html(<AutosaveStatus message={`保存できませんでした：${Object.values(tooLong)[0]}`} />, 422);
    const answers = formToAnswers(ctx.template, form);
    const result = saveAgencyDraft(ctx.db, { ...own(c), answers });
    if (!result.ok) {
      const message =
        result.reason === 'closed'
          ? '受付期間外のため保存できません。'
          : '提出済みのため保存していません。ページを再読み込みしてください。';
      return isHtmx(c) ? c.html(<AutosaveStatus message={message} />) : redirect(c, home(c));
    }
    if (!isHtmx(c)) return redirect(c, `${home(c)}?saved`);
    return c.html(
      <>
        <AutosaveStatus savedAt={result.response.savedAt} />
        {allQuestions(ctx.template).map((q) =>
          q.type === 'age_bands' ? (
            <AgeBandTotalOutput id={q.id} total={ageBandTotal(answers[q.id])} unit={q.unit} oob />
          ) : null,
        )}
      </>,
    );
  });

  app.post('/reopen', (c) => {
    const result = reopenAgencyAnswers(c.get('db'), agencyActor(c), own(c));
    if (!result.ok) {
      c.status(403);
      return renderPage(c, load(c));
    }
    return redirect(c, `${home(c)}?reopened`);
  });

  return app;
}
