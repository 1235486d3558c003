import type { Context } from 'hono';
import type { AppEnv } from '../context.ts';

/**
 * The origin put into agency links and letters. PUBLIC_URL wins (the address agencies can
 * actually reach); otherwise the request's own origin, taking X-Forwarded-Proto/Host only
 * when the app is configured to sit behind a trusted reverse proxy.
 */
export function publicOrigin(c: Context<AppEnv>): string {
  const configured = process.env.PUBLIC_URL?.trim();
  if (configured) return new URL(configured).origin;
  const url = new URL(c.req.url);
  if (!c.get('deps').trustProxy) return url.origin;
  const first = (h: string | undefined) => h?.split(',')[0].trim() || undefined;
  const fwdProto = first(c.req.header('X-Forwarded-Proto'));
  const fwdHost = first(c.req.header('X-Forwarded-Host'));
  const proto = fwdProto === 'http' || fwdProto === 'https' ? fwdProto : url.protocol.slice(0, -1);
  // the forwarded host replaces host and port; anything that is not a plain host[:port] is ignored
  const host = fwdHost && /^[A-Za-z0-9.\-\[\]:]+$/.test(fwdHost) ? fwdHost : url.host;
  return new URL(`${proto}://${host}`).origin;
}
