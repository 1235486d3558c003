// Create forms carry a one-time token (OnceField in views/components/form.tsx). The same token
// posted again — a double click, a resent form — leads to what the first post created instead of
// creating it twice. In memory: a double submit happens within seconds, in the same process.
import { perDb, type Db } from '../db/client.ts';
import type { RawForm } from './form.ts';

const KEEP_MS = 60 * 60_000;
const MAX_ENTRIES = 10_000;
const results = perDb(() => new Map<string, { location: string; at: number }>());

/** The form's token, scoped to who posts it (a user or an agency), when it carries a well-formed one. */
function keyOf(form: RawForm, scope: string): string | undefined {
  const token = form._once;
  return typeof token === 'string' && /^[A-Za-z0-9-]{16,64}$/.test(token) ? `${scope}|${token}` : undefined;
}

/** Where the first post of this form led, when it was posted before. */
export function firstResult(db: Db, form: RawForm, scope: string): string | undefined {
  const key = keyOf(form, scope);
  const hit = key ? results(db).get(key) : undefined;
  return hit && Date.now() - hit.at < KEEP_MS ? hit.location : undefined;
}

/** Remembers where this form's post led (call in the same synchronous step as the create). */
export function rememberResult(db: Db, form: RawForm, scope: string, location: string): void {
  const key = keyOf(form, scope);
  if (!key) return;
  const map = results(db);
  map.set(key, { location, at: Date.now() });
  // oldest first: entries are inserted in time order
  for (const k of map.keys()) {
    if (map.size <= MAX_ENTRIES) break;
    map.delete(k);
  }
}
