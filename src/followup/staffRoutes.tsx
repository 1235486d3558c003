import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { FollowupPage } from '../../views/followup/followupPage.tsx';
import { readForm, redirect, type FieldErrors, type FormValues } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { todayJst } from '../lib/time.ts';
import { findIssueRow } from '../issuesTable/queries.ts';
import { listAttendeeOptions, listMeetings } from '../meetings/queries.ts';
import { findFollowup, listHistory } from './queries.ts';
import { followupSchema, historySchema } from './schemas.ts';
import { addHistory, saveFollowup } from './commands.ts';
import { issueFollowupPath } from '../lib/paths/issuesTable.ts';

type C = Context<AppEnv>;
const NOTICES: Record<string, string> = { saved: '担当・期限を保存しました。', noted: '経過を記録しました。' };

/** /projects/:pid/issues/:rid/follow-up — owner, due date or target meeting, dated history. */
export function followupRoutes() {
  const app = new Hono<AppEnv>();
  const row = (c: C) => {
    const rid = idParam(c, 'rid');
    return rid === null ? undefined : findIssueRow(c.get('db'), c.get('project').id, rid);
  };
  const page = (c: C, extra: { errors?: FieldErrors; values?: FormValues } = {}) => {
    const r = row(c)!;
    const db = c.get('db');
    const pid = c.get('project').id;
    const done = c.req.query('done');
    return c.render(
      <FollowupPage
        project={c.get('project')}
        row={r}
        followup={findFollowup(db, r.id)}
        history={listHistory(db, r.id)}
        agencies={listAttendeeOptions(db, pid)}
        meetings={listMeetings(db, pid)}
        today={todayJst()}
        notice={done && Object.hasOwn(NOTICES, done) ? NOTICES[done] : undefined}
        {...extra}
      />,
    );
  };
  const post = (kind: 'saved' | 'noted') => async (c: C) => {
    const r = row(c);
    if (!r) return c.notFound();
    const form = await readForm(c);
    const pid = c.get('project').id;
    const parsed = kind === 'saved' ? validate(followupSchema, form) : validate(historySchema, form);
    if (!parsed.ok) {
      c.status(422);
      return page(c, { errors: parsed.errors, values: kind === 'noted' ? form : undefined });
    }
    const result =
      kind === 'saved'
        ? saveFollowup(c.get('db'), staffActor(c), pid, r.id, parsed.data as never)
        : addHistory(c.get('db'), staffActor(c), pid, r.id, parsed.data as never);
    if (!result.ok) return c.notFound();
    return redirect(c, `${issueFollowupPath(pid, r.id)}?done=${kind}`);
  };

  app.get('/', (c) => (row(c) ? page(c) : c.notFound()));
  app.post('/', post('saved'));
  app.post('/history', post('noted'));
  return app;
}
