// Every state change of a live meeting's console: one function each. A command re-checks what
// needs the database (session still live, rows of this meeting), writes in one transaction
// together with its audit entry (when the action is audited), and publishes the change to the
// connected walls and sheets after the commit. Phase, timer, lock and wall visibility are
// moment-to-moment controls: not audited. Participants' changes are in participantCommands.ts.
import type { Db } from '../db/client.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { listAttendeeOptions } from '../meetings/queries.ts';
import { exportCandidateIssues } from './issues.ts';
import { listIssuedPackets } from '../packet/queries.ts';
import { findCard, mergeCard, moveCard, updateCard } from './cardQueries.ts';
import { createGroup, deleteGroup, findGroup, findGroupByName, type LiveGroup } from './groupQueries.ts';
import {
  closeSession,
  ensureSession,
  listPrompts,
  openSession,
  reopenSession,
  setPrompts,
  updateControls,
  type LiveSession,
  type SessionControls,
} from './sessionQueries.ts';
import { notify } from './sse.ts';

/** The meeting whose live session a console command changes. */
export type LiveMeeting = { projectId: number; meetingId: number };
export type LiveResult<Reason extends string = never, Ok extends object = object> =
  ({ ok: true } & Ok) | { ok: false; reason: 'closed' | Reason };

const CLOSED = { ok: false, reason: 'closed' } as const;

/**
 * Runs a change against the meeting's draft or open session (a closed one is frozen) in one
 * transaction; publishes after the commit unless the change was refused.
 */
export function whileLive<R extends { ok: boolean }>(
  db: Db,
  where: LiveMeeting,
  change: (session: LiveSession) => R,
): R | typeof CLOSED {
  const result = db.transaction(() => {
    const session = ensureSession(db, where.projectId, where.meetingId);
    return session.status === 'closed' ? CLOSED : change(session);
  });
  if (result.ok) notify(db, where.meetingId);
  return result;
}

function auditSession(db: Db, actor: Actor, where: LiveMeeting, action: string, detail: string) {
  recordAudit(db, {
    projectId: where.projectId,
    actor,
    action,
    entity: 'live_session',
    entityId: where.meetingId,
    detail,
  });
}

/** Opens a draft session with a fresh join code (audited); an open session stays as it is. */
export function openLiveSession(db: Db, actor: Actor, input: LiveMeeting & { title: string }): LiveResult {
  return whileLive(db, input, (session) => {
    if (session.status !== 'draft') return { ok: true };
    openSession(db, input.meetingId);
    auditSession(db, actor, input, 'open', `${input.title}：参加コード発行`);
    return { ok: true };
  });
}

/** Freezes the results and starts issues-table rows from the candidate cards (audited). */
export function closeLiveSession(db: Db, actor: Actor, input: LiveMeeting & { title: string }): LiveResult {
  return whileLive(db, input, () => {
    closeSession(db, input.meetingId);
    const exported = exportCandidateIssues(db, input.projectId, input.meetingId);
    auditSession(db, actor, input, 'close', `${input.title}：会議終了（課題候補 ${exported}件を問題点→課題表へ）`);
    return { ok: true };
  });
}

/**
 * Undoes 会議を終了する: the facilitator reopens the session with a new join code, as long as no
 * packet of the meeting has been issued from its results (audited).
 */
export function reopenLiveSession(
  db: Db,
  actor: Actor,
  input: LiveMeeting & { title: string },
): { ok: true } | { ok: false; reason: 'not_closed' | 'packet_issued'; message: string } {
  const result = db.transaction(() => {
    if (ensureSession(db, input.projectId, input.meetingId).status !== 'closed')
      return { ok: false as const, reason: 'not_closed' as const, message: 'この会議は終了していません。' };
    if (listIssuedPackets(db, input.projectId, input.meetingId).length)
      return {
        ok: false as const,
        reason: 'packet_issued' as const,
        message: 'この会議の結果から会議資料を発行済みのため、再開できません。',
      };
    reopenSession(db, input.meetingId);
    auditSession(db, actor, input, 'reopen', `${input.title}：会議を再開（参加コードを再発行）`);
    return { ok: true as const };
  });
  if (result.ok) notify(db, input.meetingId);
  return result;
}

function setControls(db: Db, input: LiveMeeting, controls: SessionControls): LiveResult {
  return whileLive(db, input, () => {
    updateControls(db, input.meetingId, controls);
    return { ok: true };
  });
}

/** Puts a prompt up on the wall and the sheets. */
export function setCurrentPrompt(db: Db, input: LiveMeeting & { promptId: number }): LiveResult<'no_prompt'> {
  return whileLive(db, input, () => {
    if (!listPrompts(db, input.meetingId).some((p) => p.id === input.promptId))
      return { ok: false, reason: 'no_prompt' } as const;
    updateControls(db, input.meetingId, { currentPromptId: input.promptId });
    return { ok: true } as const;
  });
}

export function startTimer(db: Db, input: LiveMeeting & { minutes: number }): LiveResult {
  return setControls(db, input, { timerEndsAt: new Date(Date.now() + input.minutes * 60_000).toISOString() });
}

export function stopTimer(db: Db, input: LiveMeeting): LiveResult {
  return setControls(db, input, { timerEndsAt: null });
}

/** Closes (or reopens) the participants' input. */
export function setInputLock(db: Db, input: LiveMeeting & { locked: boolean }): LiveResult {
  return setControls(db, input, { inputLocked: input.locked });
}

