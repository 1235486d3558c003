import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { Client } from './helpers.ts';
import { addMeeting, cardsOf, liveSetup, participant, readSse } from './liveWorld.ts';
import { issueTableRows, issueTableSources, liveParticipants, liveVotes, meetings } from '../src/db/schema.ts';
import { generateJoinCode, normaliseJoinCode } from '../src/live/joinCode.ts';
import { sha256 } from '../src/lib/crypto.ts';
import { createProject } from '../src/projects/queries.ts';
import { exportBundle, importBundle, serializeBundle } from '../src/bundle/index.ts';
import { ensureSession, getSession, openSession } from '../src/live/sessionQueries.ts';
import { listGroups } from '../src/live/groupQueries.ts';

describe('join code', () => {
  it('is 6 digits, skips codes used by other open meetings and accepts full-width input', () => {
    const seq = [42, 42, 123456];
    const used = new Set(['000042']);
    expect(
      generateJoinCode(
        (c) => used.has(c),
        () => seq.shift()!,
      ),
    ).toBe('123456');
    expect(normaliseJoinCode('１２３ ４５６')).toBe('123456');
    expect(normaliseJoinCode('12345')).toBeNull();
  });

  it('is unique among open meetings and stops working when the meeting closes', async () => {
    const live = await liveSetup();
    expect(live.code).toMatch(/^\d{6}$/);
    const other = addMeeting(live.db, live.project.id, '第2回ネットワーク会議');
    ensureSession(live.db, live.project.id, other.id);
    const fresh = live.code === '654321' ? '123456' : '654321';
    const seq = [Number(live.code), Number(fresh)];
    const code2 = openSession(live.db, other.id, () => seq.shift()!);
    expect(code2).toBe(fresh);

    const { phone } = await participant(live, live.groupA.id);
    expect((await live.client.post(`${live.base}/group-work/close`)).status).toBe(303);
    expect(getSession(live.db, live.meeting.id)!.joinCode).toBeNull();

    const again = await new Client(live.app).post('/join', { code: live.code });
    expect(again.status).toBe(422);
    expect(await again.text()).toContain('この会議コードの会議は見つからないか、すでに終了しています');
    expect((await phone.get(`/m/${live.code}`)).status).toBe(404);
    // the other meeting's code still works
    expect((await new Client(live.app).post('/join', { code: code2 })).status).toBe(303);
  });

  it('limits wrong codes to 30 per 10 minutes per address', async () => {
    const live = await liveSetup();
    const guesser = new Client(live.app);
    const wrong = live.code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 30; i++) expect((await guesser.post('/join', { code: wrong })).status).toBe(422);
    const blocked = await guesser.post('/join', { code: live.code });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain('一時的に受け付けを停止しています');
    expect((await guesser.get(`/m/${live.code}`)).status).toBe(429);
  });
});

describe('join link', () => {
  it('uses PUBLIC_URL on the console and the wall, and ignores forwarded headers from an untrusted proxy', async () => {
    const live = await liveSetup();
    const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'evil.example.com' };
    const untrusted = await (await live.client.get(`${live.base}/group-work`, forwarded)).text();
    expect(untrusted).toContain('http://localhost/join');
    expect(untrusted).not.toContain('evil.example.com');
    process.env.PUBLIC_URL = 'https://renkei.city.example.jp/';
    try {
      const consolePage = await (await live.client.get(`${live.base}/group-work`)).text();
      expect(consolePage).toContain('https://renkei.city.example.jp/join');
      expect(consolePage).toMatch(/<span class="qr" role="img" aria-label="参加ページのQRコード"><svg[^>]*viewBox/);
      // the wall's address may break before its path (<wbr>); it reads as one address
      const wall = (await (await live.client.get(`${live.base}/wall`)).text()).replaceAll('<wbr/>', '');
      expect(wall).toContain('https://renkei.city.example.jp/join');
      expect(wall).not.toContain('http://localhost/join');
    } finally {
      delete process.env.PUBLIC_URL;
    }
  });
});

