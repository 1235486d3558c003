// The agency side: /a/:token/public-guide — the agency's own entry, never another agency's.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import type { Actor } from '../audit/log.ts';
import { doneNotice, readForm, redirect } from '../http/form.ts';
import { validate } from '../lib/validation.ts';
import { agencyGuidePath } from '../lib/paths/publicGuide.ts';
import { publishGuideEntry, withdrawGuideEntry } from './commands.ts';
import { guideEntrySchema } from './schemas.ts';
import { agencyGuideView } from './staffViewModel.ts';
import { AgencyGuidePage } from '../../views/publicGuide/agencyGuidePage.tsx';

type C = Context<AppEnv>;

const NOTICES = {
  published: '掲載内容を確認しました。この内容が相談先ガイドに掲載されます。',
  withdrawn: '相談先ガイドに掲載しないことを保健所に伝えました。',
};

const own = (c: C) => ({ projectId: c.get('agency').projectId, agencyId: c.get('agency').id });
const actor = (c: C): Actor => ({ kind: 'agency', id: c.get('agency').id, label: c.get('agency').name });

export function agencyGuideRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const view = agencyGuideView(c.get('db'), own(c).projectId, own(c).agencyId);
    if (!view) return c.notFound();
    return c.render(<AgencyGuidePage token={c.get('agencyToken')} view={view} done={doneNotice(c, NOTICES)} />);
  });

  app.post('/', async (c) => {
    const view = agencyGuideView(c.get('db'), own(c).projectId, own(c).agencyId);
    if (!view) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(guideEntrySchema, form);
    if (!parsed.ok) {
      const values = { ...form, familyOnly: form.familyOnly === 'on', anonymous: form.anonymous === 'on' };
      c.status(422);
      return c.render(
        <AgencyGuidePage token={c.get('agencyToken')} view={{ ...view, values }} errors={parsed.errors} />,
      );
    }
    publishGuideEntry(c.get('db'), actor(c), own(c), parsed.data);
    return redirect(c, `${agencyGuidePath(c.get('agencyToken'))}?done=published`);
  });

  app.post('/withdraw', (c) => {
    if (!agencyGuideView(c.get('db'), own(c).projectId, own(c).agencyId)) return c.notFound();
    withdrawGuideEntry(c.get('db'), actor(c), own(c));
    return redirect(c, `${agencyGuidePath(c.get('agencyToken'))}?done=withdrawn`);
  });

  return app;
}
