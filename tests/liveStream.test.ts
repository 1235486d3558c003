// The live stream sends deltas: a wall that reconnects and applies what it missed (even twice)
// shows exactly the board; a group's stream never carries another group's card; a card with
// personal information never reaches the wall before the facilitator releases it.
import { describe, expect, it } from 'vitest';
import { addMeeting, cardsOf, liveSetup, participant, readSse, type Live, type Sse } from './liveWorld.ts';
import { lastEventId } from '../src/live/eventQueries.ts';
import { ensureSession, getSession } from '../src/live/sessionQueries.ts';

/** The wall as lists of card ids per cell (element id → card ids in order), with each card's text. */
type Wall = { cells: Map<string, number[]>; text: Map<number, string> };

function wallOfPage(html: string): Wall {
  const wall: Wall = { cells: new Map(), text: new Map() };
  for (const [, cell, body] of html.matchAll(/<ul id="(w-cards-\d+-\d+)" class="w-cards">(.*?)<\/ul>/gs)) {
    wall.cells.set(cell, []);
    for (const [, id, text] of body.matchAll(/id="w-card-(\d+)".*?<span class="w-text">(.*?)<\/span>/gs)) {
      wall.cells.get(cell)!.push(Number(id));
      wall.text.set(Number(id), text);
    }
  }
  return wall;
}

/** Applies 'card' deltas the way static/live.js does: remove the card, then put it in its cell. */
function apply(wall: Wall, msgs: Sse[]) {
  for (const m of msgs.filter((x) => x.event === 'card'))
    for (const [, attrs, body] of m.data.matchAll(/<li ([^>]*)>(.*?)<\/li>/gs)) {
      const id = Number(/id="w-card-(\d+)"/.exec(attrs)![1]);
      for (const ids of wall.cells.values()) if (ids.includes(id)) ids.splice(ids.indexOf(id), 1);
      if (attrs.includes('data-gone')) continue;
      const ids = wall.cells.get(/data-cell="([^"]+)"/.exec(attrs)![1])!;
      ids.push(id);
      ids.sort((x, y) => x - y);
      wall.text.set(id, /<span class="w-text">(.*?)<\/span>/s.exec(body)![1]);
    }
}

const shown = (wall: Wall) =>
  [...wall.cells].map(([cell, ids]) => [cell, ids.map((id) => wall.text.get(id))] as const).filter(([, t]) => t.length);

const card = (live: Live, text: string) => cardsOf(live.db, live.meeting.id).find((c) => c.text === text)!;

const untilLatest = (live: Live) => {
  const last = lastEventId(live.db, live.meeting.id);
  return (m: Sse[]) => m.some((x) => x.id >= last);
};

describe('live deltas', () => {
  it('give exactly the board after a reconnect, with no duplicates and no gaps, even when applied twice', async () => {
    const live = await liveSetup();
    const a = await participant(live, live.groupA.id);
    const b = await participant(live, live.groupB.id);
    const promptId = String(live.session.currentPromptId);
    const page = await (await live.client.get(`${live.base}/wall`)).text();
    const wall = wallOfPage(page);
    const after = /wall\/events\?after=(\d+)/.exec(page)![1];

    const stream = await live.client.get(`${live.base}/wall/events?after=${after}`);
    await a.phone.post(`${a.sheet}/cards`, { text: '訪問できる', promptId });
    await b.phone.post(`${b.sheet}/cards`, { text: '家族会がある', promptId });
    const seen = await readSse(stream.body!, untilLatest(live));
    apply(wall, seen);
    const lastSeen = seen.at(-1)!.id;

    // while the wall is away: a new card, an edit, a deletion, a move, a merge, a hide and its undo
    await a.phone.post(`${a.sheet}/cards`, { text: '夜間も電話できる', promptId });
    const [visit, family, night] = ['訪問できる', '家族会がある', '夜間も電話できる'].map((t) => card(live, t));
    await a.phone.post(`${a.sheet}/cards/${visit.id}`, { text: '訪問支援ができる', version: String(visit.version) });
    await b.phone.post(`${b.sheet}/cards/${family.id}/delete`);
    const cards = `${live.base}/group-work/cards`;
    await live.client.post(`${cards}/${night.id}/move`, { groupId: String(live.groupB.id), promptId });
    await b.phone.post(`${b.sheet}/cards`, { text: '夜間の電話', promptId });
    const dup = card(live, '夜間の電話');
    await live.client.post(`${cards}/${dup.id}/merge`, { intoId: String(night.id) });
    await live.client.post(`${cards}/${visit.id}/hide`, { hidden: '1' });
    await live.client.post(`${cards}/${visit.id}/hide`, { hidden: '0' });

    const resumed = await live.client.get(`${live.base}/wall/events`, { 'Last-Event-ID': String(lastSeen) });
    const missed = await readSse(resumed.body!, untilLatest(live));
    const ids = missed.flatMap((m) => [...m.data.matchAll(/<li [^>]*id="w-card-(\d+)"/g)].map((x) => x[1]));
    expect(new Set(ids).size).toBe(ids.length);
    apply(wall, missed);
    apply(wall, missed);

    const fresh = wallOfPage(await (await live.client.get(`${live.base}/wall`)).text());
    expect(shown(wall)).toEqual(shown(fresh));
    expect(shown(fresh).flatMap(([, t]) => t)).toEqual(['訪問支援ができる', '夜間も電話できる']);
  });

  it('never carry another group’s card to a group’s stream, through moves, merges and a full refresh', async () => {
    const live = await liveSetup();
    const a = await participant(live, live.groupA.id);
    const b = await participant(live, live.groupB.id);
    const promptId = String(live.session.currentPromptId);
    const streamA = await a.phone.get(`${a.sheet}/events?after=0`);
    await b.phone.post(`${b.sheet}/cards`, { text: 'Bだけのカード', promptId });
    await a.phone.post(`${a.sheet}/cards`, { text: 'Aのカード', promptId });
    const [secret, ours] = [card(live, 'Bだけのカード'), card(live, 'Aのカード')];
    // Aの card leaves for group B: A's stream learns it is gone, never what B writes next
    await live.client.post(`${live.base}/group-work/cards/${ours.id}/move`, {
      groupId: String(live.groupB.id),
      promptId,
    });
    await b.phone.post(`${b.sheet}/cards/${secret.id}`, { text: 'Bの書き直し', version: String(secret.version) });
    const first = await readSse(streamA.body!, untilLatest(live));
    const deltas = first.map((m) => m.data).join('\n');
    expect(deltas).toContain(`id="p-card-${ours.id}" data-gone`);
    await live.client.post(`${live.base}/group-work/timer`, { minutes: '5' });
    const again = await a.phone.get(`${a.sheet}/events`, { 'Last-Event-ID': String(first.at(-1)!.id) });
    const all = deltas + (await readSse(again.body!, untilLatest(live))).map((m) => m.data).join('\n');
    expect(all).toContain('いまのお題');
    expect(all).not.toContain('Bだけのカード');
    expect(all).not.toContain('Bの書き直し');
  });
});

