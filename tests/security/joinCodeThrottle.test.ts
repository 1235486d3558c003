// Issue 14 item 1: every wrong join code counts, whoever sends it; a participant cookie has its own
// guess limit; the code of a closed meeting no longer resolves.
import { describe, expect, it } from 'vitest';
import { liveWorld, joinAs, wrongCode } from './liveWorld.ts';

describe('join-code guessing', () => {
  it('counts wrong codes from a browser that once joined a meeting (its cookie is no free pass)', async () => {
    const live = await liveWorld();
    // the guesser joined a meeting once, so it holds a real participant cookie
    const { phone } = await joinAs(live.app, live.code, live.group.id);
    const guesses: number[] = [];
    for (let i = 0; i < 40; i++) guesses.push((await phone.get(`/m/${wrongCode(live.code, i)}`)).status);
    expect(guesses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(guesses.at(-1)).toBe(429);
    const blocked = await phone.get(`/m/${wrongCode(live.code, 99)}`);
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain('一時的に受け付けを停止しています');
  });

  it('limits guesses per participant cookie even when each guess comes from another address', async () => {
    const live = await liveWorld();
    // same database, behind a trusted proxy so that every guess can come from another address
    const { createApp } = await import('../../src/app.tsx');
    const app = createApp({ db: live.db, trustProxy: 1 });
    const { phone } = await joinAs(app, live.code, live.group.id, { 'X-Forwarded-For': '203.0.113.1' });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const res = await phone.get(`/m/${wrongCode(live.code, i)}`, { 'X-Forwarded-For': `198.51.100.${i + 1}` });
      statuses.push(res.status);
    }
    expect(statuses).toContain(429);
    expect(statuses.indexOf(429)).toBeLessThanOrEqual(10);
  });

  it('stops resolving the code of a closed meeting, for everyone', async () => {
    const live = await liveWorld();
    const { phone, sheet } = await joinAs(live.app, live.code, live.group.id);
    expect((await live.client.post(`${live.base}/group-work/close`)).status).toBe(303);
    expect((await phone.get(`/m/${live.code}`)).status).toBe(404);
    expect((await phone.get(sheet)).status).toBe(404);
  });
});
