// What the wall, the console and a group sheet show of a board, computed before render: the
// cards already sorted into cells (one row per prompt, one cell per group), the current prompt
// and the voting ranking.
import type { Db } from '../db/client.ts';
import { cellKey, currentPrompt, loadBoard, rankByVotes, type Board } from './board.ts';
import type { LivePrompt, LiveSession } from './sessionQueries.ts';
import type { LiveGroup } from './groupQueries.ts';
import type { LiveCard } from './cardQueries.ts';

export type CurrentPrompt = { prompt: LivePrompt; index: number };
export type BoardCell = { group: LiveGroup; cards: LiveCard[] };
export type BoardRow = { prompt: LivePrompt; cells: BoardCell[] };

export type BoardView = {
  session: LiveSession;
  prompts: LivePrompt[];
  groups: LiveGroup[];
  /** The prompt the facilitator has put up, or null before the first. */
  current: CurrentPrompt | null;
  /** One row per prompt in order; each has one cell per group in order (only the sheet's group for a group sheet). */
  rows: BoardRow[];
  /** Every card on the board, cell by cell. */
  cards: LiveCard[];
  /** Cards that got votes, most first. */
  ranked: LiveCard[];
};

export function boardView(board: Board, groupId?: number): BoardView {
  const { session, prompts, groups, cells } = board;
  const cellGroups = groupId === undefined ? groups : groups.filter((g) => g.id === groupId);
  const cards = [...cells.values()].flat();
  return {
    session,
    prompts,
    groups,
    current: currentPrompt(session, prompts),
    rows: prompts.map((prompt) => ({
      prompt,
      cells: cellGroups.map((group) => ({ group, cards: cells.get(cellKey(group.id, prompt.id)) ?? [] })),
    })),
    cards,
    ranked: rankByVotes(cards),
  };
}

/** The board view of a meeting, optionally limited to one group's sheet. */
export function loadBoardView(db: Db, meetingId: number, groupId?: number): BoardView | undefined {
  const board = loadBoard(db, meetingId, groupId);
  return board && boardView(board, groupId);
}
