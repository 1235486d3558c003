import type { MiddlewareHandler } from 'hono';
import { eq } from 'drizzle-orm';
import { perDb, type Db } from '../db/client.ts';
import { agencies } from '../db/schema.ts';
import type { AppEnv } from '../context.ts';
import { hmacToken, randomToken, safeEqual, sha256 } from '../lib/crypto.ts';
import { linkSecret } from '../settings.ts';
import { nowIso } from '../lib/time.ts';
import { agencyPortalPath } from '../lib/paths/agencies.ts';
import { dropShortLink, storeShortLink } from './shortLinks.ts';

// Agency link tokens: 256-bit HMAC of a per-issue nonce under the link key, which is kept outside
// the database (src/settings.ts). The DB keeps the nonce and the token's hash, so a letter can be
// reprinted while lookups only ever see hashes, and a copy of the DB alone yields no link.
export function deriveAgencyToken(db: Db, agencyId: number, nonce: string): string {
  return hmacToken(secretOf(db), `agency:${agencyId}:${nonce}`);
}

// The secret never changes once created; pages listing 200 agencies derive a token per row.
const secretOf = perDb(linkSecret);

/** Issues a new link (revoking any previous one) and returns its token. */
export function issueAgencyLink(db: Db, agencyId: number): string {
  const nonce = randomToken(16);
  const token = deriveAgencyToken(db, agencyId, nonce);
  db.update(agencies)
    .set({ tokenNonce: nonce, tokenHash: sha256(token), tokenIssuedAt: nowIso() })
    .where(eq(agencies.id, agencyId))
    .run();
  storeShortLink(db, agencyId, token);
  return token;
}

export function revokeAgencyLink(db: Db, agencyId: number): void {
  db.update(agencies)
    .set({ tokenNonce: null, tokenHash: null, tokenIssuedAt: null })
    .where(eq(agencies.id, agencyId))
    .run();
  dropShortLink(db, agencyId);
}

/**
 * The current token of an agency, or null when its link is revoked or no longer derivable (the
 * link key was lost or replaced: the link must be reissued rather than printed wrong).
 */
export function currentAgencyToken(
  db: Db,
  agency: { id: number; tokenNonce: string | null; tokenHash: string | null },
): string | null {
  if (!agency.tokenNonce || !agency.tokenHash) return null;
  const token = deriveAgencyToken(db, agency.id, agency.tokenNonce);
  return safeEqual(sha256(token), agency.tokenHash) ? token : null;
}

export function agencyUrl(origin: string, token: string): string {
  return `${origin.replace(/\/$/, '')}${agencyPortalPath(token)}`;
}

/** Finds the active (not archived, not revoked) agency for a presented token. */
export function findAgencyByToken(db: Db, token: string) {
  if (!/^[A-Za-z0-9_-]{40,64}$/.test(token)) return undefined;
  const hash = sha256(token);
  const row = db.select().from(agencies).where(eq(agencies.tokenHash, hash)).get();
  // the indexed lookup finds the row; the constant-time check is the actual comparison
  if (!row || !row.tokenHash || !safeEqual(row.tokenHash, hash) || row.archivedAt) return undefined;
  return row;
}

/** Resolves /a/:token to an agency principal; anything else gets the same "invalid link" page. */
export const agencyAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = c.req.param('token') ?? '';
  const agency = findAgencyByToken(c.get('db'), token);
  if (!agency) {
    c.status(404);
    return c.html(
      '<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>リンクが無効です | renkei 連携</title><link rel="stylesheet" href="/static/app.css"></head><body><main><section class="narrow"><h1>このリンクは無効です</h1><p>リンクの有効期限が切れたか、再発行された可能性があります。お手数ですが、保健所の担当者にお問い合わせください。</p></section></main></body></html>',
    );
  }
  c.set('agency', { id: agency.id, projectId: agency.projectId, name: agency.name, key: agency.key });
  c.set('agencyToken', token);
  await next();
};
