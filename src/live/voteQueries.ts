// Named queries for dot votes: the per-person quota is checked in the same transaction as the vote.
import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { liveVotes } from '../db/schema.ts';
import { recordCard } from './eventQueries.ts';
import { getSession } from './sessionQueries.ts';
import { findCard, listCards, onWall, type LiveCard } from './cardQueries.ts';

export function votesUsed(db: Db, meetingId: number, participantId: number): number {
  return (
    db
      .select({ n: count() })
      .from(liveVotes)
      .where(and(eq(liveVotes.meetingId, meetingId), eq(liveVotes.participantId, participantId)))
      .get()?.n ?? 0
  );
}

export function myVotes(db: Db, meetingId: number, participantId: number): Map<number, number> {
  const rows = db
    .select({ cardId: liveVotes.cardId, n: count() })
    .from(liveVotes)
    .where(and(eq(liveVotes.meetingId, meetingId), eq(liveVotes.participantId, participantId)))
    .groupBy(liveVotes.cardId)
    .all();
  return new Map(rows.map((r) => [r.cardId, r.n]));
}

export type VoteResult = 'ok' | 'quota' | 'closed' | 'no-card';

/** One dot on a card; the per-person quota is checked in the same transaction as the insert. */
export function castVote(db: Db, meetingId: number, participantId: number, cardId: number): VoteResult {
  return db.transaction((): VoteResult => {
    const session = getSession(db, meetingId);
    if (!session || session.status !== 'open' || session.votingStatus !== 'open') return 'closed';
    const card = findCard(db, meetingId, cardId);
    if (!card || !onWall(card)) return 'no-card';
    if (votesUsed(db, meetingId, participantId) >= session.votesPerPerson) return 'quota';
    db.insert(liveVotes).values({ meetingId, cardId, participantId }).run();
    recordCard(db, meetingId, card);
    return 'ok';
  });
}

export function withdrawVote(db: Db, meetingId: number, participantId: number, cardId: number): boolean {
  return db.transaction(() => {
    const vote = db
      .select()
      .from(liveVotes)
      .where(
        and(
          eq(liveVotes.meetingId, meetingId),
          eq(liveVotes.participantId, participantId),
          eq(liveVotes.cardId, cardId),
        ),
      )
      .orderBy(desc(liveVotes.id))
      .get();
    if (!vote) return false;
    db.delete(liveVotes).where(eq(liveVotes.id, vote.id)).run();
    const card = findCard(db, meetingId, cardId);
    if (card) recordCard(db, meetingId, card);
    return true;
  });
}

/** The cards put to the vote (those on the wall): the candidate issues, or every card when none is. */
export function ballot(db: Db, meetingId: number): LiveCard[] {
  const cards = listCards(db, meetingId).filter(onWall);
  const candidates = cards.filter((c) => c.candidate);
  return candidates.length ? candidates : cards;
}
