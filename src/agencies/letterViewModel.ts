// What the request letters show: each agency's link (under the public origin) and its QR code,
// with the project's survey windows.
import type { Db } from '../db/client.ts';
import { getSurveyWindows, type SurveyWindow } from '../projects/queries.ts';
import { agencyUrl, currentAgencyToken } from './links.ts';
import { listAgencies, type Agency } from './queries.ts';
import { qrSvg } from './qr.ts';
import { currentShortCode, shortAgencyUrl } from './shortLinks.ts';

/** An agency's working link: the long URL (QR code, copy) and the short one to type. */
export type AgencyLink = { url: string; shortUrl: string };

export type Letter = { agency: Agency; qrSvg: string } & AgencyLink;

/** The agency's working link, or null when it is archived or its link is stopped. */
export function agencyLink(db: Db, origin: string, agency: Agency): AgencyLink | null {
  const token = agency.archivedAt ? null : currentAgencyToken(db, agency);
  if (!token) return null;
  return { url: agencyUrl(origin, token), shortUrl: shortAgencyUrl(origin, currentShortCode(db, agency.id, token)) };
}

/** The agency's letter, or null when there is no working link to print. */
export async function letterFor(db: Db, origin: string, agency: Agency): Promise<Letter | null> {
  const link = agencyLink(db, origin, agency);
  return link ? { agency, ...link, qrSvg: await qrSvg(link.url) } : null;
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
