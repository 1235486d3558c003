import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { ErrorPage } from '../../views/layout/errorPage.tsx';
import { currentAgencyToken } from './links.ts';
import { findAgencyByShortCode, normalizeShortCode } from './shortLinks.ts';
import { shortLinkFailed, shortLinkWait } from './shortLinkGuard.ts';
import { agencyPortalPath } from '../lib/paths/agencies.ts';

/**
 * `/a/K7QXM-3PD2H-482913` (typed from a letter): leads to the agency's home like the long link.
 * Anything that is not shaped like a short code (a long token) passes on to the agency pages.
 */
export const shortLinkResolver: MiddlewareHandler<AppEnv> = async (c, next) => {
  const short = normalizeShortCode(c.req.param('token') ?? '');
  if (!short || c.req.method !== 'GET') return next();
  const db = c.get('db');
  c.header('Cache-Control', 'private, no-store');
  c.header('X-Robots-Tag', 'noindex, nofollow');
  const wait = shortLinkWait(c, db, short.code);
  if (wait > 0) {
    c.status(429);
    c.header('Retry-After', String(wait));
    return c.render(
      <ErrorPage
        status={429}
        message={`誤ったアドレスの入力が続いたため、一時的に受け付けを停止しています。約${Math.ceil(wait / 60)}分後にもう一度お試しください。`}
      />,
    );
  }
  const agency = findAgencyByShortCode(db, short);
  const token = agency ? currentAgencyToken(db, agency) : null;
  if (!token) {
    shortLinkFailed(c, db, short.code);
    c.status(404);
    return c.render(
      <ErrorPage
        status={404}
        message="入力されたアドレスに当たる専用ページはありません。依頼文の「短いアドレス」を、英字10文字と数字6桁（確認コード）まで正しく入力したかご確認ください（大文字・小文字は区別しません）。リンクが再発行・停止された場合は、保健所の担当者にお問い合わせください。"
      />,
    );
  }
  return c.redirect(agencyPortalPath(token), 302);
};
