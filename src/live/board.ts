// Loads everything a wall, console or group sheet shows, in one pass; grouping is pure.
import type { Db } from '../db/client.ts';
import { getSession, listPrompts, type LivePrompt, type LiveSession } from './sessionQueries.ts';
import { listGroups, type LiveGroup } from './groupQueries.ts';
import { listCards, type LiveCard } from './cardQueries.ts';

export type Board = {
  session: LiveSession;
  prompts: LivePrompt[];
  groups: LiveGroup[];
  cells: Map<string, LiveCard[]>;
};

export const cellKey = (groupId: number, promptId: number) => `${groupId}-${promptId}`;

export function groupIntoCells(cards: LiveCard[]): Map<string, LiveCard[]> {
  const cells = new Map<string, LiveCard[]>();
  for (const card of cards) {
    const key = cellKey(card.groupId, card.promptId);
    const list = cells.get(key);
    if (list) list.push(card);
    else cells.set(key, [card]);
  }
  return cells;
}

/** The board of a meeting, optionally limited to one group's cards; `withMerged` keeps merged cards. */
export function loadBoard(db: Db, meetingId: number, groupId?: number, withMerged = false): Board | undefined {
  const session = getSession(db, meetingId);
  if (!session) return undefined;
  return {
    session,
    prompts: listPrompts(db, meetingId),
    groups: listGroups(db, meetingId),
    cells: groupIntoCells(listCards(db, meetingId, { groupId, withMerged })),
  };
}

/** Cards ordered by votes (most first), for results after a dot-voting round. */
export function rankByVotes(cards: LiveCard[]): LiveCard[] {
  return [...cards].filter((c) => c.votes > 0).sort((a, b) => b.votes - a.votes || a.id - b.id);
}

/** The prompt the facilitator has put up, with its position, or null before the first. */
export function currentPrompt(
  session: LiveSession,
  prompts: LivePrompt[],
): { prompt: LivePrompt; index: number } | null {
  const index = prompts.findIndex((p) => p.id === session.currentPromptId);
  return index >= 0 ? { prompt: prompts[index], index } : null;
}
