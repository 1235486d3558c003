// Staff: /projects/:pid/public-guide — publish the guide and see each agency's state.
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { doneNotice, readForm, redirect } from '../http/form.ts';
import { staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { publicOrigin } from '../agencies/origin.ts';
import { guideSettingsPath } from '../lib/paths/publicGuide.ts';
import { saveGuideSettings } from './commands.ts';
import { guideSettingsSchema } from './schemas.ts';
import { guideSettingsView } from './staffViewModel.ts';
import { GuideSettingsPage } from '../../views/publicGuide/guideSettingsPage.tsx';

const NOTICES = { saved: '相談先ガイドの設定を保存しました。' };

export function publicGuideStaffRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const project = c.get('project');
    const view = guideSettingsView(c.get('db'), project.id, publicOrigin(c));
    return c.render(<GuideSettingsPage project={project} view={view} done={doneNotice(c, NOTICES)} />);
  });

  app.post('/', async (c) => {
    const project = c.get('project');
    const form = await readForm(c);
    const parsed = validate(guideSettingsSchema, form);
    if (!parsed.ok) {
      const view = guideSettingsView(c.get('db'), project.id, publicOrigin(c));
      c.status(422);
      return c.render(
        <GuideSettingsPage
          project={project}
          view={{ ...view, values: { ...form, enabled: form.enabled === 'on' } }}
          errors={parsed.errors}
        />,
      );
    }
    saveGuideSettings(c.get('db'), staffActor(c), project.id, parsed.data);
    return redirect(c, `${guideSettingsPath(project.id)}?done=saved`);
  });

  return app;
}
