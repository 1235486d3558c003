// The short, typeable form of an agency's link, printed beside the QR code for people who type it:
// /a/ + 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L) + a 6-digit check code.
// Both are derived from the long token, itself derived from the link key (so letters can be
// reprinted, and reissuing or stopping the long link does the same to the short one); the
// database keeps only the hash of the whole 16 characters (~70 bits), so a copy of it alone yields
// no working short link, and guessing one online is throttled (shortLinkGuard.ts).
import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { agencies, agencyShortLinks } from '../db/schema.ts';
import { safeEqual, sha256 } from '../lib/crypto.ts';
import { agencyShortPath } from '../lib/paths/agencies.ts';

export const SHORT_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 10;

export type ShortCode = { code: string; check: string };

/** What people typed, as `CODE` + `CHECK`: case, spaces, dashes (also full-width ones) ignored. */
export function normalizeShortCode(typed: string): ShortCode | null {
  const plain = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑–—ー_.]/g, '');
  const m = new RegExp(`^([${SHORT_ALPHABET}]{${CODE_LENGTH}})([0-9]{6})$`).exec(plain);
  return m ? { code: m[1], check: m[2] } : null;
}

/** 「K7QXM-3PD2H-482913」: groups of five keep it readable aloud and on paper. */
export const formatShortCode = ({ code, check }: ShortCode) => `${code.slice(0, 5)}-${code.slice(5)}-${check}`;

export function shortAgencyUrl(origin: string, short: ShortCode): string {
  return `${origin.replace(/\/$/, '')}${agencyShortPath(formatShortCode(short))}`;
}

export function deriveShortCode(token: string): ShortCode {
  let n = BigInt(`0x${createHmac('sha256', token).update('agency-short').digest('hex')}`);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    code += SHORT_ALPHABET[Number(n % 31n)];
    n /= 31n;
  }
  return { code, check: String(n % 1_000_000n).padStart(6, '0') };
}

const shortHash = ({ code, check }: ShortCode) => sha256(`agency-short:${code}${check}`);

/** Stores the short link of a (re)issued long link; call inside the issuing transaction. */
export function storeShortLink(db: Db, agencyId: number, token: string): void {
  const codeHash = shortHash(deriveShortCode(token));
  db.insert(agencyShortLinks)
    .values({ agencyId, codeHash })
    .onConflictDoUpdate({ target: agencyShortLinks.agencyId, set: { codeHash } })
    .run();
}

export function dropShortLink(db: Db, agencyId: number): void {
  db.delete(agencyShortLinks).where(eq(agencyShortLinks.agencyId, agencyId)).run();
}

/**
 * The short code of an agency's working long link. Links issued before short links existed get
 * theirs stored here the first time they are shown.
 */
export function currentShortCode(db: Db, agencyId: number, token: string): ShortCode {
  const short = deriveShortCode(token);
  const stored = db.select().from(agencyShortLinks).where(eq(agencyShortLinks.agencyId, agencyId)).get();
  if (!stored || !safeEqual(stored.codeHash, shortHash(short))) storeShortLink(db, agencyId, token);
  return short;
}

/** The active agency a typed short code belongs to, or undefined (unknown code or wrong check). */
export function findAgencyByShortCode(db: Db, short: ShortCode) {
  const hash = shortHash(short);
  const row = db
    .select({ agency: agencies, codeHash: agencyShortLinks.codeHash })
    .from(agencyShortLinks)
    .innerJoin(agencies, eq(agencies.id, agencyShortLinks.agencyId))
    .where(eq(agencyShortLinks.codeHash, hash))
    .get();
  if (!row || !safeEqual(row.codeHash, hash) || row.agency.archivedAt || !row.agency.tokenHash) return undefined;
  return row.agency;
}
