// Named queries for the cards of a live meeting (with their vote counts). Each change records the
// changed cell in the same transaction; the caller then asks the hub to publish.
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { liveCards, liveVotes } from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';
import { recordCell } from './eventQueries.ts';

export type LiveCard = typeof liveCards.$inferSelect & { votes: number };

const live = (meetingId: number) => and(eq(liveCards.meetingId, meetingId), isNull(liveCards.deletedAt));

export function countCards(db: Db, meetingId: number, where: { groupId?: number; promptId?: number }): number {
  return (
    db
      .select({ n: count() })
      .from(liveCards)
      .where(
        and(
          live(meetingId),
          where.groupId === undefined ? undefined : eq(liveCards.groupId, where.groupId),
          where.promptId === undefined ? undefined : eq(liveCards.promptId, where.promptId),
        ),
      )
      .get()?.n ?? 0
  );
}

/** Visible cards (optionally one group and/or prompt) with their vote counts, oldest first. */
export function listCards(
  db: Db,
  meetingId: number,
  where: { groupId?: number; promptId?: number; ids?: number[] } = {},
): LiveCard[] {
  const votes = db
    .select({ cardId: liveVotes.cardId, n: count().as('n') })
    .from(liveVotes)
    .where(eq(liveVotes.meetingId, meetingId))
    .groupBy(liveVotes.cardId)
    .as('v');
  return db
    .select({ card: liveCards, votes: sql<number>`coalesce(${votes.n}, 0)` })
    .from(liveCards)
    .leftJoin(votes, eq(votes.cardId, liveCards.id))
    .where(
      and(
        live(meetingId),
        where.groupId === undefined ? undefined : eq(liveCards.groupId, where.groupId),
        where.promptId === undefined ? undefined : eq(liveCards.promptId, where.promptId),
        where.ids === undefined ? undefined : inArray(liveCards.id, where.ids),
      ),
    )
    .orderBy(asc(liveCards.id))
    .all()
    .map((r) => ({ ...r.card, votes: Number(r.votes) }));
}

export function findCard(db: Db, meetingId: number, cardId: number): LiveCard | undefined {
  return listCards(db, meetingId, { ids: [cardId] })[0];
}

export function addCard(
  db: Db,
  meetingId: number,
  input: { groupId: number; promptId: number; text: string; participantId: number | null },
): LiveCard {
  return db.transaction(() => {
    const card = db
      .insert(liveCards)
      .values({ meetingId, ...input })
      .returning()
      .get();
    recordCell(db, meetingId, input.groupId, input.promptId);
    return { ...card, votes: 0 };
  });
}

export type EditResult = { ok: true; card: LiveCard } | { ok: false; reason: 'conflict' | 'gone'; current?: LiveCard };

/** Saves new text only if nobody changed the card since `version` was read. */
export function editCard(db: Db, meetingId: number, cardId: number, version: number, text: string): EditResult {
  return db.transaction((): EditResult => {
    const updated = db
      .update(liveCards)
      .set({ text, version: sql`${liveCards.version} + 1`, updatedAt: nowIso() })
      .where(and(live(meetingId), eq(liveCards.id, cardId), eq(liveCards.version, version)))
      .returning()
      .get();
    if (!updated) {
      const current = findCard(db, meetingId, cardId);
      return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'gone' };
    }
    recordCell(db, meetingId, updated.groupId, updated.promptId);
    return { ok: true, card: findCard(db, meetingId, cardId)! };
  });
}

export function deleteCard(db: Db, meetingId: number, cardId: number): LiveCard | undefined {
  return db.transaction(() => {
    const card = db
      .update(liveCards)
      .set({ deletedAt: nowIso(), version: sql`${liveCards.version} + 1` })
      .where(and(live(meetingId), eq(liveCards.id, cardId)))
      .returning()
      .get();
    if (card) recordCell(db, meetingId, card.groupId, card.promptId);
    return card ? { ...card, votes: 0 } : undefined;
  });
}

export function moveCard(
  db: Db,
  meetingId: number,
  cardId: number,
  to: { groupId: number; promptId: number },
): boolean {
  return db.transaction(() => {
    const before = findCard(db, meetingId, cardId);
    if (!before) return false;
    db.update(liveCards)
      .set({ ...to, version: sql`${liveCards.version} + 1`, updatedAt: nowIso() })
      .where(eq(liveCards.id, cardId))
      .run();
    recordCell(db, meetingId, before.groupId, before.promptId);
    recordCell(db, meetingId, to.groupId, to.promptId);
    return true;
  });
}

/** Folds a duplicate into another card: its votes move over and it disappears from the sheet. */
export function mergeCard(db: Db, meetingId: number, duplicateId: number, intoId: number): boolean {
  if (duplicateId === intoId) return false;
  return db.transaction(() => {
    const dup = findCard(db, meetingId, duplicateId);
    const into = findCard(db, meetingId, intoId);
    if (!dup || !into) return false;
    db.update(liveVotes).set({ cardId: intoId }).where(eq(liveVotes.cardId, duplicateId)).run();
    db.update(liveCards)
      .set({ mergedIntoId: intoId, deletedAt: nowIso(), version: sql`${liveCards.version} + 1` })
      .where(eq(liveCards.id, duplicateId))
      .run();
    db.update(liveCards)
      .set({ candidate: into.candidate || dup.candidate, version: sql`${liveCards.version} + 1` })
      .where(eq(liveCards.id, intoId))
      .run();
    recordCell(db, meetingId, dup.groupId, dup.promptId);
    recordCell(db, meetingId, into.groupId, into.promptId);
    return true;
  });
}

export function setCandidate(db: Db, meetingId: number, cardId: number, candidate: boolean): boolean {
  return db.transaction(() => {
    const card = db
      .update(liveCards)
      .set({ candidate })
      .where(and(live(meetingId), eq(liveCards.id, cardId)))
      .returning()
      .get();
    if (card) recordCell(db, meetingId, card.groupId, card.promptId);
    return !!card;
  });
}

/** Cards kept for a meeting (the meeting page warns before deleting a meeting that has some). */
export function countMeetingCards(db: Db, meetingId: number): number {
  return countCards(db, meetingId, {});
}
