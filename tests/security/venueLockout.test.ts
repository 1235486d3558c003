// Issue 14 item 4: wrong codes from the venue's shared address lock out new guesses from that
// address, but never the participants who already joined (identified by their cookie).
import { describe, expect, it } from 'vitest';
import { Client } from '../helpers.ts';
import { liveWorld, joinAs, wrongCode } from './liveWorld.ts';

describe('venue lock-out', () => {
  it('keeps joined participants working while their shared address is blocked', async () => {
    const live = await liveWorld();
    const { phone, sheet } = await joinAs(live.app, live.code, live.group.id);
    const stranger = new Client(live.app);
    for (let i = 0; i < 30; i++)
      expect((await stranger.post('/join', { code: wrongCode(live.code, i) })).status).toBe(422);
    // the address is now blocked for newcomers …
    expect((await stranger.post('/join', { code: live.code })).status).toBe(429);
    expect((await new Client(live.app).get(`/m/${live.code}`)).status).toBe(429);
    // … but the joined participant still reads the sheet and posts a card
    const page = await phone.get(sheet);
    expect(page.status).toBe(200);
    const promptId = /name="promptId" value="(\d+)"/.exec(await page.text())?.[1] ?? '';
    const posted = await phone.post(`${sheet}/cards`, { text: '送迎の手段がない', promptId });
    expect(posted.status).toBe(303);
    expect((await phone.get(sheet)).status).toBe(200);
  });
});
