// Issue 14 item 11: one participant cookie holds at most a few live streams at once.
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

  it('does not cap the sheet page itself', async () => {
    const live = await liveWorld();
    const { phone, sheet } = await joinAs(live.app, live.code, live.group.id);
    for (let i = 0; i < MAX_STREAMS_PER_PARTICIPANT + 2; i++) expect((await phone.get(sheet)).status).toBe(200);
  });
});
