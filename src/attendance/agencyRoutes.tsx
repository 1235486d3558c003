import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { AgencyMeetingsPage, type AgencyMeetingRow } from '../../views/attendance/agencyMeetingsPage.tsx';
import { MinutesPrintPage } from '../../views/minutes/minutesPrintPage.tsx';
import { readForm, redirect, type FieldErrors, type FormValues } from '../http/form.ts';
import { idParam } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { todayJst } from '../lib/time.ts';
import type { Actor } from '../audit/log.ts';
import { listInvitations, meetingsInvitingAgency } from './queries.ts';
import { latestVersion } from '../minutes/queries.ts';
import { rsvpSchema } from './schemas.ts';
import { reply } from './commands.ts';
import { agencyMeetingsPath } from '../lib/paths/attendance.ts';

type C = Context<AppEnv>;

/** /a/:token/meetings — the agency's reply to each meeting and the minutes once issued. */
export function agencyMeetingRoutes() {
  const app = new Hono<AppEnv>();

  const mine = (c: C) => {
    const agency = c.get('agency');
    return meetingsInvitingAgency(c.get('db'), agency.projectId, agency.id);
  };
  const rows = (c: C): AgencyMeetingRow[] => {
    const db = c.get('db');
    const agency = c.get('agency');
    const today = todayJst();
    return mine(c).map((m) => {
      const own = listInvitations(db, m).find((i) => i.agencyId === agency.id);
      return {
        ...m,
        past: m.date < today,
        rsvp: own?.rsvp ?? null,
        headcount: own?.headcount ?? null,
        names: own?.names ?? '',
        minutesVersion: latestVersion(db, m.id)?.version ?? null,
      };
    });
  };
  const page = (
    c: C,
    extra: { sent?: boolean; failed?: { meetingId: number; values: FormValues; errors: FieldErrors } },
  ) =>
    c.render(
      <AgencyMeetingsPage
        token={c.get('agencyToken')}
        agencyName={c.get('agency').name}
        meetings={rows(c)}
        {...extra}
      />,
    );

  app.get('/', (c) => page(c, { sent: c.req.query('done') === 'sent' }));

  app.post('/:mid{[0-9]+}/rsvp', async (c) => {
    const meeting = mine(c).find((m) => m.id === idParam(c, 'mid'));
    if (!meeting) return c.notFound();
    const form = await readForm(c);
    const parsed = validate(rsvpSchema, form);
    if (meeting.date < todayJst()) {
      c.status(409);
      return page(c, {
        failed: { meetingId: meeting.id, values: form, errors: { _form: 'この会議は終了しています。' } },
      });
    }
    if (!parsed.ok) {
      c.status(422);
      return page(c, { failed: { meetingId: meeting.id, values: form, errors: parsed.errors } });
    }
    const agency = c.get('agency');
    const actor: Actor = { kind: 'agency', id: agency.id, label: agency.name };
    if (!reply(c.get('db'), actor, meeting, agency.id, parsed.data).ok) return c.notFound();
    return redirect(c, `${agencyMeetingsPath(c.get('agencyToken'))}?done=sent`);
  });

  app.get('/:mid{[0-9]+}/minutes', (c) => {
    const meeting = mine(c).find((m) => m.id === idParam(c, 'mid'));
    const version = meeting && latestVersion(c.get('db'), meeting.id);
    if (!meeting || !version) return c.notFound();
    return c.render(<MinutesPrintPage version={version} back={agencyMeetingsPath(c.get('agencyToken'))} />);
  });

  return app;
}
