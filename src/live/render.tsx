// Render adapter of the live hub: turns a delta (cards that changed, or the whole state) into the
// HTML fragments each audience (wall, console, group sheet) applies over SSE. A card fragment is
// the card as it is now, or a removal, under the card's element id: applying it twice is harmless.
import type { Child } from 'hono/jsx';
import type { Db } from '../db/client.ts';
import type { Audience, Renderers, SseMessage } from './hub.ts';
import { loadBoardView, shownInCell, type ShownCard } from './boardViewModel.ts';
import { WallBoard, WallCard } from '../../views/live/wallBoard.tsx';
import { ConsoleBoard, ConsoleCard } from '../../views/live/consoleBoard.tsx';
import { GoneCard } from '../../views/live/parts.tsx';
import {
  canWrite,
  FormPrompt,
  FormSubmit,
  ParticipantCard,
  ParticipantSheet,
  ParticipantState,
} from '../../views/live/groupSheet.tsx';
import { getSession } from './sessionQueries.ts';
import { findGroup } from './groupQueries.ts';
import { cardAsIs, type LiveCard } from './cardQueries.ts';
import { cachedMeeting } from './liveCache.ts';
import { fieldAsIs } from './sheetFieldQueries.ts';
import { fieldPayload } from './sheetView.ts';

/** Renders a synchronous JSX tree to a string (SSE payloads are made outside a request). */
function html(node: Child): string {
  return String(node);
}

const PREFIX = { wall: 'w-card-', console: 'c-card-', group: 'p-card-' } as const;

export function renderers(db: Db): Renderers {
  return (meetingId) => {
    // the audiences of one delta read each card once
    const cards = new Map<number, LiveCard | undefined>();
    const card = (id: number) => {
      if (!cards.has(id)) cards.set(id, cardAsIs(db, meetingId, id));
      return cards.get(id);
    };
    let sessionRead: ReturnType<typeof getSession> | null = null;
    const sessionNow = () => (sessionRead ??= getSession(db, meetingId));
    const shown = (c: LiveCard): ShownCard =>
      c.mergedIntoId ? { ...c, intoText: card(c.mergedIntoId)?.text ?? '' } : c;

    /** One card as this audience shows it, or its removal. */
    const cardHtml = (audience: Audience, id: number): Child => {
      const session = sessionNow();
      const c = card(id);
      const gone = <GoneCard id={`${PREFIX[audience.view]}${id}`} />;
      if (!session || !c) return gone;
      if (audience.view === 'wall')
        return shownInCell('wall', c) ? <WallCard card={c} showVotes={session.votingStatus !== 'none'} /> : gone;
      // the console keeps a deleted card in place for a moment, with its undo button
      if (audience.view === 'console') return <ConsoleCard session={session} card={shown(c)} />;
      const mine = c.groupId === audience.groupId && (!c.deletedAt || c.mergedIntoId);
      return mine ? (
        <ParticipantCard code={session.joinCode ?? ''} card={shown(c)} editable={canWrite(session)} />
      ) : (
        gone
      );
    };

    return {
      cards(audience, ids) {
        if (!ids.length) return [];
        return [{ event: 'card', data: html(<>{ids.map((id) => cardHtml(audience, id))}</>) }];
      },

      fields(audience, ids) {
        if (!ids.length || audience.view === 'wall') return [];
        const rows = ids.map((id) => fieldAsIs(db, meetingId, id)).filter((f) => f !== undefined);
        return [{ event: 'field', data: fieldPayload(rows) }];
      },

      state(audience) {
        const groupId = audience.view === 'group' ? audience.groupId : undefined;
        const board = loadBoardView(db, meetingId, audience.view, groupId);
        if (!board) return [];
        if (audience.view === 'wall') {
          const title = cachedMeeting(db, board.session.projectId, meetingId)?.title ?? '';
          return [{ event: 'state', data: html(<WallBoard title={title} board={board} oob />) }];
        }
        if (audience.view === 'console') return [{ event: 'state', data: html(<ConsoleBoard board={board} oob />) }];
        const group = findGroup(db, meetingId, audience.groupId);
        if (!group) return [{ event: 'closed', data: '' }];
        const code = board.session.joinCode ?? '';
        const prompt = board.current?.prompt ?? null;
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
  };
}
