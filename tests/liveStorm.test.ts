// A reconnect storm over real sockets (the server writes straight to them): 200 walls, consoles
// and phones drop at once, cards are posted, edited, moved, merged, hidden and deleted while they
// are away, and all come back together with Last-Event-ID. Each must then show exactly its board:
// no card twice, none missing, and a phone never a card of another group.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { cardsOf, liveSetup, participant, type Live } from './liveWorld.ts';
import { lastEventId } from '../src/live/eventQueries.ts';
import { liveHub } from '../src/live/sse.ts';

type Audience = 'wall' | 'console' | number;
/** One client's screen: the cards it shows (false: removed), every card element it got, its last event id. */
type Screen = { audience: Audience; path: string; cookie: string; lastId: number; cards: Map<number, boolean> };

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.closeAllConnections()));

/** Opens the stream; `onCard` hears every card element of every complete message. */
function open(port: number, s: Screen, onCard: (id: number, gone: boolean) => void, resume = false) {
  const headers: Record<string, string> = { Cookie: s.cookie };
  if (resume) headers['Last-Event-ID'] = String(s.lastId);
  return new Promise<http.ClientRequest>((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: s.path, headers, agent: false }, (res) => {
      if (res.statusCode !== 200) reject(new Error(`${s.path}: ${res.statusCode}`));
      let buf = '';
      res.setEncoding('utf8');
      res.on('data', (text: string) => {
        buf += text;
        let end: number;
        while ((end = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, end);
          buf = buf.slice(end + 2);
          const id = /^id: (\d+)$/m.exec(block);
          if (id) s.lastId = Number(id[1]);
          for (const [, attrs] of block.matchAll(/<li ([^>]*)>/g)) {
            const card = /id="[a-z]-card-(\d+)"/.exec(attrs);
            if (!card) continue;
            const gone = attrs.includes('data-gone');
            s.cards.set(Number(card[1]), !gone);
            onCard(Number(card[1]), gone);
          }
        }
      });
      res.on('error', () => {});
      resolve(req);
    });
    req.on('error', reject);
  });
}

/** What each audience must show now, from the database (render.tsx's rules). */
function expected(live: Live, audience: Audience): number[] {
  return cardsOf(live.db, live.meeting.id)
    .filter((c) =>
      audience === 'console'
        ? true
        : audience === 'wall'
          ? !c.held && !c.hiddenAt && !c.deletedAt
          : c.groupId === audience && (!c.deletedAt || c.mergedIntoId !== null),
    )
    .map((c) => c.id)
    .sort((a, b) => a - b);
}

const shown = (s: Screen) =>
  [...s.cards]
    .filter(([, on]) => on)
    .map(([id]) => id)
    .sort((a, b) => a - b);

async function until(check: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

describe('reconnect storm', () => {
  it('brings 200 clients back at once, each with exactly its board', async () => {
    const live = await liveSetup();
    const server = serve({ fetch: live.app.fetch, port: 0, hostname: '127.0.0.1' }) as http.Server;
    servers.push(server);
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as AddressInfo).port;
    const promptId = String(live.session.currentPromptId);
    const groups = [live.groupA.id, live.groupB.id];
    const staffCookie = [...live.client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const after = lastEventId(live.db, live.meeting.id);
    const screens: Screen[] = [];
    const screen = (audience: Audience, path: string, cookie: string) =>
      screens.push({ audience, path, cookie, lastId: after, cards: new Map() });
    for (let i = 0; i < 19; i++) screen('wall', `${live.base}/wall/events?after=${after}`, staffCookie);
    screen('console', `${live.base}/wall/events?view=console&after=${after}`, staffCookie);
    const phones: Awaited<ReturnType<typeof participant>>[] = [];
    for (let i = 0; i < 180; i++) {
      const p = await participant(live, groups[i % 2]);
      phones.push(p);
      const cookie = [...p.phone.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      screen(groups[i % 2], `${p.sheet}/events?after=${after}`, cookie);
    }
    const received = screens.map(() => new Set<number>());
    let reqs = await Promise.all(screens.map((s, i) => open(port, s, (id) => received[i].add(id))));

    const post = (i: number, text: string) => phones[i].phone.post(`${phones[i].sheet}/cards`, { text, promptId });
    for (let i = 0; i < 20; i++) expect((await post(i, `最初のカード${i}`)).status).toBe(303);
    const exact = () => screens.every((s) => shown(s).join() === expected(live, s.audience).join());
    await until(exact);
    expect(exact()).toBe(true);

    // everyone drops; the server must notice before the changes below
    for (const req of reqs) req.destroy();
    await until(() => liveHub(live.db).subscriberCount(live.meeting.id) === 0);
    expect(liveHub(live.db).subscriberCount(live.meeting.id)).toBe(0);
    const before = screens.map((s) => new Map(s.cards));

    for (let i = 0; i < 10; i++) expect((await post(i, `留守中のカード${i}`)).status).toBe(303);
    const byText = (t: string) => cardsOf(live.db, live.meeting.id).find((c) => c.text === t)!;
    const cards = `${live.base}/group-work/cards`;
    const [moved, dup, into, hidden, deleted, edited] = [0, 2, 4, 6, 1, 8].map((i) => byText(`最初のカード${i}`));
    await live.client.post(`${cards}/${moved.id}/move`, { groupId: String(live.groupB.id), promptId });
    await live.client.post(`${cards}/${dup.id}/merge`, { intoId: String(into.id) });
    await live.client.post(`${cards}/${hidden.id}/hide`, { hidden: '1' });
    await phones[1].phone.post(`${phones[1].sheet}/cards/${deleted.id}/delete`);
    const edit = { text: '書き直したカード', version: String(edited.version) };
    expect((await phones[0].phone.post(`${phones[0].sheet}/cards/${edited.id}`, edit)).status).toBe(303);
    const changed = new Set([moved, dup, into, hidden, deleted, edited].map((c) => c.id));

    // all at once, each from the last event it saw
    const again = screens.map(() => [] as number[]);
    const strayRemovals: number[] = [];
    reqs = await Promise.all(
      screens.map((s, i) =>
        open(
          port,
          s,
          (id, gone) => {
            again[i].push(id);
            received[i].add(id);
            if (gone && !before[i].has(id) && !changed.has(id)) strayRemovals.push(id);
          },
          true,
        ),
      ),
    );
    await until(exact);
    for (const s of screens) expect(shown(s)).toEqual(expected(live, s.audience));
    expect(strayRemovals).toEqual([]);
    screens.forEach((s, i) => {
      // nothing it already showed comes again unless it changed, and nothing comes twice
      expect(again[i].filter((id) => before[i].get(id) && !changed.has(id))).toEqual([]);
      expect(new Set(again[i]).size).toBe(again[i].length);
      // a phone hears only of cards that are, or were, in its group
      if (typeof s.audience === 'number') {
        const ours = new Set(
          cardsOf(live.db, live.meeting.id)
            .filter((c) => c.groupId === s.audience || c.id === moved.id)
            .map((c) => c.id),
        );
        expect([...received[i]].filter((id) => !ours.has(id))).toEqual([]);
      }
    });
    for (const req of reqs) req.destroy();
  }, 120_000);
});
