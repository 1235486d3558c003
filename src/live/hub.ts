// In-process fan-out of live events to SSE clients, as deltas. Events are read back from the
// persisted live_events table, so a client that reconnects with Last-Event-ID gets exactly what
// it missed. A card event becomes one small fragment per audience (the card as it is now, keyed
// by its element id, so applying it twice changes nothing); a state event re-renders the board.
// Subscribers are kept in separate sets (walls, consoles, one per group): each set's fragment is
// rendered and encoded once and the same bytes are queued to every member, without a promise per
// write. Publishing is coalesced: the events of one short window go out as one write per client.
import type { Db } from '../db/client.ts';
import { eventsAfter, lastEventId, type LiveEvent } from './eventQueries.ts';
import { Frame } from './frame.ts';

export type Audience = { view: 'wall' } | { view: 'console' } | { view: 'group'; groupId: number };
export type SseMessage = { event: string; data: string };

/** What changed in a window of events, after coalescing. */
export type Delta = {
  /** The board must be re-rendered whole (phase, groups, prompts, lock…). */
  state: boolean;
  /** Cards that changed, each once, in event order. */
  cards: number[];
  /** The cards each group sheet must hear of (a moved card also tells the group it left). */
  groupCards: Map<number, number[]>;
  /** Fields of a group's live sheet that changed. */
  fields: number[];
  groupFields: Map<number, number[]>;
};

/** Renders one delta for each audience; the instance is made per delta, so it may memoise reads. */
export type Renderers = (meetingId: number) => {
  state(audience: Audience): SseMessage[];
  cards(audience: Audience, cardIds: number[]): SseMessage[];
  fields(audience: Audience, fieldIds: number[]): SseMessage[];
};

export type Subscriber = {
  audience: Audience;
  /** Queues a frame for the client; returns false when the client is too far behind to keep. */
  write(frame: Frame): boolean;
  close(): void;
};

type Channel = {
  cursor: number;
  walls: Set<Subscriber>;
  consoles: Set<Subscriber>;
  groups: Map<number, Set<Subscriber>>;
  scheduled: boolean;
  lastPublish: number;
  /** How long the last publish kept the main thread (ms). */
  cost: number;
  /** What a client resuming after an event id is sent, per audience, until the next publish. */
  replays: Map<string, Frame | null>;
};

const PING = new Frame(': ping\n\n');
// Under load, events of this many ms go out together: one write per client instead of one per card.
const WINDOW_MS = 10;
// When writing a window's frames takes long (thousands of sockets), the next window grows to
// this many times that: fan-out never takes more than about half the main thread, and each
// phone gets several cards in one write instead of the posts waiting behind the writes.
const COST_FACTOR = 2;

export function formatSse(id: number, msg: SseMessage): string {
  const data = msg.data
    .split(/\r\n|\r|\n/)
    .map((line) => `data: ${line}`)
    .join('\n');
  return `event: ${msg.event}\n${data}\nid: ${id}\n\n`;
}

const pushTo = (map: Map<number, number[]>, key: number, id: number) => {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
};

