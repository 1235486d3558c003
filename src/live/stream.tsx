// Wires the hub to the views and to Hono's SSE helper. One hub per database (tests open many).
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { streamSSE } from 'hono/streaming';
import type { Db } from '../db/client.ts';
import { findMeeting } from '../meetings/queries.ts';
import { LiveHub, type Audience, type Renderers, type SseMessage } from './hub.ts';
import { currentPrompt, loadBoard } from './board.ts';
import { findGroup, getSession, listCards, type LiveCard, type LiveSession } from './queries.ts';
import { WallBoard, WallCards } from '../../views/live/wall.tsx';
import { ConsoleBoard, ConsoleCards } from '../../views/live/console.tsx';
import {
  FormPrompt,
  FormSubmit,
  ParticipantCards,
  ParticipantSheet,
  ParticipantState,
} from '../../views/live/participant.tsx';

/** Renders a synchronous JSX tree to a string (SSE payloads are made outside a request). */
function html(node: Child): string {
  return String(node);
}

function renderers(db: Db): Renderers {
  // The wall, the console and the group render the same cell for one event: read it once.
  let memo: { key: string; session: LiveSession | undefined; cards: LiveCard[] } | undefined;
  const cellData = (meetingId: number, groupId: number, promptId: number, eventId: number) => {
    const key = `${meetingId}:${eventId}`;
    if (memo?.key !== key)
      memo = { key, session: getSession(db, meetingId), cards: listCards(db, meetingId, { groupId, promptId }) };
    return memo;
  };
  return {
    cell(meetingId, audience, groupId, promptId, eventId) {
      const { session, cards } = cellData(meetingId, groupId, promptId, eventId);
      if (!session) return [];
      const showVotes = session.votingStatus !== 'none';
      if (audience.view === 'wall')
        return [
          {
            event: 'cell',
            data: html(<WallCards groupId={groupId} promptId={promptId} cards={cards} showVotes={showVotes} oob />),
          },
        ];
      if (audience.view === 'console')
        return [
          {
            event: 'cell',
            data: html(<ConsoleCards session={session} groupId={groupId} promptId={promptId} cards={cards} oob />),
          },
        ];
      const editable = session.status === 'open' && !session.inputLocked;
      return [
        {
          event: 'cell',
          data: html(
            <ParticipantCards
              code={session.joinCode ?? ''}
              groupId={groupId}
              promptId={promptId}
              cards={cards}
              editable={editable}
              oob
            />,
          ),
        },
      ];
    },
    state(meetingId, audience) {
      const board = loadBoard(db, meetingId, audience.view === 'group' ? audience.groupId : undefined);
      if (!board) return [];
      const meeting = findMeeting(db, board.session.projectId, meetingId);
      const title = meeting?.title ?? '';
      if (audience.view === 'wall')
        return [{ event: 'state', data: html(<WallBoard title={title} board={board} oob />) }];
      if (audience.view === 'console') return [{ event: 'state', data: html(<ConsoleBoard board={board} oob />) }];
      const group = findGroup(db, meetingId, audience.groupId);
      if (!group) return [{ event: 'closed', data: '' }];
      const code = board.session.joinCode ?? '';
      const prompt = currentPrompt(board.session, board.prompts)?.prompt ?? null;
      const messages: SseMessage[] = [
        {
          event: 'state',
          data: html(
            <>
              <ParticipantState code={code} board={board} group={group} oob />
              <FormPrompt session={board.session} prompt={prompt} oob />
              <FormSubmit session={board.session} oob />
              <ParticipantSheet code={code} group={group} board={board} oob />
            </>,
          ),
        },
      ];
      if (board.session.status === 'closed') messages.push({ event: 'closed', data: '' });
      return messages;
    },
  };
}

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
