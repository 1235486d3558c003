import { applyListQuery, readListQuery } from '../http/listQuery.ts';
import { MEETING_LIST, MEETING_SORT_LABELS } from './meetingListQuery.ts';
import { Hono } from 'hono';
import { meetingOfPath } from './loadMeeting.ts';
import type { AppEnv } from '../context.ts';
import { MeetingListPage } from '../../views/meetings/meetingListPage.tsx';
import { MeetingDetailPage } from '../../views/meetings/meetingDetailPage.tsx';
import { MeetingFormPage } from '../../views/meetings/meetingFormPage.tsx';
import { MeetingDeletePage } from '../../views/meetings/meetingDeletePage.tsx';
import { readForm, redirect, doneNotice } from '../http/form.ts';
import { staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { agencyNames, listAttendeeOptions, listMeetings, type Meeting } from './queries.ts';
import { meetingSchema } from './schemas.ts';
import { numberMeetings, standardSchedule } from './schedule.ts';
import { referencesTo, toolsFor } from './extensions.ts';
import { createMeeting, createStandardSchedule, editMeeting, removeMeeting } from './commands.ts';
import { attendanceCounts } from '../attendance/queries.ts';
import { MEETING_NOTICES } from '../lib/labels/meetings.ts';
import { meetingPath, meetingsPath } from '../lib/paths/meetings.ts';

function toFormValues(m: Meeting): Record<string, unknown> {
  return { ...m, agenda: m.agenda.join('\n'), attendeeAgencyIds: m.attendeeAgencyIds.map(String) };
}

export function meetingRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    const project = c.get('project');
    const db = c.get('db');
    const meetings = listMeetings(db, project.id);
    const numbers = numberMeetings(meetings);
    const counts = attendanceCounts(db, project.id);
    const query = readListQuery(c, MEETING_LIST);
    return c.render(
      <MeetingListPage
        project={project}
        meetings={applyListQuery(
          meetings.map((m) => ({ ...m, number: numbers.get(m.id)!, attendance: counts.get(m.id) })),
          query,
          MEETING_LIST,
        )}
        list={{ query, sorts: MEETING_SORT_LABELS, total: meetings.length }}
        standard={meetings.length ? [] : standardSchedule(project.fiscalYear, [])}
        notice={doneNotice(c, MEETING_NOTICES)}
      />,
    );
  });

  app.post('/standard', (c) => {
    const project = c.get('project');
    const result = createStandardSchedule(c.get('db'), staffActor(c), {
      projectId: project.id,
      fiscalYear: project.fiscalYear,
    });
    return redirect(c, result.ok ? `${meetingsPath(project.id)}?done=standard` : meetingsPath(project.id));
  });

  app.get('/new', (c) => {
    const project = c.get('project');
    const asked = c.req.query('kind');
    const kind = asked === 'working_group' || asked === 'support_meeting' ? asked : 'network';
    return c.render(
      <MeetingFormPage project={project} agencies={listAttendeeOptions(c.get('db'), project.id)} values={{ kind }} />,
    );
  });

  app.post('/', async (c) => {
    const project = c.get('project');
    const db = c.get('db');
    const form = await readForm(c);
    const parsed = validate(meetingSchema, form);
    const result = parsed.ok
      ? createMeeting(db, staffActor(c), { projectId: project.id, meeting: parsed.data })
      : parsed;
    if (!result.ok) {
      c.status(422);
      return c.render(
        <MeetingFormPage
          project={project}
          agencies={listAttendeeOptions(db, project.id)}
          values={form}
          errors={result.errors}
        />,
      );
    }
    return redirect(c, `${meetingPath(project.id, result.meeting.id)}?done=created`);
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
        notice={doneNotice(c, MEETING_NOTICES)}
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
    const parsed = validate(meetingSchema, form);
    const result = parsed.ok ? editMeeting(db, staffActor(c), { meeting, changes: parsed.data }) : parsed;
    if (!result.ok) {
      c.status(422);
      const agencies = listAttendeeOptions(db, project.id, meeting.attendeeAgencyIds);
      return c.render(
        <MeetingFormPage
          project={project}
          meeting={meeting}
          agencies={agencies}
          values={form}
          errors={result.errors}
        />,
      );
    }
    return redirect(c, `${meetingPath(project.id, meeting.id)}?done=updated`);
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
    const meeting = meetingOfPath(c);
    if (!meeting) return c.notFound();
    const result = removeMeeting(c.get('db'), staffActor(c), { meeting });
    if (!result.ok) {
      c.status(409);
      return c.render(<MeetingDeletePage project={project} meeting={meeting} blockers={result.blockers} />);
    }
    return redirect(c, `${meetingsPath(project.id)}?done=deleted`);
  });

  return app;
}
