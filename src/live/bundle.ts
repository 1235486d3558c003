// Group-work cards in the project bundle (BUNDLE.md `groupWork`): one entry per meeting × group ×
// prompt. Runs inside the bundle's import transaction, so it writes rows directly.
// A card is its text, or (bundle extension) { text, votes?, candidate? } when it received dot
// votes or was marked as a candidate issue.
import { and, asc, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { liveCards, liveGroups, liveParticipants, livePrompts, liveSessions, liveVotes } from '../db/schema.ts';
import { randomToken, sha256 } from '../lib/crypto.ts';
import { nowIso } from '../lib/time.ts';

export type GroupWorkCard = string | { text: string; votes?: number; candidate?: boolean };
export type GroupWorkEntry = { meeting: string; group: string; prompt?: string; cards?: GroupWorkCard[] };

/**
 * The voter imported votes are cast by: who voted is not part of the bundle. It belongs to no
 * group, so it is not counted as a participant, and its cookie was never issued.
 */
function importedVoter(db: Db, meetingId: number): number {
  return db
    .insert(liveParticipants)
    .values({ meetingId, tokenHash: sha256(randomToken()), agencyLabel: 'バンドルから取り込んだ投票' })
    .returning()
    .get().id;
}

// A bundle entry without a prompt gets this one, so its cards still have a place on the sheet.
const UNNAMED_PROMPT = 'グループワーク';

export function importGroupWork(
  db: Db,
  projectId: number,
  entries: GroupWorkEntry[],
  meetingIds: Map<string, number>,
): void {
  const voters = new Map<number, number>();
  for (const entry of entries) {
    const meetingId = meetingIds.get(entry.meeting)!;
    // imported results are a finished meeting: closed, no join code
    db.insert(liveSessions)
      .values({ meetingId, projectId, status: 'closed', closedAt: nowIso(), inputLocked: true })
      .onConflictDoNothing()
      .run();
    const promptText = entry.prompt || UNNAMED_PROMPT;
    const prompts = db.select().from(livePrompts).where(eq(livePrompts.meetingId, meetingId)).all();
    const prompt =
      prompts.find((p) => p.text === promptText) ??
      db.insert(livePrompts).values({ meetingId, position: prompts.length, text: promptText }).returning().get();
    if (!prompts.length)
      db.update(liveSessions).set({ currentPromptId: prompt.id }).where(eq(liveSessions.meetingId, meetingId)).run();
    const group =
      db
        .select()
        .from(liveGroups)
        .where(and(eq(liveGroups.meetingId, meetingId), eq(liveGroups.name, entry.group)))
        .get() ?? db.insert(liveGroups).values({ meetingId, name: entry.group }).returning().get();
    for (const item of entry.cards ?? []) {
      const card = typeof item === 'string' ? { text: item } : item;
      const id = db
        .insert(liveCards)
        .values({
          meetingId,
          groupId: group.id,
          promptId: prompt.id,
          text: card.text,
          candidate: card.candidate ?? false,
        })
        .returning()
        .get().id;
      if (!card.votes) continue;
      let voter = voters.get(meetingId);
      if (voter === undefined) {
        voter = importedVoter(db, meetingId);
        voters.set(meetingId, voter);
        // votes were cast, so the meeting's voting round is over
        db.update(liveSessions).set({ votingStatus: 'closed' }).where(eq(liveSessions.meetingId, meetingId)).run();
      }
      // in slices, to stay under SQLite's limit on bound parameters per statement
      for (let left = card.votes; left > 0; left -= 1000)
        db.insert(liveVotes)
          .values(Array.from({ length: Math.min(left, 1000) }, () => ({ meetingId, cardId: id, participantId: voter })))
          .run();
    }
  }
}

/** Entries in a stable order: meetings by id, then prompts by position, then groups by id. */
export function exportGroupWork(db: Db, meetingKeys: Map<number, string>): GroupWorkEntry[] {
  const meetingIds = [...meetingKeys.keys()].sort((a, b) => a - b);
  if (!meetingIds.length) return [];
  const cards = db
    .select()
    .from(liveCards)
    .where(and(inArray(liveCards.meetingId, meetingIds), isNull(liveCards.deletedAt)))
    .orderBy(asc(liveCards.id))
    .all();
  const votes = new Map(
    db
      .select({ cardId: liveVotes.cardId, n: count() })
      .from(liveVotes)
      .where(inArray(liveVotes.meetingId, meetingIds))
      .groupBy(liveVotes.cardId)
      .all()
      .map((v) => [v.cardId, v.n]),
  );
  const asItem = (c: (typeof cards)[number]): GroupWorkCard => {
    const n = votes.get(c.id) ?? 0;
    return n || c.candidate
      ? { text: c.text, ...(n ? { votes: n } : {}), ...(c.candidate ? { candidate: true } : {}) }
      : c.text;
  };
  const out: GroupWorkEntry[] = [];
  for (const meetingId of meetingIds) {
    const prompts = db
      .select()
      .from(livePrompts)
      .where(eq(livePrompts.meetingId, meetingId))
      .orderBy(asc(livePrompts.position), asc(livePrompts.id))
      .all();
    const groups = db
      .select()
      .from(liveGroups)
      .where(eq(liveGroups.meetingId, meetingId))
      .orderBy(asc(liveGroups.id))
      .all();
    for (const prompt of prompts) {
      for (const group of groups) {
        const items = cards.filter((c) => c.promptId === prompt.id && c.groupId === group.id).map(asItem);
        if (items.length)
          out.push({ meeting: meetingKeys.get(meetingId)!, group: group.name, prompt: prompt.text, cards: items });
      }
    }
  }
  return out;
}
