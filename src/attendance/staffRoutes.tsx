import { Hono, type Context } from 'hono';
import { loadMeeting, type MeetingEnv } from '../meetings/loadMeeting.ts';
import { RollCallPage } from '../../views/attendance/rollCallPage.tsx';
import { doneNotice, readForm, redirect, type FieldErrors, type FormValues } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { listAttendeeOptions } from '../meetings/queries.ts';
import { listGuests, listInvitations } from './queries.ts';
import { guestSchema, invitedSchema, rollCallSchema } from './schemas.ts';
import { addGuest, removeGuest, saveRollCall, setInvited } from './commands.ts';
import { ATTENDANCE_NOTICES } from '../lib/labels/attendance.ts';
import { attendancePath } from '../lib/paths/attendance.ts';
import { attendanceXlsx } from './export.ts';
import { xlsxDownload } from '../http/render.tsx';

type C = Context<MeetingEnv>;
const actor = (c: C) => staffActor(c as Context);

/** /projects/:pid/meetings/:mid/attendance — invitations, replies, roll-call and guests. */
export function attendanceRoutes() {
  const app = new Hono<MeetingEnv>();
  app.use(loadMeeting);

  const page = (c: C, extra: { errors?: FieldErrors; values?: FormValues } = {}) => {
    const db = c.get('db');
    const meeting = c.get('meeting');
    return c.render(
      <RollCallPage
        project={c.get('project')}
        meeting={meeting}
        invitations={listInvitations(db, meeting)}
        guests={listGuests(db, meeting.id)}
        options={listAttendeeOptions(db, meeting.projectId)}
        notice={doneNotice(c, ATTENDANCE_NOTICES)}
        {...extra}
      />,
    );
  };
  const back = (c: C, done: string) =>
    redirect(c, `${attendancePath(c.get('project').id, c.get('meeting').id)}?done=${done}`);
  const invalid = (c: C, errors: FieldErrors, values?: FormValues) => {
    c.status(422);
    return page(c, { errors, values });
  };

  app.get('/', (c) => page(c));

  app.get('/export.xlsx', async (c) => {
    const { xlsx, name } = await attendanceXlsx(c.get('db'), c.get('project'), c.get('meeting'));
    return xlsxDownload(c as Context, xlsx, name);
  });

  app.post('/roll-call', async (c) => {
    const parsed = validate(rollCallSchema, await readForm(c));
    if (!parsed.ok) return invalid(c, parsed.errors);
    saveRollCall(c.get('db'), actor(c), c.get('meeting'), parsed.data);
    return back(c, 'roll');
  });

  app.post('/invited', async (c) => {
    const parsed = validate(invitedSchema, await readForm(c));
    if (!parsed.ok) return invalid(c, parsed.errors);
    const result = setInvited(c.get('db'), actor(c), c.get('meeting'), parsed.data.agencyIds);
    if (!result.ok)
      return invalid(c, { agencyIds: '選択できない機関が含まれています。画面を再読み込みしてください。' });
    return back(c, 'invited');
  });

  app.post('/guests', async (c) => {
    const form = await readForm(c);
    const parsed = validate(guestSchema, form);
    if (!parsed.ok) return invalid(c, parsed.errors, form);
    addGuest(c.get('db'), actor(c), c.get('meeting'), parsed.data);
    return back(c, 'guest');
  });

  app.post('/guests/:gid{[0-9]+}/delete', (c) => {
    removeGuest(c.get('db'), actor(c), c.get('meeting'), idParam(c, 'gid')!);
    return back(c, 'guestRemoved');
  });

  return app;
}
