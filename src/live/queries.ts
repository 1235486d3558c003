// Named queries for live meetings. Every change that participants or the wall must see also
// appends a row to live_events inside the same transaction (see recordCell / recordState);
// the caller then asks the hub to publish.
import { and, asc, count, desc, eq, gt, inArray, isNull, max, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import {
  liveCards,
  liveEvents,
  liveGroups,
  liveParticipants,
  livePrompts,
  liveSessions,
  liveVotes,
} from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';
import { generateJoinCode } from './joinCode.ts';
import { DEFAULT_PROMPTS } from './prompts.ts';

export type LiveSession = typeof liveSessions.$inferSelect;
export type LivePrompt = typeof livePrompts.$inferSelect;
export type LiveGroup = typeof liveGroups.$inferSelect;
export type LiveParticipant = typeof liveParticipants.$inferSelect;
export type LiveCard = typeof liveCards.$inferSelect & { votes: number };
export type LiveEvent = typeof liveEvents.$inferSelect;

// --- events -------------------------------------------------------------------------------

export function recordCell(db: Db, meetingId: number, groupId: number, promptId: number): void {
  db.insert(liveEvents).values({ meetingId, kind: 'cell', groupId, promptId }).run();
}

export function recordState(db: Db, meetingId: number): void {
  db.insert(liveEvents).values({ meetingId, kind: 'state' }).run();
}

export function eventsAfter(db: Db, meetingId: number, afterId: number): LiveEvent[] {
  return db
    .select()
    .from(liveEvents)
    .where(and(eq(liveEvents.meetingId, meetingId), gt(liveEvents.id, afterId)))
    .orderBy(asc(liveEvents.id))
    .all();
}

export function lastEventId(db: Db, meetingId: number): number {
  return (
    db
      .select({ id: max(liveEvents.id) })
      .from(liveEvents)
      .where(eq(liveEvents.meetingId, meetingId))
      .get()?.id ?? 0
  );
}

// --- session ------------------------------------------------------------------------------

export function getSession(db: Db, meetingId: number): LiveSession | undefined {
  return db.select().from(liveSessions).where(eq(liveSessions.meetingId, meetingId)).get();
}

/** The session of a meeting, created in draft with the booklet's default prompts on first use. */
export function ensureSession(db: Db, projectId: number, meetingId: number): LiveSession {
  return db.transaction(() => {
    const existing = getSession(db, meetingId);
    if (existing) return existing;
    db.insert(liveSessions).values({ meetingId, projectId }).run();
    DEFAULT_PROMPTS.forEach((text, position) => db.insert(livePrompts).values({ meetingId, position, text }).run());
    const first = listPrompts(db, meetingId)[0];
    db.update(liveSessions)
      .set({ currentPromptId: first?.id ?? null })
      .where(eq(liveSessions.meetingId, meetingId))
      .run();
    return getSession(db, meetingId)!;
  });
}

export function findOpenSessionByCode(db: Db, code: string): LiveSession | undefined {
  return db
    .select()
    .from(liveSessions)
    .where(and(eq(liveSessions.joinCode, code), eq(liveSessions.status, 'open')))
    .get();
}

/** Opens a draft session with a fresh join code that no other open meeting uses. */
export function openSession(db: Db, meetingId: number, random?: () => number): string {
  return db.transaction(() => {
    const taken = (code: string) =>
      !!db.select({ id: liveSessions.meetingId }).from(liveSessions).where(eq(liveSessions.joinCode, code)).get();
    const code = generateJoinCode(taken, random);
    db.update(liveSessions)
      .set({ status: 'open', joinCode: code, openedAt: nowIso() })
      .where(and(eq(liveSessions.meetingId, meetingId), eq(liveSessions.status, 'draft')))
      .run();
    recordState(db, meetingId);
    return code;
  });
}

/** Freezes the results: the code stops working and every write is refused from now on. */
export function closeSession(db: Db, meetingId: number): void {
  db.transaction(() => {
    db.update(liveSessions)
      .set({
        status: 'closed',
        joinCode: null,
        closedAt: nowIso(),
        inputLocked: true,
        timerEndsAt: null,
        votingStatus: 'closed',
        wallHidden: false,
      })
      .where(eq(liveSessions.meetingId, meetingId))
      .run();
    recordState(db, meetingId);
  });
}

export type SessionControls = Partial<
  Pick<
    LiveSession,
    'currentPromptId' | 'inputLocked' | 'wallHidden' | 'timerEndsAt' | 'votingStatus' | 'votesPerPerson'
  >
>;

export function updateControls(db: Db, meetingId: number, controls: SessionControls): void {
  db.transaction(() => {
    db.update(liveSessions).set(controls).where(eq(liveSessions.meetingId, meetingId)).run();
    recordState(db, meetingId);
  });
}

// --- prompts ------------------------------------------------------------------------------

export function listPrompts(db: Db, meetingId: number): LivePrompt[] {
  return db
    .select()
    .from(livePrompts)
    .where(eq(livePrompts.meetingId, meetingId))
    .orderBy(asc(livePrompts.position), asc(livePrompts.id))
    .all();
}

/**
 * Replaces the prompt list by position: existing prompts keep their id (and cards) and take the
 * new wording; extra lines are added; dropped prompts are removed only when they hold no cards.
 * Returns the texts of prompts that could not be removed.
 */
export function setPrompts(db: Db, meetingId: number, texts: string[]): string[] {
  return db.transaction(() => {
    const current = listPrompts(db, meetingId);
    const blocked: string[] = [];
    texts.forEach((text, position) => {
      const p = current[position];
      if (p) db.update(livePrompts).set({ text, position }).where(eq(livePrompts.id, p.id)).run();
      else db.insert(livePrompts).values({ meetingId, position, text }).run();
    });
    for (const p of current.slice(texts.length)) {
      if (countCards(db, meetingId, { promptId: p.id }) > 0) {
        blocked.push(p.text);
        db.update(livePrompts)
          .set({ position: texts.length + blocked.length })
          .where(eq(livePrompts.id, p.id))
          .run();
      } else db.delete(livePrompts).where(eq(livePrompts.id, p.id)).run();
    }
    const session = getSession(db, meetingId);
    const remaining = listPrompts(db, meetingId);
    if (session && !remaining.some((p) => p.id === session.currentPromptId)) {
      db.update(liveSessions)
        .set({ currentPromptId: remaining[0]?.id ?? null })
        .where(eq(liveSessions.meetingId, meetingId))
        .run();
    }
    recordState(db, meetingId);
    return blocked;
  });
}

// --- groups -------------------------------------------------------------------------------

export function listGroups(db: Db, meetingId: number): LiveGroup[] {
  return db.select().from(liveGroups).where(eq(liveGroups.meetingId, meetingId)).orderBy(asc(liveGroups.id)).all();
}

export function findGroup(db: Db, meetingId: number, groupId: number): LiveGroup | undefined {
  return db
    .select()
    .from(liveGroups)
    .where(and(eq(liveGroups.meetingId, meetingId), eq(liveGroups.id, groupId)))
    .get();
}

export function findGroupByName(db: Db, meetingId: number, name: string): LiveGroup | undefined {
  return db
    .select()
    .from(liveGroups)
    .where(and(eq(liveGroups.meetingId, meetingId), eq(liveGroups.name, name)))
    .get();
}

export function createGroup(db: Db, meetingId: number, name: string, agencyIds: number[] = []): LiveGroup {
  return db.transaction(() => {
    const group = db.insert(liveGroups).values({ meetingId, name, agencyIds }).returning().get();
    recordState(db, meetingId);
    return group;
  });
}

/** Deletes a group that holds no cards; returns false when it still has some. */
export function deleteGroup(db: Db, meetingId: number, groupId: number): boolean {
  return db.transaction(() => {
    if (countCards(db, meetingId, { groupId }) > 0) return false;
    db.delete(liveGroups)
      .where(and(eq(liveGroups.meetingId, meetingId), eq(liveGroups.id, groupId)))
      .run();
    recordState(db, meetingId);
    return true;
  });
}

export function participantCounts(db: Db, meetingId: number): Map<number, number> {
  const rows = db
    .select({ groupId: liveParticipants.groupId, n: count() })
    .from(liveParticipants)
    .where(eq(liveParticipants.meetingId, meetingId))
    .groupBy(liveParticipants.groupId)
    .all();
  return new Map(rows.filter((r) => r.groupId !== null).map((r) => [r.groupId!, r.n]));
}

// --- participants -------------------------------------------------------------------------

export function findParticipant(db: Db, meetingId: number, tokenHash: string): LiveParticipant | undefined {
  return db
    .select()
    .from(liveParticipants)
    .where(and(eq(liveParticipants.meetingId, meetingId), eq(liveParticipants.tokenHash, tokenHash)))
    .get();
}

export function saveParticipant(
  db: Db,
  meetingId: number,
  input: { tokenHash: string; groupId: number; agencyId: number | null; agencyLabel: string },
): LiveParticipant {
  const existing = findParticipant(db, meetingId, input.tokenHash);
  if (existing) {
    return db
      .update(liveParticipants)
      .set({ groupId: input.groupId, agencyId: input.agencyId, agencyLabel: input.agencyLabel })
      .where(eq(liveParticipants.id, existing.id))
      .returning()
      .get();
  }
  return db
    .insert(liveParticipants)
    .values({ meetingId, ...input })
    .returning()
    .get();
}

// --- cards --------------------------------------------------------------------------------

const live = (meetingId: number) => and(eq(liveCards.meetingId, meetingId), isNull(liveCards.deletedAt));

function countCards(db: Db, meetingId: number, where: { groupId?: number; promptId?: number }): number {
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

// --- votes --------------------------------------------------------------------------------

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
    if (!card) return 'no-card';
    if (votesUsed(db, meetingId, participantId) >= session.votesPerPerson) return 'quota';
    db.insert(liveVotes).values({ meetingId, cardId, participantId }).run();
    recordCell(db, meetingId, card.groupId, card.promptId);
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
    if (card) recordCell(db, meetingId, card.groupId, card.promptId);
    return true;
  });
}

/** The cards put to the vote: those marked as candidate issues, or every card when none is. */
export function ballot(db: Db, meetingId: number): LiveCard[] {
  const cards = listCards(db, meetingId);
  const candidates = cards.filter((c) => c.candidate);
  return candidates.length ? candidates : cards;
}

/** Cards kept for a meeting (the meeting page warns before deleting a meeting that has some). */
export function countMeetingCards(db: Db, meetingId: number): number {
  return countCards(db, meetingId, {});
}