/** Hides (or shows again) the cards on the projector wall. */
export function setWallHidden(db: Db, input: LiveMeeting & { hidden: boolean }): LiveResult {
  return setControls(db, input, { wallHidden: input.hidden });
}

/** Opens dot voting with so many dots per person (audited). */
export function startVoting(db: Db, actor: Actor, input: LiveMeeting & { votesPerPerson: number }): LiveResult {
  return whileLive(db, input, () => {
    updateControls(db, input.meetingId, { votingStatus: 'open', votesPerPerson: input.votesPerPerson });
    auditSession(db, actor, input, 'voting_start', `投票開始（1人${input.votesPerPerson}票）`);
    return { ok: true };
  });
}

export function endVoting(db: Db, actor: Actor, input: LiveMeeting): LiveResult {
  return whileLive(db, input, () => {
    updateControls(db, input.meetingId, { votingStatus: 'closed' });
    auditSession(db, actor, input, 'voting_end', '投票締切');
    return { ok: true };
  });
}

/** Staff add a group, with agencies of the project only (audited); names are unique per meeting. */
export function addGroup(
  db: Db,
  actor: Actor,
  input: LiveMeeting & { name: string; agencyIds: number[] },
): LiveResult<'duplicate', { group: LiveGroup }> {
  return whileLive(db, input, () => {
    if (findGroupByName(db, input.meetingId, input.name)) return { ok: false, reason: 'duplicate' } as const;
    const allowed = new Set(listAttendeeOptions(db, input.projectId).map((a) => a.id));
    const group = createGroup(
      db,
      input.meetingId,
      input.name,
      input.agencyIds.filter((id) => allowed.has(id)),
    );
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'create',
      entity: 'live_group',
      entityId: group.id,
      detail: group.name,
    });
    return { ok: true, group } as const;
  });
}

/** Deletes a group that holds no cards (audited). */
export function removeGroup(
  db: Db,
  actor: Actor,
  input: LiveMeeting & { groupId: number },
): LiveResult<'not_found' | 'has_cards'> {
  return whileLive(db, input, () => {
    const group = findGroup(db, input.meetingId, input.groupId);
    if (!group) return { ok: false, reason: 'not_found' } as const;
    if (!deleteGroup(db, input.meetingId, group.id)) return { ok: false, reason: 'has_cards' } as const;
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'delete',
      entity: 'live_group',
      entityId: group.id,
      detail: group.name,
    });
    return { ok: true } as const;
  });
}

/**
 * Replaces the prompt list (audited). Prompts that still hold cards are kept: `blocked` lists
 * their texts (the rest of the change is saved all the same).
 */
export function savePrompts(
  db: Db,
  actor: Actor,
  input: LiveMeeting & { prompts: string[] },
): LiveResult<never, { blocked: string[] }> {
  return whileLive(db, input, () => {
    const blocked = setPrompts(db, input.meetingId, input.prompts);
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'update',
      entity: 'live_prompts',
      entityId: input.meetingId,
      detail: input.prompts.join(' / '),
    });
    return { ok: true, blocked };
  });
}

/** Marks a card as a candidate issue, or unmarks it (audited). */
export function markCandidate(
  db: Db,
  actor: Actor,
  input: LiveMeeting & { cardId: number; candidate: boolean },
): LiveResult<'not_found'> {
  return whileLive(db, input, () => {
    if (!updateCard(db, input.meetingId, input.cardId, { candidate: input.candidate }))
      return { ok: false, reason: 'not_found' } as const;
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: input.candidate ? 'mark_candidate' : 'unmark_candidate',
      entity: 'live_card',
      entityId: input.cardId,
      detail: '課題候補',
    });
    return { ok: true } as const;
  });
}

/** Moves a card to another group and/or prompt of the meeting (audited). */
export function moveLiveCard(
  db: Db,
  actor: Actor,
  input: LiveMeeting & { cardId: number; groupId: number; promptId: number },
): LiveResult<'not_found' | 'no_target'> {
  return whileLive(db, input, () => {
    const card = findCard(db, input.meetingId, input.cardId);
    if (!card) return { ok: false, reason: 'not_found' } as const;
    const validTarget =
      findGroup(db, input.meetingId, input.groupId) &&
      listPrompts(db, input.meetingId).some((p) => p.id === input.promptId);
    if (!validTarget) return { ok: false, reason: 'no_target' } as const;
    moveCard(db, input.meetingId, card.id, { groupId: input.groupId, promptId: input.promptId });
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'move',
      entity: 'live_card',
      entityId: card.id,
      detail: card.text,
    });
    return { ok: true } as const;
  });
}

/** Folds a duplicate card into another one; its votes move over (audited). */
export function mergeLiveCard(
  db: Db,
  actor: Actor,
  input: LiveMeeting & { cardId: number; intoId: number },
): LiveResult<'not_found' | 'no_target'> {
  return whileLive(db, input, () => {
    const card = findCard(db, input.meetingId, input.cardId);
    if (!card) return { ok: false, reason: 'not_found' } as const;
    if (!mergeCard(db, input.meetingId, card.id, input.intoId)) return { ok: false, reason: 'no_target' } as const;
    recordAudit(db, {
      projectId: input.projectId,
      actor,
      action: 'merge',
      entity: 'live_card',
      entityId: card.id,
      detail: `${card.text} → #${input.intoId}`,
    });
    return { ok: true } as const;
  });
}
