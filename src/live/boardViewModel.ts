// What the wall, the console and a group sheet show of a board, computed before render: the
// cards already sorted into cells (one row per prompt, one cell per group), the current prompt,
// the voting ranking and the console's 確認待ち queue. Each audience sees its own cards: the wall
// only those released and not hidden; the console the held ones in its queue and the rest in
// their cells; a group sheet all of its own, with why a card is held or where it was merged.
import type { Db } from '../db/client.ts';
import { cellKey, currentPrompt, loadBoard, rankByVotes, type Board } from './board.ts';
import type { LivePrompt, LiveSession } from './sessionQueries.ts';
import type { LiveGroup } from './groupQueries.ts';
import { onWall, type LiveCard } from './cardQueries.ts';

export type CurrentPrompt = { prompt: LivePrompt; index: number };
/** A card as an audience shows it: with the text of the card it was merged into, if any. */
export type ShownCard = LiveCard & { intoText?: string };
export type BoardCell = { group: LiveGroup; cards: ShownCard[] };
export type BoardRow = { prompt: LivePrompt; cells: BoardCell[] };
export type BoardAudience = 'wall' | 'console' | 'group';

export type BoardView = {
  session: LiveSession;
  prompts: LivePrompt[];
  groups: LiveGroup[];
  /** The prompt the facilitator has put up, or null before the first. */
  current: CurrentPrompt | null;
  /** One row per prompt in order; each has one cell per group in order (only the sheet's group for a group sheet). */
  rows: BoardRow[];
  /** Every card on the board (not merged), cell by cell. */
  cards: LiveCard[];
  /** Cards that got votes, most first. */
  ranked: LiveCard[];
  /** Cards held back from the wall, waiting for the facilitator (console only). */
  queue: LiveCard[];
};

/** Which of a cell's cards an audience shows in the cell itself. */
export function shownInCell(audience: BoardAudience, card: LiveCard): boolean {
  if (audience === 'wall') return onWall(card);
  if (audience === 'console') return !card.held;
  return true;
}

export function boardView(board: Board, audience: BoardAudience = 'console', groupId?: number): BoardView {
  const { session, prompts, groups, cells } = board;
  const cellGroups = groupId === undefined ? groups : groups.filter((g) => g.id === groupId);
  const all = [...cells.values()].flat();
  const text = new Map(all.map((c) => [c.id, c.text]));
  const cards = all.filter((c) => !c.mergedIntoId);
  const shown = (list: LiveCard[]): ShownCard[] =>
    list
      .filter((c) => shownInCell(audience, c))
      .map((c) => (c.mergedIntoId ? { ...c, intoText: text.get(c.mergedIntoId) ?? '' } : c));
  return {
    session,
    prompts,
    groups,
    current: currentPrompt(session, prompts),
    rows: prompts.map((prompt) => ({
      prompt,
      cells: cellGroups.map((group) => ({ group, cards: shown(cells.get(cellKey(group.id, prompt.id)) ?? []) })),
    })),
    cards,
    ranked: rankByVotes(cards.filter(onWall)),
    queue: audience === 'console' ? cards.filter((c) => c.held) : [],
  };
}

/** The board view of a meeting for an audience (a group sheet's: `groupId`). */
export function loadBoardView(
  db: Db,
  meetingId: number,
  audience: BoardAudience = 'console',
  groupId?: number,
): BoardView | undefined {
  const board = loadBoard(db, meetingId, groupId, audience !== 'wall');
  return board && boardView(board, audience, groupId);
}
