// An earlier meeting's group work for a packet: cards per prompt and group, and the cards
// that received votes. Pure shaping of the live board; loading is in compile.ts.
import { cellKey, rankByVotes, type Board } from '../live/board.ts';

export type GroupWorkResult = {
  meeting: { title: string; date: string };
  /** The section heading names the meeting (「第1回ネットワーク会議のグループワークの結果」), never just 「前回」. */
  heading: string;
  prompts: { text: string; groups: { name: string; cards: { text: string; votes: number }[] }[] }[];
  voted: boolean;
  ranked: { text: string; group: string; prompt: string; votes: number }[];
};

export function shapeGroupWork(meeting: { title: string; date: string }, board: Board): GroupWorkResult {
  const groupName = new Map(board.groups.map((g) => [g.id, g.name]));
  const promptText = new Map(board.prompts.map((p) => [p.id, p.text]));
  const cards = [...board.cells.values()].flat();
  return {
    meeting,
    heading: `${meeting.title}のグループワークの結果`,
    prompts: board.prompts.map((p) => ({
      text: p.text,
      groups: board.groups
        .map((g) => ({
          name: g.name,
          cards: (board.cells.get(cellKey(g.id, p.id)) ?? []).map((c) => ({ text: c.text, votes: c.votes })),
        }))
        .filter((g) => g.cards.length > 0),
    })),
    voted: board.session.votingStatus !== 'none',
    ranked: rankByVotes(cards).map((c) => ({
      text: c.text,
      group: groupName.get(c.groupId) ?? '',
      prompt: promptText.get(c.promptId) ?? '',
      votes: c.votes,
    })),
  };
}
