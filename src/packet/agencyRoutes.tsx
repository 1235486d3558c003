// The packet of a meeting as an agency's link shows it (/a/:token/meetings/:mid/packet), once staff
// have issued it: without another agency's unshared hearing passages and with case material counted
// only (forAgencyLink). A 支援会議's packet never reaches an agency link: 404, as if it did not exist.
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { idParam } from '../http/middleware.ts';
import { nowIso } from '../lib/time.ts';
import { findMeeting } from '../meetings/queries.ts';
import { findProject } from '../projects/queries.ts';
import { isClosedMeeting } from '../lib/labels/meetings.ts';
import { compilePacket } from './compile.ts';
import { forAgencyLink } from './disclosure.ts';
import { listIssuedPackets } from './queries.ts';
import { renderPacketHtml } from './render.tsx';

export function agencyPacketRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/:mid{[0-9]+}/packet', async (c) => {
    const db = c.get('db');
    const agency = c.get('agency');
    const mid = idParam(c, 'mid');
    const meeting = mid === null ? undefined : findMeeting(db, agency.projectId, mid);
    if (!meeting || isClosedMeeting(meeting.kind)) return c.notFound();
    if (!listIssuedPackets(db, agency.projectId, meeting.id).length) return c.notFound();
    const doc = compilePacket(db, findProject(db, agency.projectId)!, meeting.id, { generatedAt: nowIso() });
    if (!doc) return c.notFound();
    return c.html(await renderPacketHtml(forAgencyLink(doc, agency.id)));
  });
  return app;
}