/** Coalesces events: each card and field once; any state (or older whole-cell) event means the board. */
export function coalesce(events: LiveEvent[]): Delta {
  const delta: Delta = { state: false, cards: [], groupCards: new Map(), fields: [], groupFields: new Map() };
  const seenCards = new Set<number>();
  const seenFields = new Set<number>();
  for (const e of events) {
    if (e.kind === 'card' && e.cardId !== null) {
      if (!seenCards.has(e.cardId)) delta.cards.push(e.cardId);
      seenCards.add(e.cardId);
      if (e.groupId !== null) pushTo(delta.groupCards, e.groupId, e.cardId);
    } else if (e.kind === 'field' && e.cardId !== null && e.groupId !== null) {
      if (!seenFields.has(e.cardId)) delta.fields.push(e.cardId);
      seenFields.add(e.cardId);
      pushTo(delta.groupFields, e.groupId, e.cardId);
    } else delta.state = true;
  }
  return delta;
}

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
    let ch = this.channels.get(meetingId);
    if (!ch) {
      ch = {
        cursor: lastEventId(this.db, meetingId),
        walls: new Set(),
        consoles: new Set(),
        groups: new Map(),
        scheduled: false,
        lastPublish: 0,
        cost: 0,
        replays: new Map(),
      };
      this.channels.set(meetingId, ch);
    }
    const channel = ch;
    const missed = afterId < channel.cursor ? this.replay(meetingId, channel, sub.audience, afterId) : null;
    if (missed && !sub.write(missed)) {
      if (this.size(channel) === 0) this.channels.delete(meetingId);
      sub.close();
      return () => {};
    }
    const set = this.setFor(channel, sub.audience);
    set.add(sub);
    this.timer ??= setInterval(() => this.keepAlive(), this.keepAliveMs).unref();
    let subscribed = true;
    // once only: a later call must not drop a newer set of the same group
    return () => {
      if (!subscribed) return;
      subscribed = false;
      set.delete(sub);
      const { audience } = sub;
      if (audience.view === 'group' && set.size === 0 && channel.groups.get(audience.groupId) === set)
        channel.groups.delete(audience.groupId);
      if (this.size(channel) === 0 && this.channels.get(meetingId) === channel) this.channels.delete(meetingId);
      if (this.channels.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  /**
   * Sends the events recorded since the last publish; called after every committed change.
   * Right away when the meeting was quiet, else at the end of the current window.
   */
  publish(meetingId: number): void {
    const ch = this.channels.get(meetingId);
    if (!ch || ch.scheduled) return;
    ch.scheduled = true;
    const wait = Math.max(0, ch.lastPublish + Math.max(WINDOW_MS, COST_FACTOR * ch.cost) - Date.now());
    const run = () => {
      ch.scheduled = false;
      const start = performance.now();
      ch.lastPublish = Date.now();
      this.publishNow(meetingId, ch);
      ch.cost = performance.now() - start;
    };
    if (wait === 0) setImmediate(run);
    else setTimeout(run, wait);
  }

  subscriberCount(meetingId?: number): number {
    if (meetingId !== undefined) {
      const ch = this.channels.get(meetingId);
      return ch ? this.size(ch) : 0;
    }
    let n = 0;
    for (const ch of this.channels.values()) n += this.size(ch);
    return n;
  }

  private publishNow(meetingId: number, ch: Channel) {
    if (this.channels.get(meetingId) !== ch) return;
    const events = eventsAfter(this.db, meetingId, ch.cursor);
    if (!events.length) return;
    ch.cursor = events[events.length - 1].id;
    ch.replays.clear();
    const sets: [Audience, Set<Subscriber>][] = [];
    if (ch.walls.size) sets.push([{ view: 'wall' }, ch.walls]);
    if (ch.consoles.size) sets.push([{ view: 'console' }, ch.consoles]);
    for (const [groupId, set] of ch.groups) sets.push([{ view: 'group', groupId }, set]);
    this.deliver(meetingId, sets, events);
  }

  private size(ch: Channel) {
    let n = ch.walls.size + ch.consoles.size;
    for (const set of ch.groups.values()) n += set.size;
    return n;
  }

  private setFor(ch: Channel, audience: Audience): Set<Subscriber> {
    if (audience.view === 'wall') return ch.walls;
    if (audience.view === 'console') return ch.consoles;
    let set = ch.groups.get(audience.groupId);
    if (!set) ch.groups.set(audience.groupId, (set = new Set()));
    return set;
  }

  /**
   * The catch-up of a client resuming after `afterId`, up to the channel's cursor. Clients of one
   * audience that reconnect together (a reconnect storm) mostly resume from the same event: the
   * frame is read and rendered once for all of them.
   */
  private replay(meetingId: number, ch: Channel, audience: Audience, afterId: number): Frame | null {
    const key = `${audience.view === 'group' ? audience.groupId : audience.view}@${afterId}`;
    let frame = ch.replays.get(key);
    if (frame === undefined) {
      const missed = eventsAfter(this.db, meetingId, afterId).filter((e) => e.id <= ch.cursor);
      frame = missed.length ? this.frame(this.render(meetingId), audience, missed) : null;
      ch.replays.set(key, frame);
    }
    return frame;
  }

  /** One audience's fragments for a window of events, encoded once; null when it has nothing to show. */
  private frame(render: ReturnType<Renderers>, audience: Audience, events: LiveEvent[], delta = coalesce(events)) {
    const group = audience.view === 'group' ? audience.groupId : undefined;
    const messages = delta.state
      ? render.state(audience)
      : [
          ...render.cards(audience, group === undefined ? delta.cards : (delta.groupCards.get(group) ?? [])),
          ...render.fields(audience, group === undefined ? delta.fields : (delta.groupFields.get(group) ?? [])),
        ];
    const id = events[events.length - 1].id;
    return messages.length ? new Frame(messages.map((m) => formatSse(id, m)).join('')) : null;
  }

  private deliver(meetingId: number, sets: [Audience, Iterable<Subscriber>][], events: LiveEvent[]): void {
    const delta = coalesce(events);
    const render = this.render(meetingId);
    for (const [audience, subs] of sets) {
      const frame = this.frame(render, audience, events, delta);
      if (frame) for (const sub of subs) if (!sub.write(frame)) this.drop(meetingId, sub);
    }
  }

  private drop(meetingId: number, sub: Subscriber) {
    const ch = this.channels.get(meetingId);
    if (ch) this.setFor(ch, sub.audience).delete(sub);
    sub.close();
  }

  private keepAlive() {
    for (const [meetingId, ch] of this.channels) {
      // also picks up events written by another process (e.g. the CLI)
      this.publishNow(meetingId, ch);
      for (const set of [ch.walls, ch.consoles, ...ch.groups.values()])
        for (const sub of set) if (!sub.write(PING)) this.drop(meetingId, sub);
    }
  }
}