describe('participants', () => {
  it('get an HttpOnly SameSite=Lax cookie whose hash (not the token) is stored', async () => {
    const live = await liveSetup();
    const { phone, sheet, setCookie } = await participant(live, live.groupA.id);
    expect(sheet).toBe(`/m/${live.code}/g/${live.groupA.id}`);
    expect(setCookie).toMatch(/renkei_participant=[^;]+;.*HttpOnly/);
    expect(setCookie).toMatch(/renkei_participant=[^;]+;.*SameSite=Lax/);
    const token = phone.cookies.get('renkei_participant')!;
    const stored = live.db.select().from(liveParticipants).all();
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toBe(sha256(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const page = await (await phone.get(sheet)).text();
    expect(page).toContain('Aグループ');
    expect(page).toContain('自機関の強み');
    expect(page).toContain('name="_csrf"');
  });

  it('reach only their own group sheet, and only while the meeting is open', async () => {
    const live = await liveSetup();
    const { phone, sheet } = await participant(live, live.groupA.id);
    const otherSheet = `/m/${live.code}/g/${live.groupB.id}`;
    const promptId = String(live.session.currentPromptId);
    expect((await phone.get(otherSheet)).status).toBe(403);
    expect((await phone.post(`${otherSheet}/cards`, { text: '他グループへの書き込み', promptId })).status).toBe(403);
    expect((await new Client(live.app).get(sheet)).status).toBe(403); // no cookie
    expect((await phone.post(`${sheet}/cards`, { text: '夜間の相談に対応できる', promptId })).status).toBe(303);
    expect(cardsOf(live.db, live.meeting.id).map((c) => [c.groupId, c.text])).toEqual([
      [live.groupA.id, '夜間の相談に対応できる'],
    ]);

    await live.client.post(`${live.base}/group-work/close`);
    expect((await phone.get(sheet)).status).toBe(404);
    expect((await phone.post(`${sheet}/cards`, { text: '終了後の書き込み', promptId })).status).toBe(404);
    expect(cardsOf(live.db, live.meeting.id)).toHaveLength(1);
  });

  it('need the CSRF token for their posts too', async () => {
    const live = await liveSetup();
    const { phone, sheet } = await participant(live, live.groupA.id);
    const res = await phone.post(
      `${sheet}/cards`,
      { text: 'トークンなし', promptId: String(live.session.currentPromptId) },
      { csrf: null },
    );
    expect(res.status).toBe(403);
    expect(cardsOf(live.db, live.meeting.id)).toHaveLength(0);
  });

  it('can create a group on the spot and name their agency', async () => {
    const live = await liveSetup();
    const phone = new Client(live.app);
    await phone.post('/join', { code: live.code });
    const bad = await phone.post(`/m/${live.code}`, {});
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('グループを選ぶか、新しいグループ名を入力してください');
    const res = await phone.post(`/m/${live.code}`, { newGroup: 'Cグループ', agencyLabel: '地域活動支援センター' });
    expect(res.status).toBe(303);
    const groups = listGroups(live.db, live.meeting.id);
    expect(groups.map((g) => g.name)).toEqual(['Aグループ', 'Bグループ', 'Cグループ']);
    expect(res.headers.get('location')).toBe(`/m/${live.code}/g/${groups[2].id}`);
    expect(live.db.select().from(liveParticipants).get()!.agencyLabel).toBe('地域活動支援センター');
  });
});

describe('cards', () => {
  it('keeps every card when members of one group add at the same time', async () => {
    const live = await liveSetup();
    const a = await participant(live, live.groupA.id);
    const b = await participant(live, live.groupA.id);
    const promptId = String(live.session.currentPromptId);
    const posts = Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? a : b).phone.post(`${a.sheet}/cards`, { text: `カード${i}`, promptId }),
    );
    const results = await Promise.all(posts);
    expect(results.every((r) => r.status === 303)).toBe(true);
    const texts = cardsOf(live.db, live.meeting.id)
      .map((c) => c.text)
      .sort();
    expect(texts).toEqual(Array.from({ length: 20 }, (_, i) => `カード${i}`).sort());
  });

  it('refuses a stale edit in Japanese and shows the current text', async () => {
    const live = await liveSetup();
    const a = await participant(live, live.groupA.id);
    const b = await participant(live, live.groupA.id);
    await a.phone.post(`${a.sheet}/cards`, {
      text: '訪問支援ができる',
      promptId: String(live.session.currentPromptId),
    });
    const card = cardsOf(live.db, live.meeting.id)[0];
    const editA = await (await a.phone.get(`${a.sheet}/cards/${card.id}/edit`)).text();
    expect(editA).toContain('name="version" value="1"');
    expect(
      (await b.phone.post(`${a.sheet}/cards/${card.id}`, { text: '訪問支援（アウトリーチ）ができる', version: '1' }))
        .status,
    ).toBe(303);
    const stale = await a.phone.post(`${a.sheet}/cards/${card.id}`, { text: '訪問支援が週1回できる', version: '1' });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(html).toContain('他の参加者が先にこのカードを変更しました');
    expect(html).toContain('訪問支援（アウトリーチ）ができる');
    expect(html).toContain('訪問支援が週1回できる'); // their own input is kept
    expect(html).toContain('name="version" value="2"');
    expect(cardsOf(live.db, live.meeting.id)[0].text).toBe('訪問支援（アウトリーチ）ができる');
  });

  it('are refused while input is locked, keeping what was typed', async () => {
    const live = await liveSetup();
    const a = await participant(live, live.groupA.id);
    await live.client.post(`${live.base}/group-work/lock`, { locked: '1' });
    const res = await a.phone.post(
      `${a.sheet}/cards`,
      { text: '締切後のカード', promptId: String(live.session.currentPromptId) },
      { headers: { 'HX-Request': 'true' } },
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('ただいま入力を締め切っています');
    expect(html).toContain('締切後のカード');
    expect(cardsOf(live.db, live.meeting.id)).toHaveLength(0);
  });
});

describe('dot voting', () => {
  it('never lets a participant exceed the quota, even with simultaneous clicks', async () => {
    const live = await liveSetup();
    const a = await participant(live, live.groupA.id);
    const promptId = String(live.session.currentPromptId);
    await a.phone.post(`${a.sheet}/cards`, { text: '情報共有の場がない', promptId });
    await a.phone.post(`${a.sheet}/cards`, { text: '居場所が足りない', promptId });
    const [c1, c2] = cardsOf(live.db, live.meeting.id);
    expect((await a.phone.post(`/m/${live.code}/vote/${c1.id}`)).status).toBe(409); // not open yet
    expect((await live.client.post(`${live.base}/group-work/voting/start`, { votesPerPerson: '2' })).status).toBe(303);
    const clicks = await Promise.all([c1, c2, c1, c2, c1].map((c) => a.phone.post(`/m/${live.code}/vote/${c.id}`)));
    expect(clicks.filter((r) => r.status === 303)).toHaveLength(2);
    const refused = clicks.find((r) => r.status === 409)!;
    expect(await refused.text()).toContain('1人2票までです');
    expect(live.db.select().from(liveVotes).all()).toHaveLength(2);
    // withdrawing frees a vote again
    const mine = live.db.select().from(liveVotes).get()!;
    expect((await a.phone.post(`/m/${live.code}/vote/${mine.cardId}/withdraw`)).status).toBe(303);
    expect((await a.phone.post(`/m/${live.code}/vote/${c2.id}`)).status).toBe(303);
    expect(live.db.select().from(liveVotes).all()).toHaveLength(2);
    const wall = await (await live.client.get(`${live.base}/wall`)).text();
    expect(wall).toMatch(/● [12]/);
  });
});

describe('facilitator', () => {
  it('moves between prompts, merges duplicates and sends candidate issues to the issues table on close', async () => {
    const live = await liveSetup();
    const a = await participant(live, live.groupA.id);
    const b = await participant(live, live.groupB.id);
    const promptId = String(live.session.currentPromptId);
    await a.phone.post(`${a.sheet}/cards`, { text: 'アセスメントが一致しない', promptId });
    await b.phone.post(`${b.sheet}/cards`, { text: '見立てが機関ごとに違う', promptId });
    const [c1, c2] = cardsOf(live.db, live.meeting.id);

    const console_ = await (await live.client.get(`${live.base}/group-work`)).text();
    expect(console_).toContain(live.code.slice(0, 3));
    expect(console_).toContain('<svg');
    expect(console_).toContain('アセスメントが一致しない');

    // a refused move keeps the choice and says why next to the field
    const lost = await live.client.post(`${live.base}/group-work/cards/${c2.id}/move`, { groupId: '999999', promptId });
    expect(lost.status).toBe(422);
    expect(await lost.text()).toMatch(/id="f-groupId-error"[^>]*>移動先が見つかりません/);
    expect(
      (await live.client.post(`${live.base}/group-work/cards/${c2.id}/merge`, { intoId: String(c1.id) })).status,
    ).toBe(303);
    expect(
      (await live.client.post(`${live.base}/group-work/cards/${c1.id}/candidate`, { candidate: '1' })).status,
    ).toBe(303);
    const second = live.db.query.livePrompts
      .findMany({ where: (p, { eq: e }) => e(p.meetingId, live.meeting.id) })
      .sync()[1];
    expect((await live.client.post(`${live.base}/group-work/phase`, { promptId: String(second.id) })).status).toBe(303);
    expect(getSession(live.db, live.meeting.id)!.currentPromptId).toBe(second.id);

    const sheet = await (await a.phone.get(a.sheet)).text();
    expect(sheet).toContain('「自機関でできること」についてカードを書く');

    expect((await live.client.post(`${live.base}/group-work/close`)).status).toBe(303);
    const rows = live.db
      .select({
        problem: issueTableRows.problem,
        origin: issueTableRows.origin,
        meetingId: issueTableSources.meetingId,
      })
      .from(issueTableRows)
      .innerJoin(issueTableSources, eq(issueTableSources.rowId, issueTableRows.id))
      .where(and(eq(issueTableRows.projectId, live.project.id)))
      .all();
    expect(rows).toEqual([{ problem: 'アセスメントが一致しない', origin: 'meeting', meetingId: live.meeting.id }]);
    // frozen: no more changes
    const after = await live.client.post(`${live.base}/group-work/cards/${c1.id}/candidate`, { candidate: '0' });
    expect(after.status).toBe(409);
  });

  it('hides another project’s meeting', async () => {
    const live = await liveSetup();
    const otherProject = createProject(
      live.db,
      { name: '別市', municipality: '別市', fiscalYear: 2024, hostHealthCentre: '', adviser: '' },
      live.admin.id,
    );
    const foreign = addMeeting(live.db, otherProject.id);
    for (const path of ['group-work', 'wall', 'wall/events']) {
      expect((await live.client.get(`/projects/${live.project.id}/meetings/${foreign.id}/${path}`)).status).toBe(404);
    }
  });
});

describe('live stream (SSE)', () => {
  it('delivers a card to the wall right after the POST and resumes from Last-Event-ID without repeats', async () => {
    const live = await liveSetup();
    const a = await participant(live, live.groupA.id);
    const promptId = String(live.session.currentPromptId);
    const wallHtml = await (await live.client.get(`${live.base}/wall`)).text();
    const after = /wall\/events\?after=(\d+)/.exec(wallHtml)![1];

    const stream = await live.client.get(`${live.base}/wall/events?after=${after}`);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const started = Date.now();
    const posted = a.phone.post(`${a.sheet}/cards`, { text: '学校卒業後の支援がない', promptId });
    const first = await readSse(stream.body!, (m) => m.some((x) => x.data.includes('学校卒業後の支援がない')));
    await posted;
    expect(Date.now() - started).toBeLessThan(1000);
    // a delta: the one card, naming the list it belongs in (not the whole cell re-rendered)
    const cell = first.find((x) => x.event === 'card')!;
    expect(cell.data).toContain(`data-cell="w-cards-${live.groupA.id}-${promptId}"`);
    expect(cell.data).toMatch(/^<li [^>]*id="w-card-\d+"/);
    const lastSeen = cell.id;

    // while disconnected: one more card and a phase change
    await a.phone.post(`${a.sheet}/cards`, { text: '40代の相談先が少ない', promptId });
    const resumed = await live.client.get(`${live.base}/wall/events`, { 'Last-Event-ID': String(lastSeen) });
    const missed = await readSse(resumed.body!, (m) => m.some((x) => x.data.includes('40代の相談先が少ない')));
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.every((x) => x.id > lastSeen)).toBe(true);
    const resentCell = missed.find((x) => x.event === 'card')!;
    // only what was missed: the new card once, the card already seen not again
    expect(resentCell.data).not.toContain('学校卒業後の支援がない');
    expect(resentCell.data.match(/40代の相談先が少ない/g)).toHaveLength(1);

    // nothing new: a resumed stream stays silent
    const quiet = await live.client.get(`${live.base}/wall/events`, { 'Last-Event-ID': String(resentCell.id) });
    expect(await readSse(quiet.body!, (m) => m.length > 0, 300)).toEqual([]);
  });

  it('sends a group only its own cells and tells it when the meeting closes', async () => {
    const live = await liveSetup();
    const a = await participant(live, live.groupA.id);
    const b = await participant(live, live.groupB.id);
    const promptId = String(live.session.currentPromptId);
    const streamB = await b.phone.get(`${b.sheet}/events?after=0`);
    await a.phone.post(`${a.sheet}/cards`, { text: 'Aの秘密のカード', promptId });
    await b.phone.post(`${b.sheet}/cards`, { text: 'Bのカード', promptId });
    await live.client.post(`${live.base}/group-work/close`);
    const msgs = await readSse(streamB.body!, (m) => m.some((x) => x.event === 'closed'));
    const all = msgs.map((m) => m.data).join('\n');
    expect(all).toContain('Bのカード');
    expect(all).not.toContain('Aの秘密のカード');
    expect(all).toContain('会議は終了しました');
    expect(msgs.at(-1)!.event).toBe('closed');
  });
});

