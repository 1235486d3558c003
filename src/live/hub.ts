// In-process fan-out of live events to SSE clients. Every client keeps the id of the last event
// it has seen; events are read back from the persisted live_events table, so a client that
// reconnects with Last-Event-ID gets exactly what it missed. Each event re-renders a whole cell
// (or the whole state) from the database, which makes replays idempotent: no duplicate cards.
import type { Db } from '../db/client.ts';
import { eventsAfter, lastEventId, type LiveEvent } from './eventQueries.ts';

export type Audience = { view: 'wall' } | { view: 'console' } | { view: 'group'; groupId: number };
export type SseMessage = { event: string; data: string };

export type Renderers = {
  /** `eventId` identifies the change being rendered, so data can be shared across audiences. */
  cell(meetingId: number, audience: Audience, groupId: number, promptId: number, eventId: number): SseMessage[];
  state(meetingId: number, audience: Audience): SseMessage[];
};

export type Subscriber = {
  audience: Audience;
  lastId: number;
  /** Queues bytes for the client; returns false when the client is too far behind to keep. */
  write(chunk: Uint8Array): boolean;
  close(): void;
};

type Channel = { cursor: number; subs: Set<Subscriber> };

const encoder = new TextEncoder();

export function formatSse(id: number, msg: SseMessage): string {
  const data = msg.data
    .split(/\r\n|\r|\n/)
    .map((line) => `data: ${line}`)
    .join('\n');
  return `event: ${msg.event}\n${data}\nid: ${id}\n\n`;
}

const audienceKey = (a: Audience) => (a.view === 'group' ? `g${a.groupId}` : a.view);
const eventKey = (e: LiveEvent) => (e.kind === 'cell' ? `c${e.groupId}-${e.promptId}` : 's');
const visible = (a: Audience, e: LiveEvent) => e.kind === 'state' || a.view !== 'group' || a.groupId === e.groupId;

export class LiveHub {
  private channels = new Map<number, Channel>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private db: Db,
    private render: Renderers,
    private keepAliveMs = 15_000,
  ) {}

  /** Registers a client and sends what it missed after `afterId`; returns the unsubscribe function. */
  subscribe(meetingId: number, sub: Subscriber, afterId: number): () => void {
    let channel = this.channels.get(meetingId);
    if (!channel) {
      channel = { cursor: lastEventId(this.db, meetingId), subs: new Set() };
      this.channels.set(meetingId, channel);
    }
    const ch = channel;
    sub.lastId = afterId;
    if (afterId < ch.cursor)
      this.deliver(
        meetingId,
        [sub],
        eventsAfter(this.db, meetingId, afterId).filter((e) => e.id <= ch.cursor),
      );
    sub.lastId = Math.max(afterId, ch.cursor);
    ch.subs.add(sub);
    this.timer ??= setInterval(() => this.keepAlive(), this.keepAliveMs).unref();
    return () => {
      ch.subs.delete(sub);
      if (ch.subs.size === 0 && this.channels.get(meetingId) === ch) this.channels.delete(meetingId);
      if (this.channels.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /** Sends every event recorded since the last publish to the meeting's clients. */
  publish(meetingId: number): void {
    const ch = this.channels.get(meetingId);
    if (!ch) return;
    const events = eventsAfter(this.db, meetingId, ch.cursor);
    if (!events.length) return;
    ch.cursor = events[events.length - 1].id;
    this.deliver(meetingId, [...ch.subs], events);
  }

  subscriberCount(meetingId?: number): number {
    if (meetingId !== undefined) return this.channels.get(meetingId)?.subs.size ?? 0;
    let n = 0;
    for (const ch of this.channels.values()) n += ch.subs.size;
    return n;
  }

  private deliver(meetingId: number, subs: Subscriber[], events: LiveEvent[]): void {
    // Coalesce: a cell changed five times is rendered once, under its latest event id.
    const latest = new Map<string, LiveEvent>();
    for (const e of events) {
      const key = eventKey(e);
      latest.delete(key);
      latest.set(key, e);
    }
    const ordered = [...latest.values()];
    const lastId = events[events.length - 1].id;
    const rendered = new Map<string, Uint8Array>();
    for (const sub of subs) {
      const chunks: Uint8Array[] = [];
      for (const e of ordered) {
        if (e.id <= sub.lastId || !visible(sub.audience, e)) continue;
        const key = `${audienceKey(sub.audience)}|${eventKey(e)}`;
        let chunk = rendered.get(key);
        if (!chunk) {
          const messages =
            e.kind === 'cell'
              ? this.render.cell(meetingId, sub.audience, e.groupId!, e.promptId!, e.id)
              : this.render.state(meetingId, sub.audience);
          chunk = encoder.encode(messages.map((m) => formatSse(e.id, m)).join(''));
          rendered.set(key, chunk);
        }
        chunks.push(chunk);
      }
      sub.lastId = Math.max(sub.lastId, lastId);
      if (chunks.length && !sub.write(chunks.length === 1 ? chunks[0] : concat(chunks))) this.drop(meetingId, sub);
    }
  }

  private drop(meetingId: number, sub: Subscriber) {
    this.channels.get(meetingId)?.subs.delete(sub);
    sub.close();
  }

  private keepAlive() {
    const ping = encoder.encode(': ping\n\n');
    for (const [meetingId, ch] of this.channels) {
      // also picks up events written by another process (e.g. the CLI)
      this.publish(meetingId);
      for (const sub of ch.subs) if (!sub.write(ping)) this.drop(meetingId, sub);
    }
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
