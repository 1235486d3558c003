// The projector wall from the back of the room: the 参加方法 panel (code, address, QR) while joining
// is open, and presenter mode (one group, or the most-voted cards), which never shows a card the
// facilitator holds back or hides.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cardsOf, liveSetup, participant, readSse, type Live } from './liveWorld.ts';
import { liveCards } from '../src/db/schema.ts';
import { lastEventId } from '../src/live/eventQueries.ts';

const wallPage = async (live: Live, query = '') => (await live.client.get(`${live.base}/wall${query}`)).text();

/** The card texts a wall page shows, in page order. */
const texts = (html: string) => [...html.matchAll(/<span class="w-text">(.*?)<\/span>/g)].map((m) => m[1]);

const card = (live: Live, text: string) => cardsOf(live.db, live.meeting.id).find((c) => c.text === text)!;

/** Group A writes two cards and group B three; returns the phones. */
async function boardWithCards(live: Live) {
  const a = await participant(live, live.groupA.id);
  const b = await participant(live, live.groupB.id);
  const promptId = String(live.session.currentPromptId);
  for (const text of ['訪問できる', '家族会がある']) await a.phone.post(`${a.sheet}/cards`, { text, promptId });
  for (const text of ['夜間も電話できる', '居場所を開いている', '就労体験を受け入れる'])
    await b.phone.post(`${b.sheet}/cards`, { text, promptId });
  return { a, b, promptId };
}

describe('wall join panel', () => {
  it('shows the join code, the address and the QR code while joining is open, and not after the meeting closes', async () => {
    const live = await liveSetup();
    const open = await wallPage(live);
    const panel = /<aside class="wall-join"[^>]*>(.*?)<\/aside>/s.exec(open)![1];
    expect(panel).toContain('<svg');
    // the address reads whole, with a line-break chance only before its path
    expect(panel).toContain('http://localhost<wbr/>/join');
    expect(panel).toContain('data-joining="open"');
    expect(panel).toContain(`${live.code.slice(0, 3)} ${live.code.slice(3)}`);
    expect(open).toContain('参加方法を小さくする');
    // join=small leaves the code in the board's corner and offers the big panel back
    const small = await wallPage(live, '?join=small');
    expect(small).toMatch(/class="wall-view follow join-small"/);
    expect(small).toContain('<a href="?" data-key="j">参加方法を大きく表示');

    const stream = await live.client.get(`${live.base}/wall/events?after=${lastEventId(live.db, live.meeting.id)}`);
    expect((await live.client.post(`${live.base}/group-work/close`)).status).toBe(303);
    const last = lastEventId(live.db, live.meeting.id);
    const state = (await readSse(stream.body!, (m) => m.some((x) => x.id >= last))).map((m) => m.data).join('');
    // the open wall hears that joining closed: the panel goes, the code with it
    expect(state).toContain('<div id="wall-joining" data-joining="closed" hx-swap-oob="outerHTML"></div>');
    const closed = await wallPage(live);
    expect(closed).toContain('data-joining="closed"');
    expect(closed).not.toContain('参加コード');
    expect(closed).not.toContain(`${live.code.slice(0, 3)} ${live.code.slice(3)}`);
  });
});

describe('wall presenter mode', () => {
  it('shows one group’s cards full screen, without the held or hidden ones', async () => {
    const live = await liveSetup();
    const { b, promptId } = await boardWithCards(live);
    await b.phone.post(`${b.sheet}/cards`, { text: '山田太郎さん（090-1234-5678）の家族が相談に来た', promptId });
    expect(card(live, '山田太郎さん（090-1234-5678）の家族が相談に来た').held).toBe(true);
    const hidden = card(live, '居場所を開いている');
    await live.client.post(`${live.base}/group-work/cards/${hidden.id}/hide`, { hidden: '1' });

    const page = await wallPage(live, `?show=g${live.groupB.id}`);
    expect(page).toContain('data-focus="group"');
    expect(page).toMatch(/<h2 class="w-focus-title">Bグループ<\/h2>/);
    expect(texts(page)).toEqual(['夜間も電話できる', '就労体験を受け入れる']);
    expect(page).not.toContain('090-1234-5678');
    expect(page).toMatch(new RegExp(`href="\\?show=g${live.groupB.id}"[^>]*aria-current="page"`));
    // the whole wall is one key away, and shows both groups again
    expect(page).toMatch(/href="\?" data-key="Escape"/);
    expect(texts(await wallPage(live))).toEqual([
      '訪問できる',
      '家族会がある',
      '夜間も電話できる',
      '就労体験を受け入れる',
    ]);
    // a group that is gone falls back to the whole wall
    expect(texts(await wallPage(live, '?show=g99999'))).toHaveLength(4);
  });

  it('shows the most-voted cards of the current prompt in vote order, never a held or hidden one', async () => {
    const live = await liveSetup();
    const { a, b } = await boardWithCards(live);
    const c = await participant(live, live.groupA.id);
    expect((await live.client.post(`${live.base}/group-work/voting/start`, { votesPerPerson: '3' })).status).toBe(303);
    const vote = (phone: typeof a, text: string) => phone.phone.post(`/m/${live.code}/vote/${card(live, text).id}`);
    // 居場所 3 votes, 夜間 2, 訪問 2 (older, so first among equals), 就労 1, 家族会 none
    for (const p of [a, b, c]) expect((await vote(p, '居場所を開いている')).status).toBe(303);
    for (const p of [b, c]) expect((await vote(p, '夜間も電話できる')).status).toBe(303);
    for (const p of [a, b]) expect((await vote(p, '訪問できる')).status).toBe(303);
    expect((await vote(c, '就労体験を受け入れる')).status).toBe(303);

    const top = await wallPage(live, '?show=top');
    expect(top).toContain('data-focus="top"');
    expect(texts(top)).toEqual(['居場所を開いている', '訪問できる', '夜間も電話できる', '就労体験を受け入れる']);
    expect(top).toMatch(/1位<\/span><span class="w-text">居場所を開いている.*?Bグループ.*?● 3票/s);

    // the most-voted card is hidden, the next one is held again (say, rewritten with a phone number)
    const hidden = card(live, '居場所を開いている');
    await live.client.post(`${live.base}/group-work/cards/${hidden.id}/hide`, { hidden: '1' });
    live.db
      .update(liveCards)
      .set({ held: true })
      .where(eq(liveCards.id, card(live, '訪問できる').id))
      .run();
    const after = await wallPage(live, '?show=top');
    expect(texts(after)).toEqual(['夜間も電話できる', '就労体験を受け入れる']);
    // presenter mode refreshes itself with just the board, through the same rules
    const fragment = await (await live.client.get(`${live.base}/wall?show=top`, { 'HX-Request': 'true' })).text();
    expect(fragment.startsWith('<div id="wall-board"')).toBe(true);
    expect(texts(fragment)).toEqual(['夜間も電話できる', '就労体験を受け入れる']);
  });
});