describe('bundle groupWork', () => {
  it('exports live cards by meeting, prompt and group, and imports them back as a closed meeting', async () => {
    const live = await liveSetup();
    const a = await participant(live, live.groupA.id);
    const b = await participant(live, live.groupB.id);
    const promptId = String(live.session.currentPromptId);
    await a.phone.post(`${a.sheet}/cards`, { text: '訪問できる', promptId });
    await b.phone.post(`${b.sheet}/cards`, { text: '家族会がある', promptId });
    await a.phone.post(`${a.sheet}/cards`, { text: '削除するカード', promptId });
    const doomed = cardsOf(live.db, live.meeting.id).find((c) => c.text === '削除するカード')!;
    await a.phone.post(`${a.sheet}/cards/${doomed.id}/delete`);

    const first = exportBundle(live.db, live.project.id)!;
    expect(first.groupWork).toEqual([
      { meeting: live.meeting.key, group: 'Aグループ', prompt: '自機関の強み', cards: ['訪問できる'] },
      { meeting: live.meeting.key, group: 'Bグループ', prompt: '自機関の強み', cards: ['家族会がある'] },
    ]);
    const copyId = importBundle(live.db, first);
    const copyMeeting = live.db.select().from(meetings).where(eq(meetings.projectId, copyId)).get()!;
    expect(getSession(live.db, copyMeeting.id)).toMatchObject({ status: 'closed', joinCode: null });
    expect(serializeBundle(exportBundle(live.db, copyId)!)).toBe(
      serializeBundle({ ...first, project: exportBundle(live.db, copyId)!.project }),
    );
  });
});
