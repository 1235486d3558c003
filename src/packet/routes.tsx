// GET /projects/:pid/meetings/:mid/packet.json — the packet's aggregates for machines
// (BUNDLE.md "Packet JSON"). Staff only, like every /projects route; scoped to the project.
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';
import { idParam } from '../http/middleware.ts';
import { buildPacketJson, loadPacketData } from './json.ts';

export function packetJsonRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const mid = idParam(c, 'mid');
    const data = mid === null ? null : loadPacketData(c.get('db'), c.get('project').id, mid);
    if (!data) return c.json({ error: '会議が見つかりません' }, 404);
    c.header('Cache-Control', 'no-store');
    return c.json(buildPacketJson(data));
  });
  return app;
}
