// Named queries for a live meeting's session (status, join code, controls) and its prompts.
// Each change records a state event in the same transaction; the caller then asks the hub to publish.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { livePrompts, liveSessions, meetings } from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';
import { generateJoinCode } from './joinCode.ts';
import { recordState } from './eventQueries.ts';
import { countCards } from './cardQueries.ts';
import { DEFAULT_PROMPTS } from '../lib/labels/live.ts';
import { cachedOpenSession, cachedPrompts, cachedSession, invalidateMeeting } from './liveCache.ts';
import { defaultWallModeration } from '../lib/labels/meetings.ts';

export type LiveSession = typeof liveSessions.$inferSelect;
export type LivePrompt = typeof livePrompts.$inferSelect;

export function getSession(db: Db, meetingId: number): LiveSession | undefined {
  return cachedSession(db, meetingId);
}

/** The session of a meeting, created in draft with the booklet's default prompts on first use. */
export function ensureSession(db: Db, projectId: number, meetingId: number): LiveSession {
  return db.transaction(() => {
    const existing = getSession(db, meetingId);
    if (existing) return existing;
    const kind = db.select({ kind: meetings.kind }).from(meetings).where(eq(meetings.id, meetingId)).get()?.kind;
    db.insert(liveSessions)
      .values({ meetingId, projectId, wallModeration: kind ? defaultWallModeration(kind) : 'immediate' })
      .run();
    invalidateMeeting(db, meetingId);
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
  return cachedOpenSession(db, code);
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

/** Takes a closed session back to open with a fresh join code (the facilitator's undo of 終了). */
export function reopenSession(db: Db, meetingId: number): string {
  return db.transaction(() => {
    const taken = (code: string) =>
      !!db.select({ id: liveSessions.meetingId }).from(liveSessions).where(eq(liveSessions.joinCode, code)).get();
    const joinCode = generateJoinCode(taken);
    db.update(liveSessions)
      .set({ status: 'open', joinCode, closedAt: null, inputLocked: false })
      .where(and(eq(liveSessions.meetingId, meetingId), eq(liveSessions.status, 'closed')))
      .run();
    recordState(db, meetingId);
    return joinCode;
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
    | 'currentPromptId'
    | 'inputLocked'
    | 'wallHidden'
    | 'timerEndsAt'
    | 'votingStatus'
    | 'votesPerPerson'
    | 'wallModeration'
  >
>;

export function updateControls(db: Db, meetingId: number, controls: SessionControls): void {
  db.transaction(() => {
    db.update(liveSessions).set(controls).where(eq(liveSessions.meetingId, meetingId)).run();
    recordState(db, meetingId);
  });
}

export function listPrompts(db: Db, meetingId: number): LivePrompt[] {
  return cachedPrompts(db, meetingId);
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
