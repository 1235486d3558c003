// Wires the hub to its render adapter and serves its streams. One hub per database (tests open
// many). The stream is a plain ReadableStream of pre-encoded bytes: queuing a chunk is a
// synchronous enqueue (no promise per write), and the queue's size is the back-pressure signal.
import type { Context } from 'hono';
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

// A client with this many bytes not yet taken by its socket is dropped; it reconnects and
// catches up from its last event id.
const MAX_QUEUED_BYTES = 4 * 1024 * 1024;
const encoder = new TextEncoder();

/**
 * The SSE response for one wall, console or group sheet. Resumes after the Last-Event-ID header
 * (browser reconnect) or the `after` query (the event id the page was rendered at).
 */
export function sseResponse(c: Context, meetingId: number, audience: Audience): Response {
  const db = c.get('db') as Db;
  const after = eventIdFrom(c.req.header('Last-Event-ID')) ?? eventIdFrom(c.req.query('after')) ?? 0;
  let unsubscribe = () => {};
  let open = true;
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const close = () => {
          if (!open) return;
          open = false;
          unsubscribe();
          controller.close();
        };
        controller.enqueue(encoder.encode('retry: 1000\n\n'));
        unsubscribe = liveHub(db).subscribe(
          meetingId,
          {
            audience,
            write(chunk) {
              if (!open || (controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) return false;
              controller.enqueue(chunk);
              return true;
            },
            close,
          },
          after,
        );
        c.req.raw.signal?.addEventListener('abort', close);
      },
      cancel() {
        open = false;
        unsubscribe();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
  return new Response(body, {
    headers: {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
