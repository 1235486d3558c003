// The one way a staff route finds the meeting of its path (:mid) inside the already-loaded project.
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { idParam } from '../http/middleware.ts';
import { findMeeting, type Meeting } from './queries.ts';

export type MeetingEnv = { Variables: AppEnv['Variables'] & { meeting: Meeting } };

/** The path's meeting, or undefined when :mid is malformed or belongs to another project. */
export function meetingOfPath<E extends AppEnv>(c: Context<E>): Meeting | undefined {
  const mid = idParam(c, 'mid');
  return mid === null ? undefined : findMeeting(c.get('db'), c.get('project').id, mid);
}

/** Middleware form for routers mounted under a meeting: sets `meeting`, or answers 404. */
export const loadMeeting: MiddlewareHandler<MeetingEnv> = async (c, next) => {
  const meeting = meetingOfPath(c);
  if (!meeting) return c.notFound();
  c.set('meeting', meeting);
  await next();
};
