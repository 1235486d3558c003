import { contentDisposition, downloadFileName } from '../lib/fileName.ts';
import { Hono, type Context } from 'hono';
import { loadMeeting, type MeetingEnv } from '../meetings/loadMeeting.ts';
import { MinutesEditPage } from '../../views/minutes/minutesEditPage.tsx';
import { MinutesPrintPage } from '../../views/minutes/minutesPrintPage.tsx';
import { readForm, redirect, type RawForm } from '../http/form.ts';
import { staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { formatDateTime } from '../lib/format.ts';
import { minutesView, meetingAttendance } from './minutesViewModel.ts';
import { issueSchema, minutesEditSchema } from './schemas.ts';
import { actionToIssue, issueMinutes, saveMinutesDraft } from './commands.ts';
import { findVersion } from './queries.ts';
import { minutesBlocks } from './docxBlocks.ts';
import { writeDocx } from '../report/docx.ts';
import { minutesPath } from '../lib/paths/attendance.ts';
import { issueRowEditPath } from '../lib/paths/issuesTable.ts';
import type { FieldFinding } from '../cases/pii.ts';

type C = Context<MeetingEnv>;
const actor = (c: C) => staffActor(c as Context) as ReturnType<typeof staffActor> & { kind: 'staff' };
const NOTICES: Record<string, string> = { saved: '下書きを保存しました。', issued: '議事録を発行しました。' };

/** /projects/:pid/meetings/:mid/minutes — draft, autosave, issue, versions (print and DOCX). */
export function minutesRoutes() {
  const app = new Hono<MeetingEnv>();
  app.use(loadMeeting);
  const base = (c: C) => minutesPath(c.get('project').id, c.get('meeting').id);

  const page = (c: C, findings?: FieldFinding[]) => {
    const done = c.req.query('done');
    return c.render(
      <MinutesEditPage
        project={c.get('project')}
        meeting={c.get('meeting')}
        view={minutesView(c.get('db'), c.get('meeting'))}
        notice={done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined}
        findings={findings}
      />,
    );
  };

  app.get('/', (c) => page(c));

  const save = async (c: C, form?: RawForm) => {
    const parsed = validate(minutesEditSchema, form ?? (await readForm(c)));
    if (!parsed.ok) return { ok: false as const, errors: parsed.errors };
    const db = c.get('db');
    const current = minutesView(db, c.get('meeting')).content;
    return saveMinutesDraft(db, actor(c), c.get('meeting'), current, parsed.data);
  };

  app.post('/', async (c) => {
    const result = await save(c);
    if (!result.ok) {
      c.status(422);
      return page(c);
    }
    return redirect(c, `${base(c)}?done=saved`);
  });

  app.post('/autosave', async (c) => {
    const result = await save(c);
    if (!result.ok)
      return c.html(
        `<strong class="error" data-not-saved>${Object.values(result.errors).join(' ')}（保存していません）</strong>`,
        422,
      );
    return c.html(`保存済み ${formatDateTime(result.savedAt)}`);
  });

  app.post('/issue', async (c) => {
    const form = await readForm(c);
    const parsed = validate(issueSchema, form);
    const meeting = c.get('meeting');
    const db = c.get('db');
    if (!parsed.ok) return c.text('指定が正しくありません。', 422);
    // the issue button sends the form on screen: typed in the autosave's pause, or never touched
    // (the generated draft), it is saved first so what staff see is what is issued
    if ('decisions' in form) {
      const saved = await save(c, form);
      if (!saved.ok) {
        c.status(422);
        return page(c);
      }
    }
    const result = issueMinutes(db, actor(c), meeting, {
      attendance: meetingAttendance(db, meeting),
      confirmPii: parsed.data.confirmPii === '1',
    });
    if (result.ok) return redirect(c, `${base(c)}?done=issued`);
    c.status(422);
    if (result.reason === 'no_draft') return c.text('先に下書きを保存してください。', 422);
    return page(c, result.findings);
  });

  app.post('/actions/:idx{[0-9]+}/issue', (c) => {
    const result = actionToIssue(c.get('db'), actor(c), c.get('meeting'), Number(c.req.param('idx')));
    if (!result.ok)
      return result.reason === 'already' ? c.text('すでに課題の表に追加されています。', 409) : c.notFound();
    return redirect(c, issueRowEditPath(c.get('project').id, result.rowId));
  });

  const version = (c: C) => findVersion(c.get('db'), c.get('meeting').id, Number(c.req.param('v')));

  app.get('/:v{[0-9]+}', (c) => {
    const v = version(c);
    if (!v) return c.notFound();
    return c.render(<MinutesPrintPage version={v} back={base(c)} docx={`${base(c)}/${v.version}/docx`} />);
  });

  app.get('/:v{[0-9]+}/docx', async (c) => {
    const v = version(c);
    if (!v) return c.notFound();
    const body = await writeDocx(`議事録 第${v.version}版`, minutesBlocks(v));
    const project = c.get('project');
    const meeting = c.get('meeting');
    const name = downloadFileName(
      [project.municipality || project.name, meeting.title, '議事録', `第${v.version}版`, meeting.date],
      'docx',
    );
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'Content-Disposition': contentDisposition(name),
    });
  });

  return app;
}
