// What the participants' pages show, computed before render.
import type { Db } from '../db/client.ts';
import type { Meeting } from '../meetings/queries.ts';
import { agencyNames } from '../meetings/queries.ts';
import { currentPrompt } from './board.ts';
import { listGroups, participantAgencies, type LiveGroup, type LiveParticipant } from './groupQueries.ts';
import { listPrompts, type LivePrompt, type LiveSession } from './sessionQueries.ts';
import { ballot, myVotes, votesUsed } from './voteQueries.ts';

export type GroupOption = LiveGroup & { agencyNames: string[] };

/** The groups to choose from (with their agencies' names) and the agencies a participant may pick. */
export function chooseGroupView(db: Db, session: LiveSession, meeting: Meeting) {
  const groups: GroupOption[] = listGroups(db, session.meetingId).map((g) => ({
    ...g,
    agencyNames: agencyNames(db, session.projectId, g.agencyIds).map((a) => a.name),
  }));
  return { groups, agencies: participantAgencies(db, meeting) };
}

/** The prompt a card form is about: the one asked for when it still exists, else the current one. */
export function formPrompt(db: Db, session: LiveSession, promptId?: number): LivePrompt | null {
  const prompts = listPrompts(db, session.meetingId);
  return prompts.find((p) => p.id === promptId) ?? currentPrompt(session, prompts)?.prompt ?? null;
}

/** The ballot with the participant's own dots. */
export function voteView(db: Db, session: LiveSession, me: LiveParticipant) {
  return {
    cards: ballot(db, session.meetingId),
    groups: listGroups(db, session.meetingId),
    prompts: listPrompts(db, session.meetingId),
    mine: myVotes(db, session.meetingId, me.id),
    used: votesUsed(db, session.meetingId, me.id),
  };
}
