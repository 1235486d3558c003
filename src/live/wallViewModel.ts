// What one projector wall shows of its board: the whole board, one group full screen, or the
// most-voted cards of the current prompt (presenter mode, chosen per wall in its address). Every
// view is cut from the wall's own board view, so a held, hidden or deleted card never reaches it.
import { z } from 'zod';
import type { BoardView, ShownCard } from './boardViewModel.ts';
import type { LiveGroup } from './groupQueries.ts';

/** How many cards the 投票上位 view shows. */
export const TOP_N = 10;

/** The wall's address: `show=g12` (one group) or `show=top`, `all=1` (every prompt), `join=small`. */
export const wallQuerySchema = z.object({
  show: z
    .string()
    .optional()
    .transform((s): WallFocus | null => {
      if (s === 'top') return { kind: 'top' };
      const group = /^g([1-9]\d{0,9})$/.exec(s ?? '');
      return group ? { kind: 'group', groupId: Number(group[1]) } : null;
    }),
  all: z
    .string()
    .optional()
    .transform((s) => s === '1'),
  join: z
    .string()
    .optional()
    .transform((s) => s === 'small'),
});
export type WallQuery = z.output<typeof wallQuerySchema>;

export type WallFocus = { kind: 'group'; groupId: number } | { kind: 'top' };

export type RankedCard = ShownCard & { rank: number; groupName: string };
export type WallFocusView =
  { kind: 'group'; group: LiveGroup; cards: ShownCard[] } | { kind: 'top'; cards: RankedCard[] };

/** The cards a wall's current prompt row holds (every row's before the first prompt is put up). */
const currentRows = (board: BoardView) =>
  board.current ? board.rows.filter((r) => r.prompt.id === board.current!.prompt.id) : board.rows;

/** The presenter view of a wall, or null for the whole board (also when the group is gone). */
export function wallFocusView(board: BoardView, focus: WallFocus | null): WallFocusView | null {
  if (!focus) return null;
  const rows = currentRows(board);
  if (focus.kind === 'group') {
    const group = board.groups.find((g) => g.id === focus.groupId);
    if (!group) return null;
    const cards = rows.flatMap((r) => r.cells.filter((c) => c.group.id === group.id).flatMap((c) => c.cards));
    return { kind: 'group', group, cards };
  }
  const shown = new Set(rows.flatMap((r) => r.cells.flatMap((c) => c.cards.map((card) => card.id))));
  const names = new Map(board.groups.map((g) => [g.id, g.name]));
  const cards = board.ranked
    .filter((c) => shown.has(c.id))
    .slice(0, TOP_N)
    .map((c, i) => ({ ...c, rank: i + 1, groupName: names.get(c.groupId) ?? '' }));
  return { kind: 'top', cards };
}
