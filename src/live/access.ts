// Who may touch a live meeting: staff through the project (loadProject already ran), participants
// through the join code plus their own random cookie (only its hash is stored).
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../context.ts';
import { isSecure } from '../http/middleware.ts';
import type { Meeting } from '../meetings/queries.ts';
import { randomToken, sha256 } from '../lib/crypto.ts';
import { findParticipant, type LiveParticipant } from './groupQueries.ts';
import type { LiveSession } from './sessionQueries.ts';
import { publicOrigin } from '../agencies/origin.ts';
import { JOIN_PATH } from '../lib/paths/live.ts';

export type ParticipantEnv = { Variables: AppEnv['Variables'] & { live: LiveSession; meeting: Meeting } };

export const PARTICIPANT_COOKIE = 'renkei_participant';

/** This browser's participant token, when it has a well-formed one. */
const browserToken = (c: Context) => {
  const token = getCookie(c, PARTICIPANT_COOKIE);
  return token && token.length >= 32 ? token : undefined;
};

export function currentParticipant(c: Context<ParticipantEnv>): LiveParticipant | undefined {
  const token = browserToken(c);
  return token ? findParticipant(c.get('db'), c.get('live').meetingId, sha256(token)) : undefined;
}

/**
 * The token hash to store for this browser: its cookie's, or a new token's. `keep` issues the
 * cookie for a new token (call it once the participant is saved).
 */
export function participantToken(c: Context): { hash: string; keep: () => void } {
  const existing = browserToken(c);
  const token = existing ?? randomToken(32);
  const keep = () => {
    if (existing) return;
    setCookie(c, PARTICIPANT_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isSecure(c),
      path: '/',
      maxAge: 24 * 3600,
    });
  };
  return { hash: sha256(token), keep };
}

/** The absolute /join address participants type or scan (console and wall). */
export const joinUrl = (c: Context) => `${publicOrigin(c)}${JOIN_PATH}`;
