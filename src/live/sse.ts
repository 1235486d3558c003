// Wires the hub to its render adapter and to Hono's SSE helper. One hub per database (tests open many).
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Db } from '../db/client.ts';
import { LiveHub, type Audience } from './hub.ts';
import { renderers } from './render.tsx';

const hubs = new WeakMap<Db, LiveHub>();

export function liveHub(db: Db): LiveHub {
  let hub = hubs.get(db);
  if (!hub) {
    hub = new LiveHub(db, renderers(db));
    hubs.set(db, hub);
  }
  return hub;
}

/** Call after a committed write so connected walls and sheets update. */
export function notify(db: Db, meetingId: number): void {
  liveHub(db).publish(meetingId);
}

function eventIdFrom(value: string | undefined): number | null {
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

// A client this far behind (queued chunks) is dropped; it reconnects and catches up from its id.
const MAX_QUEUED = 500;

/**
 * The SSE response for one wall, console or group sheet. Resumes after the Last-Event-ID header
 * (browser reconnect) or the `after` query (the event id the page was rendered at).
 */
export function sseResponse(c: Context, meetingId: number, audience: Audience) {
  const db = c.get('db') as Db;
  const after = eventIdFrom(c.req.header('Last-Event-ID')) ?? eventIdFrom(c.req.query('after')) ?? 0;
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (stream) => {
    await stream.write('retry: 1000\n\n');
    let unsubscribe = () => {};
    let queued = 0;
    await new Promise<void>((resolve) => {
      stream.onAbort(resolve);
      unsubscribe = liveHub(db).subscribe(
        meetingId,
        {
          audience,
          lastId: after,
          write(chunk) {
            if (stream.closed || stream.aborted || queued > MAX_QUEUED) return false;
            queued++;
            void stream.write(chunk).then(() => queued--);
            return true;
          },
          close: resolve,
        },
        after,
      );
    });
    unsubscribe();
  });
}
