// The facilitator's moderation of the projector wall: release a held card (as written or
// edited), hide a card from the wall and show it again, delete a card and undo that, and choose
// whether every card waits for approval. Each runs in one transaction with its audit entry
// (the card's text may hold personal information, so the audit records what was done, not it).
import type { Db } from '../db/client.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { nowIso } from '../lib/time.ts';
import { cardAsIs, findCard, setDeleted, updateCard } from './cardQueries.ts';
import { updateControls } from './sessionQueries.ts';
import { whileLive, type LiveMeeting, type LiveResult } from './commands.ts';
import type { WallModeration } from './moderation.ts';

type CardInput = LiveMeeting & { cardId: number };

function auditCard(db: Db, actor: Actor, input: CardInput, action: string, detail: string) {
  recordAudit(db, { projectId: input.projectId, actor, action, entity: 'live_card', entityId: input.cardId, detail });
}

/** Puts a held card on the wall, with the facilitator's rewording when given (audited). */
export function releaseCard(
  db: Db,
  actor: Actor,
  input: CardInput & { text?: string },
): LiveResult<'not_found' | 'not_held'> {
  return whileLive(db, input, () => {
    const card = findCard(db, input.meetingId, input.cardId);
    if (!card) return { ok: false, reason: 'not_found' } as const;
    if (!card.held) return { ok: false, reason: 'not_held' } as const;
    const edited = input.text !== undefined && input.text !== card.text;
    updateCard(db, input.meetingId, card.id, { held: false, heldReason: '', ...(edited ? { text: input.text } : {}) });
    auditCard(db, actor, input, 'release', edited ? '確認待ちのカードを編集して投影' : '確認待ちのカードを投影');
    return { ok: true } as const;
  });
}

/** Hides a card from the wall, or shows it again (the undo); the group still sees its card. */
export function setCardHidden(db: Db, actor: Actor, input: CardInput & { hidden: boolean }): LiveResult<'not_found'> {
  return whileLive(db, input, () => {
    const card = updateCard(db, input.meetingId, input.cardId, { hiddenAt: input.hidden ? nowIso() : null });
    if (!card) return { ok: false, reason: 'not_found' } as const;
    auditCard(db, actor, input, input.hidden ? 'hide' : 'unhide', input.hidden ? '投影から非表示' : '投影に戻す');
    return { ok: true } as const;
  });
}

/** Deletes a card, or brings a deleted one back (not a merged one, which lives on in its target). */
export function setCardDeleted(
  db: Db,
  actor: Actor,
  input: CardInput & { deleted: boolean },
): LiveResult<'not_found' | 'unchanged'> {
  return whileLive(db, input, () => {
    const card = cardAsIs(db, input.meetingId, input.cardId);
    if (!card || card.mergedIntoId !== null) return { ok: false, reason: 'not_found' } as const;
    // a second click (or a stale console) asks for the state the card is already in
    if (!!card.deletedAt === input.deleted) return { ok: false, reason: 'unchanged' } as const;
    setDeleted(db, input.meetingId, card, input.deleted);
    auditCard(
      db,
      actor,
      input,
      input.deleted ? 'delete' : 'restore',
      input.deleted ? 'カードを削除' : 'カードを元に戻す',
    );
    return { ok: true } as const;
  });
}

/** Whether cards appear on the wall at once or only after approval (audited). */
export function setWallModeration(db: Db, actor: Actor, input: LiveMeeting & { mode: WallModeration }): LiveResult {
  return whileLive(db, input, () => {
    updateControls(db, input.meetingId, { wallModeration: input.mode });
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'update',
      entity: 'live_session',
      entityId: input.meetingId,
      detail: input.mode === 'approval' ? 'カードは確認してから投影' : 'カードをすぐ投影',
    });
    return { ok: true };
  });
}
