// Staff side: /projects/:pid/questionnaire — answer status and answers entered on an agency's
// behalf; the template and the results have routes of their own, mounted here.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { readForm, redirect } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { untilDataChanges } from '../db/client.ts';
import { publicOrigin } from '../agencies/origin.ts';
import { OnBehalfPage } from '../../views/questionnaire/onBehalfPage.tsx';
import { ResponseViewPage } from '../../views/questionnaire/responsePage.tsx';
import { StatusPage } from '../../views/questionnaire/statusPage.tsx';
import { formToAnswers, type Answers } from './answers.ts';
import { answerLengthErrors } from './answerLimits.ts';
import { answersView, questionnaireFormView } from './formViewModel.ts';
import { saveAnswersOnBehalf } from './commands.ts';
import { findProjectAgency, findResponse, getProjectTemplate, getQuestionnaireWindow } from './queries.ts';
import { resultsStaffRoutes } from './resultsStaffRoutes.tsx';
import { statusList } from './statusViewModel.ts';
import { templateStaffRoutes } from './templateStaffRoutes.tsx';
import type { FieldErrors } from '../http/form.ts';
import { responseEditPath, responsePath } from '../lib/paths/questionnaire.ts';

type C = Context<AppEnv>;

const windowOf = (c: C) => getQuestionnaireWindow(c.get('db'), c.get('project').id);

/** The agency of this project named in the URL (404 for another project's agency). */
function agencyOf(c: C) {
  const aid = idParam(c, 'aid');
  return aid ? findProjectAgency(c.get('db'), c.get('project').id, aid) : undefined;
}

function renderOnBehalf(
  c: C,
  agency: { id: number; name: string },
  answers: Answers,
  extra: { errors?: FieldErrors; saved?: boolean } = {},
) {
  const template = getProjectTemplate(c.get('db'), c.get('project').id).template;
  return c.render(
    <OnBehalfPage
      project={c.get('project')}
      window={windowOf(c)}
      agencyName={agency.name}
      agencyId={agency.id}
      form={questionnaireFormView(template, answers, extra.errors)}
      saved={extra.saved}
    />,
  );
}

export function questionnaireRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const db = c.get('db');
    const project = c.get('project');
    const origin = publicOrigin(c);
    // every agency's answers parsed and link derived: kept until the data changes
    const { rows, questionCount, title } = untilDataChanges(db, `questionnaire-status:${project.id}:${origin}`, () =>
      statusList(db, project.id, origin),
    );
    return c.render(
      <StatusPage project={project} window={windowOf(c)} rows={rows} questionCount={questionCount} title={title} />,
    );
  });

  app.route('/template', templateStaffRoutes());

  app.get('/responses/:aid{[0-9]+}', (c) => {
    const agency = agencyOf(c);
    if (!agency) return c.notFound();
    const db = c.get('db');
    const project = c.get('project');
    const r = findResponse(db, project.id, agency.id);
    if (!r) return redirect(c, responseEditPath(project.id, agency.id));
    return c.render(
      <ResponseViewPage
        project={project}
        window={windowOf(c)}
        agencyName={agency.name}
        agencyId={agency.id}
        answers={answersView(getProjectTemplate(db, project.id).template, r.answers)}
        status={r.status}
        savedAt={r.savedAt}
        submittedAt={r.submittedAt}
        enteredByStaff={r.enteredByUserId != null}
      />,
    );
  });

  app.get('/responses/:aid{[0-9]+}/edit', (c) => {
    const agency = agencyOf(c);
    if (!agency) return c.notFound();
    const r = findResponse(c.get('db'), c.get('project').id, agency.id);
    return renderOnBehalf(c, agency, r?.answers ?? {}, { saved: c.req.query('saved') !== undefined });
  });

  // Staff save explicitly (no autosave), so every save is one audited act for that agency.
  app.post('/responses/:aid{[0-9]+}/edit', async (c) => {
    const agency = agencyOf(c);
    if (!agency) return c.notFound();
    const db = c.get('db');
    const project = c.get('project');
    const template = getProjectTemplate(db, project.id).template;
    const form = await readForm(c);
    const answers = formToAnswers(template, form);
    const tooLong = answerLengthErrors(form);
    if (tooLong) {
      c.status(422);
      return renderOnBehalf(c, agency, answers, { errors: tooLong });
    }
    const submit = form._intent === 'submit';
    const result = saveAnswersOnBehalf(db, staffActor(c), {
      projectId: project.id,
      agencyId: agency.id,
      userId: c.get('user')!.id,
      answers,
      submit,
    });
    if (!result.ok && result.reason === 'not_found') return c.notFound();
    if (!result.ok) {
      c.status(422);
      return renderOnBehalf(c, agency, answers, { errors: result.errors });
    }
    return submit
      ? redirect(c, responsePath(project.id, agency.id))
      : redirect(c, `${responseEditPath(project.id, agency.id)}?saved`);
  });

  app.route('/', resultsStaffRoutes());

  return app;
}
