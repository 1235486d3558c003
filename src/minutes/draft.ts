// The minutes draft generated from what the tool already holds: the meeting's 次第 (agenda),
// the live meeting's most-voted cards, and the case studies' conclusions and actions.
import type { MinutesContent } from './content.ts';

export type DraftSources = {
  agenda: readonly string[];
  /** Cards on the wall with their group and dot votes. */
  cards: readonly { text: string; group: string; votes: number }[];
  caseStudies: readonly { caseKey: string; sections: readonly { key: string; text: string }[] }[];
};

const TOP_CARDS = 5;
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function draftMinutes(src: DraftSources): MinutesContent {
  const items = src.agenda.map((title) => ({ title, notes: '' }));
  const top = [...src.cards]
    .filter((c) => c.votes > 0)
    .sort((a, b) => b.votes - a.votes)
    .slice(0, TOP_CARDS);
  if (src.cards.length) {
    const notes = [
      `グループワークで出された意見 ${src.cards.length}件。`,
      ...(top.length ? ['投票の多かった意見：', ...top.map((c) => `・${c.text}（${c.group}、${c.votes}票）`)] : []),
    ].join('\n');
    const at = items.findIndex((i) => i.title.includes('グループ'));
    if (at >= 0) items[at].notes = notes;
    else items.push({ title: 'グループワーク', notes });
  }
  const section = (key: string) =>
    src.caseStudies.flatMap((s) =>
      lines(s.sections.find((x) => x.key === key)?.text ?? '').map((l) => `${l}（事例 ${s.caseKey}）`),
    );
  return {
    items,
    decisions: section('conclusions').join('\n'),
    adviserComments: '',
    actions: section('actions').map((text) => ({ text })),
  };
}

/** Applies the edited form to the draft; an action keeps its issue row while its text is unchanged. */
export function applyEdit(
  current: MinutesContent,
  edit: { items: { title: string; notes: string }[]; decisions: string; adviserComments: string; actions: string },
): MinutesContent {
  const linked = new Map(current.actions.filter((a) => a.issueRowId).map((a) => [a.text, a.issueRowId]));
  return {
    items: edit.items.filter((i) => i.title || i.notes),
    decisions: edit.decisions,
    adviserComments: edit.adviserComments,
    actions: lines(edit.actions).map((text) => (linked.has(text) ? { text, issueRowId: linked.get(text) } : { text })),
  };
}
