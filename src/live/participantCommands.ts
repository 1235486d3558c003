// Every state change a participant makes in an open meeting: one function each. A command
// re-checks what needs the database (input lock, card of their group, vote quota), writes in
// one transaction (with its audit entry where the action is audited) and publishes the change
// to the connected walls and sheets after the commit.
import type { Db } from '../db/client.ts';
import { recordAudit } from '../audit/log.ts';
import { addCard, deleteCard, editCard, findCard, type LiveCard } from './cardQueries.ts';
import {
  createGroup,
  findGroup,
  findGroupByName,
  listGroups,
  participantAgencies,
  saveParticipant,
  type LiveGroup,
} from './groupQueries.ts';
import { getSession, listPrompts, type LivePrompt } from './sessionQueries.ts';
import { ballot, castVote, withdrawVote, type VoteResult } from './voteQueries.ts';
import { notify } from './sse.ts';
import { holdFor } from './moderation.ts';
import { inBatch } from './writeBatch.ts';

export const MAX_GROUPS = 50;

/** Publishes after the commit when the change went through. */
function published<R extends { ok: boolean }>(db: Db, meetingId: number, result: R): R {
  if (result.ok) notify(db, meetingId);
  return result;
}

const isLocked = (db: Db, meetingId: number) => getSession(db, meetingId)?.inputLocked ?? true;
/** Whether a card with this text is held back from the wall, and why (see moderation.ts). */
const holdOf = (db: Db, meetingId: number, text: string) =>
  holdFor(text, getSession(db, meetingId)?.wallModeration ?? 'approval');

export type JoinGroupResult = { ok: true; group: LiveGroup } | { ok: false; reason: 'too_many_groups' | 'no_group' };

/**
 * A participant joins a group, or names a new one (created and audited on the spot). Their
 * agency counts only when it is one offered for the meeting.
 */
export function joinGroup(
  db: Db,
  input: {
    meeting: { projectId: number; id: number; attendeeAgencyIds: number[] };
    groupId?: number;
    newGroup?: string;
    agencyId: number | null;
    agencyLabel: string;
    tokenHash: string;
  },
): JoinGroupResult {
  const { meeting, newGroup } = input;
  let created = false;
  const result = db.transaction((): JoinGroupResult => {
    let group = newGroup ? findGroupByName(db, meeting.id, newGroup) : findGroup(db, meeting.id, input.groupId!);
    if (!group && newGroup) {
      if (listGroups(db, meeting.id).length >= MAX_GROUPS) return { ok: false, reason: 'too_many_groups' };
      group = createGroup(db, meeting.id, newGroup);
      created = true;
      recordAudit(db, {
        projectId: meeting.projectId,
        actor: { kind: 'system', label: '参加者（会議中に作成）' },
        action: 'create',
        entity: 'live_group',
        entityId: group.id,
        detail: group.name,
      });
    }
    if (!group) return { ok: false, reason: 'no_group' };
    const offered = participantAgencies(db, meeting).some((a) => a.id === input.agencyId);
    saveParticipant(db, meeting.id, {
      tokenHash: input.tokenHash,
      groupId: group.id,
      agencyId: input.agencyId !== null && offered ? input.agencyId : null,
      agencyLabel: input.agencyLabel,
    });
    return { ok: true, group };
  });
  if (created) notify(db, meeting.id);
  return result;
}

type GroupCard = { meetingId: number; groupId: number; cardId: number };
/** A visible card of the participant's own group. */
const groupCard = (db: Db, input: GroupCard) => {
  const card = findCard(db, input.meetingId, input.cardId);
  return card && card.groupId === input.groupId ? card : undefined;
};

export type PostCardResult =
  { ok: true; prompt: LivePrompt; card: LiveCard } | { ok: false; reason: 'locked' | 'no_prompt'; prompt?: LivePrompt };

/**
 * Adds a card to the group's sheet under a prompt, unless input is locked. Cards posted within a
 * few milliseconds of each other are committed together (writeBatch.ts); answered after the commit.
 */
export function postCard(
  db: Db,
  input: { meetingId: number; groupId: number; promptId: number; text: string; participantId: number },
): Promise<PostCardResult> {
  return inBatch(db, (): PostCardResult => {
    const prompt = listPrompts(db, input.meetingId).find((p) => p.id === input.promptId);
    if (isLocked(db, input.meetingId)) return { ok: false, reason: 'locked', prompt };
    if (!prompt) return { ok: false, reason: 'no_prompt' };
    const card = addCard(db, input.meetingId, {
      groupId: input.groupId,
      promptId: input.promptId,
      text: input.text,
      participantId: input.participantId,
      ...holdOf(db, input.meetingId, input.text),
    });
    return published(db, input.meetingId, { ok: true, prompt, card });
  });
}

export type EditCardResult =
  | { ok: true; card: LiveCard }
  | { ok: false; reason: 'locked' }
  | { ok: false; reason: 'gone' }
  | { ok: false; reason: 'conflict'; current: LiveCard };

/**
 * Saves new text only if nobody changed the card since `version` was read. The text is checked
 * again: a rewritten card goes to the wall (or waits for approval) like a new one.
 */
export function editGroupCard(db: Db, input: GroupCard & { version: number; text: string }): EditCardResult {
  const result = db.transaction((): EditCardResult => {
    if (!groupCard(db, input)) return { ok: false, reason: 'gone' };
    if (isLocked(db, input.meetingId)) return { ok: false, reason: 'locked' };
    const edited = editCard(db, input.meetingId, input.cardId, input.version, {
      text: input.text,
      ...holdOf(db, input.meetingId, input.text),
    });
    if (edited.ok) return edited;
    return edited.current ? { ok: false, reason: 'conflict', current: edited.current } : { ok: false, reason: 'gone' };
  });
  return published(db, input.meetingId, result);
}

/** Deletes a card of the participant's group, unless input is locked. */
export function deleteGroupCard(db: Db, input: GroupCard): { ok: true } | { ok: false; reason: 'locked' | 'gone' } {
  const result = db.transaction(() => {
    if (!groupCard(db, input)) return { ok: false, reason: 'gone' } as const;
    if (isLocked(db, input.meetingId)) return { ok: false, reason: 'locked' } as const;
    deleteCard(db, input.meetingId, input.cardId);
    return { ok: true } as const;
  });
  return published(db, input.meetingId, result);
}

export type VoteForCardResult = { ok: true } | { ok: false; reason: Exclude<VoteResult, 'ok'> };

/** One dot on a card of the ballot, within the per-person quota. */
export function voteForCard(
  db: Db,
  input: { meetingId: number; participantId: number; cardId: number },
): VoteForCardResult {
  const onBallot = ballot(db, input.meetingId).some((card) => card.id === input.cardId);
  const vote = onBallot ? castVote(db, input.meetingId, input.participantId, input.cardId) : 'no-card';
  return published(db, input.meetingId, vote === 'ok' ? { ok: true } : { ok: false, reason: vote });
}

/** Takes back one of the participant's dots on a card while voting is open. */
export function withdrawCardVote(
  db: Db,
  input: { meetingId: number; participantId: number; cardId: number },
): { ok: boolean } {
  const open = getSession(db, input.meetingId)?.votingStatus === 'open';
  const withdrawn = open && withdrawVote(db, input.meetingId, input.participantId, input.cardId);
  return published(db, input.meetingId, { ok: withdrawn });
}
