import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { AgencyHearingListPage } from '../../views/hearings/agencyHearingListPage.tsx';
import { AgencyHearingPage } from '../../views/hearings/agencyHearingPage.tsx';
import { readForm, redirect } from '../http/form.ts';
import { idParam } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import type { Actor } from '../audit/log.ts';
import { commentSchema } from './schemas.ts';
import { findSharedHearing, listComments, listSharedHearings, type HearingRecord } from './queries.ts';
import type { FieldErrors, FormValues } from '../http/form.ts';
import { sendCorrection } from './commands.ts';
import { agencyHearingPath } from '../lib/paths/hearings.ts';

type C = Context<AppEnv>;

/** /a/:token/hearings — read-only records of this agency, once shared; corrections as comments. */
export function agencyHearingRoutes() {
  const app = new Hono<AppEnv>();

  const load = (c: C) => {
    const hid = idParam(c, 'hid');
    return hid === null ? undefined : findSharedHearing(c.get('db'), c.get('agency'), hid);
  };

  app.get('/', (c) => {
    const agency = c.get('agency');
    return c.render(
      <AgencyHearingListPage
        token={c.get('agencyToken')}
        agencyName={agency.name}
        hearings={listSharedHearings(c.get('db'), agency)}
      />,
    );
  });

  const renderHearing = (
    c: C,
    hearing: HearingRecord,
    extra: { values?: FormValues; errors?: FieldErrors; sent?: boolean },
  ) =>
    c.render(
      <AgencyHearingPage
        token={c.get('agencyToken')}
        agencyName={c.get('agency').name}
        hearing={hearing}
        comments={listComments(c.get('db'), hearing.id)}
        {...extra}
      />,
    );

  app.get('/:hid{[0-9]+}', (c) => {
    const hearing = load(c);
    return hearing ? renderHearing(c, hearing, { sent: c.req.query('done') === 'sent' }) : c.notFound();
  });

  app.post('/:hid{[0-9]+}/comments', async (c) => {
    const hearing = load(c);
    if (!hearing) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(commentSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return renderHearing(c, hearing, { values: form, errors: parsed.errors });
    }
    const agency = c.get('agency');
    const actor: Actor = { kind: 'agency', id: agency.id, label: agency.name };
    const result = sendCorrection(c.get('db'), actor, { agency, hearingId: hearing.id, body: parsed.data.body });
    if (!result.ok) return c.notFound();
    return redirect(c, `${agencyHearingPath(c.get('agencyToken'), hearing.id)}?done=sent`);
  });

  return app;
}
