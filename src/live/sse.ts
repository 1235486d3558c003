// Wires the hub to its render adapter and serves its streams. One hub per database (tests open
// many). Served by @hono/node-server, a stream writes the hub's pre-encoded frames straight to
// its socket: one write per subscriber per publish, no web stream, no promise per write; the
// socket's own buffer is the back-pressure signal. Elsewhere (app.request in tests) it is a
// plain ReadableStream of the same bytes.
import { ServerResponse } from 'node:http';
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { perDb, type Db } from '../db/client.ts';
import { LiveHub, type Audience, type Subscriber } from './hub.ts';
import { Frame } from './frame.ts';
import { renderers } from './render.tsx';

export const liveHub = perDb((db): LiveHub => new LiveHub(db, renderers(db)));

/** Call after a committed write so connected walls and sheets update. */
export function notify(db: Db, meetingId: number): void {
  liveHub(db).publish(meetingId);
}

function eventIdFrom(value: string | undefined): number | null {
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

// A client with this many bytes not yet taken by its socket is dropped: it reconnects and
// catches up from its last event id, instead of the server buffering for it without end.
const MAX_QUEUED_BYTES = 512 * 1024;
const RETRY = new Frame('retry: 1000\n\n');
const HEADERS = {
  'Content-Type': 'text/event-stream',
  'Cache-Control': 'no-cache',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
};

/** The Node response behind a request served by @hono/node-server (none under app.request). */
export function nodeResponse(c: Context): ServerResponse | undefined {
  const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
  return outgoing instanceof ServerResponse ? outgoing : undefined;
}

type Subscribe = (sub: Subscriber) => () => void;

/** Writes headers now and every frame straight to the socket; the hub's frames are already chunked once. */
function socketStream(outgoing: ServerResponse, audience: Audience, subscribe: Subscribe): Response {
  outgoing.writeHead(200, HEADERS);
  outgoing.flushHeaders();
  const socket = outgoing.socket!;
  const chunked = outgoing.chunkedEncoding;
  let open = true;
  let unsubscribe = () => {};
  const end = () => {
    if (!open) return;
    open = false;
    unsubscribe();
  };
  outgoing.once('close', end);
  const send = (frame: Frame) => socket.write(chunked ? frame.chunk : frame.bytes);
  send(RETRY);
  unsubscribe = subscribe({
    audience,
    write(frame) {
      if (!open || socket.destroyed || socket.writableLength > MAX_QUEUED_BYTES) return false;
      send(frame);
      return true;
    },
    close() {
      end();
      socket.destroy();
    },
  });
  if (!open) unsubscribe(); // dropped while catching up, before unsubscribe was known
  // a copy, so middleware that sets headers on it never changes the shared one
  return RESPONSE_ALREADY_SENT.clone();
}

function webStream(c: Context, audience: Audience, subscribe: Subscribe): Response {
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
        controller.enqueue(RETRY.bytes);
        unsubscribe = subscribe({
          audience,
          write(frame) {
            if (!open || (controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) return false;
            controller.enqueue(frame.bytes);
            return true;
          },
          close,
        });
        c.req.raw.signal?.addEventListener('abort', close);
      },
      cancel() {
        open = false;
        unsubscribe();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
  return new Response(body, { headers: HEADERS });
}

/**
 * The SSE response for one wall, console or group sheet. Resumes after the Last-Event-ID header
 * (browser reconnect) or the `after` query (the event id the page was rendered at).
 */
export function sseResponse(c: Context, meetingId: number, audience: Audience): Response {
  const db = c.get('db') as Db;
  const after = eventIdFrom(c.req.header('Last-Event-ID')) ?? eventIdFrom(c.req.query('after')) ?? 0;
  const subscribe: Subscribe = (sub) => liveHub(db).subscribe(meetingId, sub, after);
  const outgoing = nodeResponse(c);
  return outgoing?.socket && !outgoing.headersSent
    ? socketStream(outgoing, audience, subscribe)
    : webStream(c, audience, subscribe);
}
