import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { DashboardPage } from '../../views/projects/dashboardPage.tsx';
import { ProjectFormPage } from '../../views/projects/projectFormPage.tsx';
import { ProjectListPage } from '../../views/projects/projectListPage.tsx';
import { doneNotice, readForm, redirect } from '../http/form.ts';
import { DASHBOARD_NOTICES } from '../lib/labels/projects.ts';
import { staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { getSurveyWindows, listProjectsFor } from './queries.ts';
import { createProject, updateProjectSettings } from './commands.ts';
import { dashboardView } from './dashboardViewModel.ts';
import { projectSchema, surveyWindowsSchema } from './schemas.ts';
import { inlineValidator } from '../http/inlineValidationRoutes.tsx';
import { projectPath } from '../lib/paths/projects.ts';

export function projectRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => c.render(<ProjectListPage projects={listProjectsFor(c.get('db'), c.get('user')!)} />));

  app.post('/validate', inlineValidator(projectSchema));

  app.get('/new', (c) => c.render(<ProjectFormPage values={{ fiscalYear: new Date().getFullYear() }} />));

  app.post('/', async (c) => {
    const form = await readForm(c);
    const parsed = validate(projectSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return c.render(<ProjectFormPage values={form} errors={parsed.errors} />);
    }
    const project = createProject(c.get('db'), staffActor(c), { project: parsed.data, ownerUserId: c.get('user')!.id });
    return redirect(c, projectPath(project.id));
  });

  app.get('/:pid{[0-9]+}', (c) => {
    const project = c.get('project');
    return c.render(
      <DashboardPage
        project={project}
        notice={doneNotice(c, DASHBOARD_NOTICES)}
        {...dashboardView(c.get('db'), project.id)}
      />,
    );
  });

  app.get('/:pid{[0-9]+}/edit', (c) => {
    const project = c.get('project');
    const windows = getSurveyWindows(c.get('db'), project.id);
    const values: Record<string, unknown> = { ...project };
    for (const w of Object.values(windows)) {
      values[`${w.part}_opensOn`] = w.opensOn ?? '';
      values[`${w.part}_closesOn`] = w.closesOn ?? '';
    }
    return c.render(<ProjectFormPage project={project} values={values} />);
  });

  app.post('/:pid{[0-9]+}/edit', async (c) => {
    const project = c.get('project');
    const form = await readForm(c);
    const parsed = validate(projectSchema, form);
    const parsedWindows = validate(surveyWindowsSchema, form);
    if (!parsed.ok || !parsedWindows.ok) {
      c.status(422);
      const errors = { ...(parsed.ok ? {} : parsed.errors), ...(parsedWindows.ok ? {} : parsedWindows.errors) };
      return c.render(<ProjectFormPage project={project} values={form} errors={errors} />);
    }
    updateProjectSettings(c.get('db'), staffActor(c), {
      projectId: project.id,
      project: parsed.data,
      windows: parsedWindows.data,
    });
    return redirect(c, projectPath(project.id));
  });

  return app;
}
