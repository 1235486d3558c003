import type { Context } from 'hono';

export type RawForm = Record<string, string | string[]>;

/** Messages by field name, as validation returns them and forms show them. */
export type FieldErrors = Record<string, string | undefined>;
/** What a form shows back in its fields (typed values or the raw post after an error). */
export type FormValues = Record<string, unknown>;

/** Reads a urlencoded or multipart body into plain strings (files are dropped). */
export async function readForm(c: Context): Promise<RawForm> {
  const body = await c.req.parseBody({ all: true });
  const out: RawForm = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
    else if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** Always an array, for checkbox groups and repeated fields. */
export function many(form: RawForm, key: string): string[] {
  const v = form[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export function isHtmx(c: Context): boolean {
  return c.req.header('HX-Request') === 'true';
}

/** Post/redirect/get; htmx-boosted forms follow the redirect and swap the result. */
export function redirect(c: Context, location: string) {
  return c.redirect(location, 303);
}

/**
 * The one-time message for `?done=<key>` after a post/redirect/get, or undefined. Only the
 * page's own keys count (never inherited ones such as `constructor`).
 */
export function doneNotice(c: Context, notices: Record<string, string>): string | undefined {
  const done = c.req.query('done');
  return done !== undefined && Object.hasOwn(notices, done) ? notices[done] : undefined;
}
