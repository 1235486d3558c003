// What the request letters show: each agency's link (under the public origin) and its QR code,
// with the project's survey windows.
import type { Db } from '../db/client.ts';
import { getSurveyWindows, type SurveyWindow } from '../projects/queries.ts';
import { agencyUrl, currentAgencyToken } from './links.ts';
import { listAgencies, type Agency } from './queries.ts';
import { qrSvg } from './qr.ts';

export type Letter = { agency: Agency; url: string; qrSvg: string };

/** The agency's working link, or null when it is archived or its link is stopped. */
export function agencyLink(db: Db, origin: string, agency: Agency): string | null {
  const token = agency.archivedAt ? null : currentAgencyToken(db, agency);
  return token ? agencyUrl(origin, token) : null;
}

/** The agency's letter, or null when there is no working link to print. */
export async function letterFor(db: Db, origin: string, agency: Agency): Promise<Letter | null> {
  const url = agencyLink(db, origin, agency);
  return url ? { agency, url, qrSvg: await qrSvg(url) } : null;
}

/** Letters for every active agency; those whose link is stopped are named in `skipped`. */
export async function lettersFor(
  db: Db,
  origin: string,
  projectId: number,
): Promise<{ letters: Letter[]; skipped: string[] }> {
  const letters: Letter[] = [];
  const skipped: string[] = [];
  for (const agency of listAgencies(db, projectId, 'active')) {
    const letter = await letterFor(db, origin, agency);
    if (letter) letters.push(letter);
    else skipped.push(agency.name);
  }
  return { letters, skipped };
}

export const surveyWindows = (db: Db, projectId: number): SurveyWindow[] =>
  Object.values(getSurveyWindows(db, projectId));
