// Staff side: /projects/:pid/questionnaire/template — the questions, copied from the default and edited.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { readForm, redirect, type FieldErrors } from '../http/form.ts';
import { staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { QuestionEditPage } from '../../views/questionnaire/questionEditPage.tsx';
import { SectionEditPage } from '../../views/questionnaire/sectionEditPage.tsx';
import { TemplateJsonPage } from '../../views/questionnaire/templateJsonPage.tsx';
import { TemplatePage } from '../../views/questionnaire/templatePage.tsx';
import { choicesByQuestion } from './formViewModel.ts';
import { copyDefaultTemplate, editQuestion, editSection, replaceTemplateJson } from './commands.ts';
import {
  findCustomQuestion,
  findCustomTemplate,
  getProjectTemplate,
  getQuestionnaireWindow,
  listResponses,
} from './queries.ts';
import { questionEditSchema, sectionEditSchema } from './schemas.ts';
import { questionEditErrors, questionEditValues } from './questionEditViewModel.ts';
import { templatePath } from '../lib/paths/questionnaire.ts';

type C = Context<AppEnv>;

const windowOf = (c: C) => getQuestionnaireWindow(c.get('db'), c.get('project').id);

export function templateStaffRoutes() {
  const app = new Hono<AppEnv>();
  const saved = (c: C) => redirect(c, `${templatePath(c.get('project').id)}?saved`);

  app.get('/', (c) => {
    const db = c.get('db');
    const project = c.get('project');
    const t = getProjectTemplate(db, project.id);
    const flash =
      c.req.query('saved') !== undefined
        ? '設問を保存しました。'
        : c.req.query('copied') !== undefined
          ? '既定の設問をこのプロジェクトにコピーしました。各設問の「編集」から文言を変更できます。'
          : undefined;
    return c.render(
      <TemplatePage
        project={project}
        window={windowOf(c)}
        template={t.template}
        choices={choicesByQuestion(t.template)}
        custom={t.custom}
        version={t.version}
        updatedAt={t.updatedAt}
        responseCount={listResponses(db, project.id).length}
        flash={flash}
      />,
    );
  });

  app.post('/copy', (c) => {
    const project = c.get('project');
    copyDefaultTemplate(c.get('db'), staffActor(c), { projectId: project.id });
    return redirect(c, `${templatePath(project.id)}?copied`);
  });

  app.get('/questions/:qid{[a-z][a-z0-9_]*}', (c) => {
    const q = findCustomQuestion(c.get('db'), c.get('project').id, c.req.param('qid'));
    if (!q) return c.notFound();
    return c.render(
      <QuestionEditPage project={c.get('project')} window={windowOf(c)} question={q} values={questionEditValues(q)} />,
    );
  });

  app.post('/questions/:qid{[a-z][a-z0-9_]*}', async (c) => {
    const project = c.get('project');
    const q = findCustomQuestion(c.get('db'), project.id, c.req.param('qid'));
    if (!q) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(questionEditSchema, form);
    const render = (errors?: FieldErrors, problems?: string[]) => {
      c.status(422);
      return c.render(
        <QuestionEditPage
          project={project}
          window={windowOf(c)}
          question={q}
          values={form}
          errors={errors}
          problems={problems}
        />,
      );
    };
    if (!parsed.ok) return render(parsed.errors);
    const result = editQuestion(c.get('db'), staffActor(c), {
      projectId: project.id,
      questionId: q.id,
      edit: parsed.data,
    });
    if (!result.ok && result.reason !== 'invalid') return c.notFound();
    if (!result.ok) {
      const shown = questionEditErrors(result.problems);
      return render(shown.errors, shown.problems);
    }
    return saved(c);
  });

  app.get('/sections/:idx{[0-9]+}', (c) => {
    const t = findCustomTemplate(c.get('db'), c.get('project').id);
    const s = t?.sections[Number(c.req.param('idx'))];
    if (!s) return c.notFound();
    return c.render(
      <SectionEditPage project={c.get('project')} window={windowOf(c)} index={Number(c.req.param('idx'))} values={s} />,
    );
  });

  app.post('/sections/:idx{[0-9]+}', async (c) => {
    const project = c.get('project');
    const idx = Number(c.req.param('idx'));
    if (!findCustomTemplate(c.get('db'), project.id)?.sections[idx]) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(sectionEditSchema, form);
    const render = (errors: FieldErrors) => {
      c.status(422);
      return c.render(
        <SectionEditPage project={project} window={windowOf(c)} index={idx} values={form} errors={errors} />,
      );
    };
    if (!parsed.ok) return render(parsed.errors);
    const result = editSection(c.get('db'), staffActor(c), { projectId: project.id, index: idx, edit: parsed.data });
    if (!result.ok && result.reason !== 'invalid') return c.notFound();
    if (!result.ok) return render({ heading: result.problems.join(' ') });
    return saved(c);
  });

  app.get('/json', (c) => {
    const t = findCustomTemplate(c.get('db'), c.get('project').id);
    if (!t) return redirect(c, templatePath(c.get('project').id));
    return c.render(
      <TemplateJsonPage project={c.get('project')} window={windowOf(c)} json={JSON.stringify(t, null, 2)} />,
    );
  });

  app.post('/json', async (c) => {
    const project = c.get('project');
    if (!findCustomTemplate(c.get('db'), project.id)) return redirect(c, templatePath(project.id));
    const form = await readForm(c);
    const json = typeof form.json === 'string' ? form.json : '';
    const result = replaceTemplateJson(c.get('db'), staffActor(c), { projectId: project.id, json });
    if (!result.ok && result.reason !== 'invalid') return redirect(c, templatePath(project.id));
    if (!result.ok) {
      c.status(422);
      return c.render(
        <TemplateJsonPage project={project} window={windowOf(c)} json={json} problems={result.problems} />,
      );
    }
    return saved(c);
  });

  return app;
}
