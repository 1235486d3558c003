// Issue 14 item 11: one participant cookie holds at most a few live streams at once.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { liveWorld, joinAs } from './liveWorld.ts';
import { MAX_STREAMS_PER_PARTICIPANT } from '../../src/live/streamCap.ts';

describe('live streams per participant', () => {
  it(`accepts ${MAX_STREAMS_PER_PARTICIPANT} streams per cookie, refuses more with 429, and frees a slot when one closes`, async () => {
    const live = await liveWorld();
    const { phone, sheet } = await joinAs(live.app, live.code, live.group.id);
    const open: Response[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_PARTICIPANT; i++) {
      const res = await phone.get(`${sheet}/events`);
      expect(res.status).toBe(200);
      open.push(res);
    }
    const refused = await phone.get(`${sheet}/events`);
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('同時に開いている画面が多すぎます');
    // another participant is not affected
    const other = await joinAs(live.app, live.code, live.group.id);
    const theirs = await other.phone.get(`${other.sheet}/events`);
    expect(theirs.status).toBe(200);
    // closing a tab (the browser cancels the stream) frees its slot
    await open.pop()!.body!.cancel();
    const again = await phone.get(`${sheet}/events`);
    expect(again.status).toBe(200);
    for (const res of [...open, theirs, again]) await res.body!.cancel();
  });

  it('frees the slot of a stream written straight to its socket when the connection closes', async () => {
    const live = await liveWorld();
    const { phone, sheet } = await joinAs(live.app, live.code, live.group.id);
    const server = serve({ fetch: live.app.fetch, port: 0, hostname: '127.0.0.1' }) as http.Server;
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as AddressInfo;
    const Cookie = [...phone.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const open = () =>
      new Promise<{ status: number; req: http.ClientRequest }>((resolve, reject) => {
        const req = http.get(
          { host: '127.0.0.1', port, path: `${sheet}/events`, headers: { Cookie }, agent: false },
          (res) => resolve({ status: res.statusCode!, req }),
        );
        req.on('error', reject);
      });
    const streams = [];
    for (let i = 0; i < MAX_STREAMS_PER_PARTICIPANT; i++) streams.push(await open());
    expect(streams.map((s) => s.status)).toEqual(Array(MAX_STREAMS_PER_PARTICIPANT).fill(200));
    const refused = await open();
    expect(refused.status).toBe(429);
    refused.req.destroy();
    streams.pop()!.req.destroy();
    let again = await open();
    for (let i = 0; again.status !== 200 && i < 50; i++) {
      again.req.destroy();
      await new Promise((r) => setTimeout(r, 20));
      again = await open();
    }
    expect(again.status).toBe(200);
    for (const s of [...streams, again]) s.req.destroy();
    server.closeAllConnections();
    server.close();
  });

  it('does not cap the sheet page itself', async () => {
    const live = await liveWorld();
    const { phone, sheet } = await joinAs(live.app, live.code, live.group.id);
    for (let i = 0; i < MAX_STREAMS_PER_PARTICIPANT + 2; i++) expect((await phone.get(sheet)).status).toBe(200);
  });
});
