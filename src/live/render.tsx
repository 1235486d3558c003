// Render adapter of the live hub: turns a cell or state event into the HTML fragments each
// audience (wall, console, group sheet) swaps in over SSE.
import type { Child } from 'hono/jsx';
import type { Db } from '../db/client.ts';
import { findMeeting } from '../meetings/queries.ts';
import type { Renderers, SseMessage } from './hub.ts';
import { loadBoardView } from './boardViewModel.ts';
import { WallBoard, WallCards } from '../../views/live/wallBoard.tsx';
import { ConsoleBoard, ConsoleCards } from '../../views/live/consoleBoard.tsx';
import {
  FormPrompt,
  FormSubmit,
  ParticipantCards,
  ParticipantSheet,
  ParticipantState,
} from '../../views/live/groupSheet.tsx';
import { getSession, type LiveSession } from './sessionQueries.ts';
import { findGroup } from './groupQueries.ts';
import { listCards, type LiveCard } from './cardQueries.ts';

/** Renders a synchronous JSX tree to a string (SSE payloads are made outside a request). */
function html(node: Child): string {
  return String(node);
}

export function renderers(db: Db): Renderers {
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
      const board = loadBoardView(db, meetingId, audience.view === 'group' ? audience.groupId : undefined);
      if (!board) return [];
      const meeting = findMeeting(db, board.session.projectId, meetingId);
      const title = meeting?.title ?? '';
      if (audience.view === 'wall')
        return [{ event: 'state', data: html(<WallBoard title={title} board={board} oob />) }];
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
}
