// Middleware that audits what no command records: a staff member opening one person's record
// (case sheet, hearing record, an agency's answers, a case study), every download under a
// project, and every login attempt. Entries are written only for answers actually sent (200 for
// reads and downloads), so refused or missing records leave none.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { SESSION_COOKIE, staffActor } from '../http/middleware.ts';
import { findSessionUser } from '../auth/queries.ts';
import { recordDownload, recordLogin, recordRead } from './commands.ts';
import { exportRecordedSince, lastAuditId } from './queries.ts';

const READS: { pattern: RegExp; entity: string }[] = [
  { pattern: /^\/projects\/(\d+)\/cases\/(\d+)(?:\/edit)?$/, entity: 'case' },
  { pattern: /^\/projects\/(\d+)\/hearings\/(\d+)(?:\/edit)?$/, entity: 'hearing' },
  { pattern: /^\/projects\/(\d+)\/questionnaire\/responses\/(\d+)(?:\/edit)?$/, entity: 'questionnaire' },
  { pattern: /^\/projects\/(\d+)\/meetings\/\d+\/case-studies\/(\d+)$/, entity: 'case_study' },
];
// a file extension, or a route that names the download (minutes …/docx, report/download?format=…)
const DOWNLOAD = /^\/projects\/(\d+)\/(.+(?:\.(?:csv|json|xlsx|pdf|html|docx|zip)|\/docx|\/download))$/;

/** What a download is of, named by the first part of its path that says so. */
function downloadEntity(file: string): { entity: string; entityId?: string } {
  const meeting = /^meetings\/(\d+)\//.exec(file)?.[1];
  if (/(^|\/)packet/.test(file)) return { entity: 'packet', entityId: meeting };
  if (meeting) return { entity: 'meeting', entityId: meeting };
  const first = file.split('/')[0];
  const named: Record<string, string> = {
    'resource-map': 'resource_map',
    questionnaire: 'questionnaire',
    agencies: 'agency',
    cases: 'case',
    hearings: 'hearing',
    issues: 'issue',
    audit: 'audit',
    report: 'report',
  };
  return { entity: named[first] ?? 'project' };
}

export const auditTrail: MiddlewareHandler<AppEnv> = async (c, next) => {
  const path = c.req.path;
  const download = c.req.method === 'GET' ? DOWNLOAD.exec(path) : null;
  const db = c.get('db');
  const before = download ? lastAuditId(db) : 0;
  await next();
  if (c.req.method !== 'GET' || c.res.status !== 200 || !c.get('user')) return;
  if (download) {
    const projectId = Number(download[1]);
    // a CSV answered first with the Shift_JIS notice page is not yet a download (an HTML file is
    // one when its path says .html or it is sent with a file name)
    const isPage =
      (c.res.headers.get('content-type') ?? '').startsWith('text/html') &&
      !path.endsWith('.html') &&
      !c.res.headers.has('content-disposition');
    if (isPage || exportRecordedSince(db, projectId, before)) return;
    recordDownload(db, staffActor(c), { projectId, ...downloadEntity(download[2]), file: download[2] });
    return;
  }
  for (const { pattern, entity } of READS) {
    const m = pattern.exec(path);
    if (m) recordRead(db, staffActor(c), { projectId: Number(m[1]), entity, entityId: m[2] });
  }
};

export const auditLogins: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.req.method !== 'POST') return;
  const db = c.get('db');
  const token = c.res.headers
    .getSetCookie()
    .map((line) => line.split(';')[0].trim())
    .find((pair) => pair.startsWith(`${SESSION_COOKIE}=`) && pair.length > SESSION_COOKIE.length + 1)
    ?.slice(SESSION_COOKIE.length + 1);
  const user = c.res.status === 303 && token ? findSessionUser(db, token) : null;
  if (user) return recordLogin(db, { user });
  if (c.res.status >= 400 && c.res.status < 500) {
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    recordLogin(db, { email });
  }
};
