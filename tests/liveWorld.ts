// Shared set-up of the live-meeting tests: a project with an open meeting, phones that join it,
// and a reader of SSE streams.
import { expect } from 'vitest';
import { eq } from 'drizzle-orm';
import { Client, staffSetup } from './helpers.ts';
import { liveCards, meetings } from '../src/db/schema.ts';
import type { Db } from '../src/db/client.ts';
import { getSession } from '../src/live/sessionQueries.ts';
import { listGroups } from '../src/live/groupQueries.ts';

export function addMeeting(db: Db, projectId: number, title = '第3回ネットワーク会議') {
  return db
    .insert(meetings)
    .values({
      projectId,
      key: `m${Math.random().toString(36).slice(2, 8)}`,
      kind: 'network',
      title,
      date: '2025-02-20',
    })
    .returning()
    .get();
}

/**
 * A project with one network meeting, two prepared groups and the session opened by staff, who
 * chose to show cards at once (a network meeting defaults to approving every card first).
 */
export async function liveSetup() {
  const world = await staffSetup();
  const { db, client, project } = world;
  const meeting = addMeeting(db, project.id);
  const base = `/projects/${project.id}/meetings/${meeting.id}`;
  expect((await client.get(`${base}/group-work`)).status).toBe(200);
  expect((await client.post(`${base}/group-work/groups`, { name: 'Aグループ' })).status).toBe(303);
  expect((await client.post(`${base}/group-work/groups`, { name: 'Bグループ' })).status).toBe(303);
  expect((await client.post(`${base}/group-work/open`)).status).toBe(303);
  expect((await client.post(`${base}/group-work/moderation`, { mode: 'immediate' })).status).toBe(303);
  const session = getSession(db, meeting.id)!;
  const [groupA, groupB] = listGroups(db, meeting.id);
  return { ...world, meeting, base, code: session.joinCode!, groupA, groupB, session };
}

export type Live = Awaited<ReturnType<typeof liveSetup>>;

/** A phone that joins with the code and picks a group. */
export async function participant(live: Live, groupId: number) {
  const phone = new Client(live.app);
  const join = await phone.post('/join', { code: live.code });
  expect(join.status).toBe(303);
  expect(join.headers.get('location')).toBe(`/m/${live.code}`);
  const chosen = await phone.post(`/m/${live.code}`, { groupId: String(groupId) });
  expect(chosen.status).toBe(303);
  return { phone, sheet: chosen.headers.get('location')!, setCookie: chosen.headers.getSetCookie().join('\n') };
}

export const cardsOf = (db: Db, meetingId: number) =>
  db.select().from(liveCards).where(eq(liveCards.meetingId, meetingId)).all();

export type Sse = { id: number; event: string; data: string };

/** Reads an SSE body until `done` says enough, or the timeout passes. */
export async function readSse(body: ReadableStream<Uint8Array>, done: (msgs: Sse[]) => boolean, timeoutMs = 2000) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const msgs: Sse[] = [];
  let buf = '';
  const deadline = Date.now() + timeoutMs;
  while (!done(msgs) && Date.now() < deadline) {
    const chunk = await Promise.race([
      reader.read(),
      new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now())),
    ]);
    if (!chunk || chunk.done) break;
    buf += decoder.decode(chunk.value, { stream: true });
    let end: number;
    while ((end = buf.indexOf('\n\n')) >= 0) {
      const block = buf.slice(0, end);
      buf = buf.slice(end + 2);
      const lines = block.split('\n');
      const field = (name: string) =>
        lines.filter((l) => l.startsWith(`${name}: `)).map((l) => l.slice(name.length + 2));
      if (field('event').length)
        msgs.push({ id: Number(field('id')[0]), event: field('event')[0], data: field('data').join('\n') });
    }
  }
  await reader.cancel();
  return msgs;
}
