// Who may touch a live meeting: staff through the project (loadProject already ran), participants
// through the join code plus their own random cookie (only its hash is stored).
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../context.ts';
import { isSecure } from '../http/middleware.ts';
import type { Meeting } from '../meetings/queries.ts';
import { randomToken, sha256 } from '../lib/crypto.ts';
import { findParticipant, type LiveParticipant, type LiveSession } from './queries.ts';

export type ParticipantEnv = { Variables: AppEnv['Variables'] & { live: LiveSession; meeting: Meeting } };

export const PARTICIPANT_COOKIE = 'renkei_participant';

export function currentParticipant(c: Context<ParticipantEnv>): LiveParticipant | undefined {
  const token = getCookie(c, PARTICIPANT_COOKIE);
  return token && token.length >= 32 ? findParticipant(c.get('db'), c.get('live').meetingId, sha256(token)) : undefined;
}

/** The hash to store for this browser, issuing a new cookie when it has none yet. */
export function participantTokenHash(c: Context): string {
  let token = getCookie(c, PARTICIPANT_COOKIE);
  if (!token || token.length < 32) {
    token = randomToken(32);
    setCookie(c, PARTICIPANT_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: isSecure(c),
      path: '/',
      maxAge: 24 * 3600,
    });
  }
  return sha256(token);
}
