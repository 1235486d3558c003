// Named queries for the cards of a live meeting (with their vote counts). Each change records a
// card event in the same transaction; the caller then asks the hub to publish.
import { and, asc, count, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { perDb, type Db } from '../db/client.ts';
import { liveCards, liveVotes } from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';
import { recordCard } from './eventQueries.ts';

export type LiveCard = typeof liveCards.$inferSelect & { votes: number };

const live = (meetingId: number) => and(eq(liveCards.meetingId, meetingId), isNull(liveCards.deletedAt));
// counted per card through the live_votes_card index (no scan of the meeting's votes); both columns
// named with their table, because drizzle writes a lone column unqualified ("id" would be the vote's)
const qualified = (table: typeof liveVotes | typeof liveCards, column: { name: string }) =>
  sql`${table}.${sql.identifier(column.name)}`;
const votes = sql<number>`(select count(*) from ${liveVotes} where ${qualified(liveVotes, liveVotes.cardId)} = ${qualified(liveCards, liveCards.id)})`;
const withVotes = (r: { card: typeof liveCards.$inferSelect; votes: number }): LiveCard => ({
  ...r.card,
  votes: Number(r.votes),
});

/** Whether the projector wall shows a card: not held for review, not hidden, not deleted or merged. */
export const onWall = (card: LiveCard) => !card.held && !card.hiddenAt && !card.deletedAt;

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

/**
 * Cards of the meeting (optionally one group and/or the given ids) with their vote counts, oldest
 * first: every card not deleted, held and hidden ones included; `withMerged` adds the cards folded
 * into another one, so the console and the sheet can say where they went.
 */
export function listCards(
  db: Db,
  meetingId: number,
  where: { groupId?: number; ids?: number[]; withMerged?: boolean } = {},
): LiveCard[] {
  return db
    .select({ card: liveCards, votes })
    .from(liveCards)
    .where(
      and(
        eq(liveCards.meetingId, meetingId),
        where.withMerged
          ? or(isNull(liveCards.deletedAt), isNotNull(liveCards.mergedIntoId))
          : isNull(liveCards.deletedAt),
        where.groupId === undefined ? undefined : eq(liveCards.groupId, where.groupId),
        where.ids === undefined ? undefined : inArray(liveCards.id, where.ids),
      ),
    )
    .orderBy(asc(liveCards.id))
    .all()
    .map(withVotes);
}

function prepare(db: Db) {
  const p = sql.placeholder;
  return {
    byId: db
      .select({ card: liveCards, votes })
      .from(liveCards)
      .where(and(eq(liveCards.meetingId, p('meetingId')), eq(liveCards.id, p('cardId'))))
      .prepare(),
    insert: db
      .insert(liveCards)
      .values({
        meetingId: p('meetingId'),
        groupId: p('groupId'),
        promptId: p('promptId'),
        text: p('text'),
        participantId: p('participantId'),
        held: p('held'),
        heldReason: p('heldReason'),
      })
      .returning()
      .prepare(),
  };
}
const q = perDb(prepare);

/** A card as it is now, deleted or merged ones included (what a delta of it must say). */
export function cardAsIs(db: Db, meetingId: number, cardId: number): LiveCard | undefined {
  const row = q(db).byId.get({ meetingId, cardId });
  return row && withVotes(row);
}

/** A card that is not deleted (held and hidden ones included). */
export function findCard(db: Db, meetingId: number, cardId: number): LiveCard | undefined {
  const card = cardAsIs(db, meetingId, cardId);
  return card && !card.deletedAt ? card : undefined;
}

export type Hold = { held: boolean; heldReason: string };

export function addCard(
  db: Db,
  meetingId: number,
  input: { groupId: number; promptId: number; text: string; participantId: number | null } & Partial<Hold>,
): LiveCard {
  return db.transaction(() => {
    const card = q(db).insert.get({
      meetingId,
      ...input,
      held: input.held ? 1 : 0,
      heldReason: input.heldReason ?? '',
    });
    recordCard(db, meetingId, card);
    return { ...card, votes: 0 };
  });
}

export type EditResult = { ok: true; card: LiveCard } | { ok: false; reason: 'conflict' | 'gone'; current?: LiveCard };

/** Saves new text (and whether it is held) only if nobody changed the card since `version` was read. */
export function editCard(
  db: Db,
  meetingId: number,
  cardId: number,
  version: number,
  change: { text: string } & Partial<Hold>,
): EditResult {
  return db.transaction((): EditResult => {
    const updated = db
      .update(liveCards)
      .set({ ...change, version: sql`${liveCards.version} + 1`, updatedAt: nowIso() })
      .where(and(live(meetingId), eq(liveCards.id, cardId), eq(liveCards.version, version)))
      .returning()
      .get();
    if (!updated) {
      const current = findCard(db, meetingId, cardId);
      return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'gone' };
    }
    recordCard(db, meetingId, updated);
    return { ok: true, card: findCard(db, meetingId, cardId)! };
  });
}

/** Changes flags of a card that is not deleted (release, hide, candidate); records the change. */
export function updateCard(
  db: Db,
  meetingId: number,
  cardId: number,
  set: Partial<Pick<LiveCard, 'text' | 'held' | 'heldReason' | 'hiddenAt' | 'candidate'>>,
): LiveCard | undefined {
  return db.transaction(() => {
    const card = db
      .update(liveCards)
      .set({ ...set, version: sql`${liveCards.version} + 1` })
      .where(and(live(meetingId), eq(liveCards.id, cardId)))
      .returning()
      .get();
    if (card) recordCard(db, meetingId, card);
    return card && findCard(db, meetingId, cardId);
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
    if (card) recordCard(db, meetingId, card);
    return card ? { ...card, votes: 0 } : undefined;
  });
}

/** Deletes a card or brings a deleted one back (never a merged one); records the change. */
export function setDeleted(db: Db, meetingId: number, card: LiveCard, deleted: boolean): void {
  db.transaction(() => {
    db.update(liveCards)
      .set({ deletedAt: deleted ? nowIso() : null, version: sql`${liveCards.version} + 1` })
      .where(and(eq(liveCards.meetingId, meetingId), eq(liveCards.id, card.id), isNull(liveCards.mergedIntoId)))
      .run();
    recordCard(db, meetingId, card);
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
    // the old group's sheet must drop it, the new one's gain it
    if (before.groupId !== to.groupId) recordCard(db, meetingId, before);
    recordCard(db, meetingId, { id: cardId, groupId: to.groupId });
    return true;
  });
}

/** Folds a duplicate into another card: its votes move over and it shows where it went. */
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
    recordCard(db, meetingId, dup);
    recordCard(db, meetingId, into);
    return true;
  });
}

/** Cards kept for a meeting (the meeting page warns before deleting a meeting that has some). */
export function countMeetingCards(db: Db, meetingId: number): number {
  return countCards(db, meetingId, {});
}
