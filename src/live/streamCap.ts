// At most a few live streams (SSE) per participant cookie: a phone, a tablet and a reloaded tab
// are plenty, and each open stream holds memory and a file descriptor on the server.
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { sha256 } from '../lib/crypto.ts';
import { PARTICIPANT_COOKIE } from './access.ts';
import { nodeResponse } from './sse.ts';

export const MAX_STREAMS_PER_PARTICIPANT = 4;

/** Middleware for a participant's stream route; one counter per mounted route set. */
export function participantStreamCap(max = MAX_STREAMS_PER_PARTICIPANT): MiddlewareHandler {
  const open = new Map<string, number>();
  return async (c, next) => {
    const token = getCookie(c, PARTICIPANT_COOKIE);
    if (!token) return next();
    const key = sha256(token);
    const count = open.get(key) ?? 0;
    if (count >= max) {
      return c.text(
        `同時に開いている画面が多すぎます（1人${max}つまで）。ほかのタブやウィンドウを閉じてから、このページを再読み込みしてください。`,
        429,
      );
    }
    open.set(key, count + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    };
    try {
      await next();
    } catch (err) {
      release();
      throw err;
    }
    // a stream written straight to the socket holds its slot until the connection closes
    const outgoing = nodeResponse(c);
    if (outgoing?.headersSent && c.res.ok) {
      if (outgoing.destroyed) release();
      else outgoing.once('close', release);
      return;
    }
    const body = c.res.body;
    if (!body || !c.res.ok) return release();
    // the slot is held until the stream ends or the client goes away (the server cancels the body)
    const reader = body.getReader();
    const watched = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (!done) return controller.enqueue(value);
          release();
          controller.close();
        } catch (err) {
          release();
          controller.error(err);
        }
      },
      cancel(reason) {
        release();
        return reader.cancel(reason);
      },
    });
    c.res = new Response(watched, c.res);
  };
}