describe('moderated wall', () => {
  it('holds a card with a phone number off the wall stream until the facilitator releases an edited version', async () => {
    const live = await liveSetup();
    const a = await participant(live, live.groupA.id);
    const promptId = String(live.session.currentPromptId);
    const wallStream = await live.client.get(`${live.base}/wall/events?after=0`);
    const consoleStream = await live.client.get(`${live.base}/wall/events?view=console&after=0`);
    const sheetStream = await a.phone.get(`${a.sheet}/events?after=0`);
    const raw = '山田太郎さん（090-1234-5678）は夜間に電話できる相談先が必要';
    await a.phone.post(`${a.sheet}/cards`, { text: raw, promptId });
    const held = card(live, raw);
    expect(held).toMatchObject({ held: true });

    const sheet = (await readSse(sheetStream.body!, untilLatest(live))).map((m) => m.data).join('');
    expect(sheet).toContain('投影を保留しています：人名（敬称付き）・電話番号');
    const queue = (await readSse(consoleStream.body!, untilLatest(live))).map((m) => m.data).join('');
    expect(queue).toContain('data-cell="c-queue"');
    expect(queue).toContain('そのまま投影');

    const edited = 'Aさんは夜間に電話できる相談先が必要';
    const released = await live.client.post(`${live.base}/group-work/cards/${held.id}/release`, { text: edited });
    expect(released.status).toBe(303);
    const wall = await readSse(wallStream.body!, untilLatest(live));
    const onWall = wall.map((m) => m.data).join('');
    expect(onWall).toContain(edited);
    expect(onWall).not.toContain('090-1234-5678');
    expect(onWall).not.toContain('山田');
    const page = await (await live.client.get(`${live.base}/wall`)).text();
    expect(page).toContain(edited);
    expect(page).not.toContain('090-1234-5678');
  });

  it('asks for approval of every card at network meetings by default, and the console can switch to at once', async () => {
    const live = await liveSetup();
    const other = addMeeting(live.db, live.project.id, '第4回ネットワーク会議');
    expect(ensureSession(live.db, live.project.id, other.id).wallModeration).toBe('approval');
    await live.client.post(`${live.base}/group-work/moderation`, { mode: 'approval' });
    expect(getSession(live.db, live.meeting.id)!.wallModeration).toBe('approval');
    const a = await participant(live, live.groupA.id);
    const promptId = String(live.session.currentPromptId);
    await a.phone.post(`${a.sheet}/cards`, { text: '居場所が少ない', promptId });
    expect((await (await live.client.get(`${live.base}/wall`)).text()).includes('居場所が少ない')).toBe(false);
    expect(await (await a.phone.get(a.sheet)).text()).toContain('進行役が確認してから投影されます');
    const bad = await live.client.post(`${live.base}/group-work/moderation`, { mode: 'sometimes' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('投影のしかたを選んでください');
  });
});

describe('live group sheet', () => {
  it('refuses a save made from an older version (a conflict, never a silent overwrite) and streams saves to the console', async () => {
    const live = await liveSetup();
    const a = await participant(live, live.groupA.id);
    const a2 = await participant(live, live.groupA.id);
    const consoleStream = await live.client.get(`${live.base}/wall/events?view=console&after=0`);
    const field = `${a.sheet}/fields/conclusion`;
    expect((await a.phone.post(`${field}/editing`)).status).toBe(204);
    const first = await a.phone.post(field, { text: '訪問できる機関を増やす', version: '0' });
    expect(first.status).toBe(303);
    // the second phone started from version 0 too: its save is refused and shows what was saved
    const second = await a2.phone.post(field, { text: '家族会につなぐ', version: '0' });
    expect(second.status).toBe(409);
    expect(await second.text()).toContain('ほかの人が先に保存しました。保存された内容：「訪問できる機関を増やす」');
    const sheet = await (await a2.phone.get(a2.sheet)).text();
    expect(sheet).toContain('訪問できる機関を増やす');
    expect(sheet).not.toContain('家族会につなぐ');
    const streamed = (await readSse(consoleStream.body!, untilLatest(live))).filter((m) => m.event === 'field');
    expect(streamed.map((m) => m.data).join('')).toContain('"text":"訪問できる機関を増やす"');
    // another group's sheet is not reachable
    expect(
      (await a.phone.post(`/m/${live.code}/g/${live.groupB.id}/fields/conclusion`, { text: 'x', version: '0' })).status,
    ).toBe(403);
  });
});
