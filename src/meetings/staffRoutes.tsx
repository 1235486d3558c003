import { Hono, type Context } from 'hono';
import { meetingOfPath } from './loadMeeting.ts';
import type { AppEnv } from '../context.ts';
import { MeetingDeletePage, MeetingDetailPage, MeetingFormPage, MeetingListPage } from '../../views/meetings/pages.tsx';
import { readForm, redirect, type RawForm, doneNotice } from '../http/form.ts';
import { staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { recordAudit } from '../audit/log.ts';
import {
  agencyNames,
  deleteMeeting,
  insertMeeting,
  listAttendeeOptions,
  listMeetings,
  updateMeeting,
  type Meeting,
} from './queries.ts';
import { meetingSchema, type MeetingInput } from './schemas.ts';
import { numberMeetings, standardSchedule } from './schedule.ts';
import { referencesTo, toolsFor } from './extensions.ts';

type C = Context<AppEnv>;

// Shown once after a redirect (?done=…), so a reload does not repeat a write.
const NOTICES: Record<string, string> = {
  created: '会議を作成しました。',
  updated: '会議を保存しました。',
  deleted: '会議を削除しました。',
  standard: '標準スケジュールの会議5件を作成しました。日付・会場・時間を確認してください。',
};

function toFormValues(m: Meeting): Record<string, unknown> {
  return { ...m, agenda: m.agenda.join('\n'), attendeeAgencyIds: m.attendeeAgencyIds.map(String) };
}

/** Validates the form and checks every ticked agency belongs to the project. */
function parseMeeting(c: C, form: RawForm, current: number[]) {
  const parsed = validate(meetingSchema, form);
  if (!parsed.ok) return parsed;
  const allowed = new Set(listAttendeeOptions(c.get('db'), c.get('project').id, current).map((a) => a.id));
  if (parsed.data.attendeeAgencyIds.some((id) => !allowed.has(id)))
    return {
      ok: false as const,
      errors: { attendeeAgencyIds: '選択できない機関が含まれています。画面を再読み込みしてください。' },
    };
  return parsed;
}

function audit(c: C, action: string, m: Meeting) {
  recordAudit(c.get('db'), {
    projectId: m.projectId,
    actor: staffActor(c),
    action,
    entity: 'meeting',
    entityId: m.key,
    detail: `${m.title}（${m.date}）`,
  });
}

export function meetingRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const project = c.get('project');
    const db = c.get('db');
    const meetings = listMeetings(db, project.id);
    const numbers = numberMeetings(meetings);
    return c.render(
      <MeetingListPage
        project={project}
        meetings={meetings.map((m) => ({ ...m, number: numbers.get(m.id)! }))}
        standard={meetings.length ? [] : standardSchedule(project.fiscalYear, [])}
        notice={doneNotice(c, NOTICES)}
      />,
    );
  });

  app.post('/standard', (c) => {
    const project = c.get('project');
    const db = c.get('db');
    // Only on an empty project: a second click must not duplicate the year.
    if (listMeetings(db, project.id).length) return redirect(c, `/projects/${project.id}/meetings`);
    const everyone = listAttendeeOptions(db, project.id).map((a) => a.id);
    db.transaction(() => {
      for (const input of standardSchedule(project.fiscalYear, everyone))
        audit(c, 'create', insertMeeting(db, project.id, input));
    });
    return redirect(c, `/projects/${project.id}/meetings?done=standard`);
  });

  app.get('/new', (c) => {
    const project = c.get('project');
    const kind = c.req.query('kind') === 'working_group' ? 'working_group' : 'network';
    return c.render(
      <MeetingFormPage project={project} agencies={listAttendeeOptions(c.get('db'), project.id)} values={{ kind }} />,
    );
  });

  app.post('/', async (c) => {
    const project = c.get('project');
    const db = c.get('db');
    const form = await readForm(c);
    const parsed = parseMeeting(c, form, []);
    if (!parsed.ok) {
      c.status(422);
      return c.render(
        <MeetingFormPage
          project={project}
          agencies={listAttendeeOptions(db, project.id)}
          values={form}
          errors={parsed.errors}
        />,
      );
    }
    const meeting = db.transaction(() => {
      const m = insertMeeting(db, project.id, parsed.data);
      audit(c, 'create', m);
      return m;
    });
    return redirect(c, `/projects/${project.id}/meetings/${meeting.id}?done=created`);
  });

  app.get('/:mid{[0-9]+}', (c) => {
    const project = c.get('project');
    const db = c.get('db');
    const meeting = meetingOfPath(c);
    if (!meeting) return c.notFound();
    const number = numberMeetings(listMeetings(db, project.id)).get(meeting.id)!;
    return c.render(
      <MeetingDetailPage
        project={project}
        meeting={meeting}
        number={number}
        attendees={agencyNames(db, project.id, meeting.attendeeAgencyIds)}
        tools={toolsFor(meeting)}
        notice={doneNotice(c, NOTICES)}
      />,
    );
  });

  app.get('/:mid{[0-9]+}/edit', (c) => {
    const project = c.get('project');
    const meeting = meetingOfPath(c);
    if (!meeting) return c.notFound();
    const agencies = listAttendeeOptions(c.get('db'), project.id, meeting.attendeeAgencyIds);
    return c.render(
      <MeetingFormPage project={project} meeting={meeting} agencies={agencies} values={toFormValues(meeting)} />,
    );
  });

  app.post('/:mid{[0-9]+}/edit', async (c) => {
    const project = c.get('project');
    const db = c.get('db');
    const meeting = meetingOfPath(c);
    if (!meeting) return c.notFound();
    const form = await readForm(c);
    const parsed = parseMeeting(c, form, meeting.attendeeAgencyIds);
    if (!parsed.ok) {
      c.status(422);
      const agencies = listAttendeeOptions(db, project.id, meeting.attendeeAgencyIds);
      return c.render(
        <MeetingFormPage
          project={project}
          meeting={meeting}
          agencies={agencies}
          values={form}
          errors={parsed.errors}
        />,
      );
    }
    const input: MeetingInput = parsed.data;
    db.transaction(() => {
      updateMeeting(db, project.id, meeting.id, input);
      audit(c, 'update', { ...meeting, ...input });
    });
    return redirect(c, `/projects/${project.id}/meetings/${meeting.id}?done=updated`);
  });

  app.get('/:mid{[0-9]+}/delete', (c) => {
    const meeting = meetingOfPath(c);
    if (!meeting) return c.notFound();
    return c.render(
      <MeetingDeletePage project={c.get('project')} meeting={meeting} blockers={referencesTo(c.get('db'), meeting)} />,
    );
  });

  app.post('/:mid{[0-9]+}/delete', (c) => {
    const project = c.get('project');
    const db = c.get('db');
    const meeting = meetingOfPath(c);
    if (!meeting) return c.notFound();
    const blockers = referencesTo(db, meeting);
    if (blockers.length) {
      c.status(409);
      return c.render(<MeetingDeletePage project={project} meeting={meeting} blockers={blockers} />);
    }
    db.transaction(() => {
      deleteMeeting(db, project.id, meeting.id);
      audit(c, 'delete', meeting);
    });
    return redirect(c, `/projects/${project.id}/meetings?done=deleted`);
  });

  return app;
}
