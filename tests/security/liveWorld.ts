// A project with one open group-work meeting, for the security tests that join as participants.
import { expect } from 'vitest';
import { Client, staffSetup } from '../helpers.ts';
import { addMeeting } from '../liveWorld.ts';
import { getSession } from '../../src/live/sessionQueries.ts';
import { listGroups } from '../../src/live/groupQueries.ts';

/** Opens group work for a new meeting of the world's project; returns its code and first group. */
export async function openMeeting(world: Awaited<ReturnType<typeof staffSetup>>, title?: string) {
  const meeting = addMeeting(world.db, world.project.id, title);
  const base = `/projects/${world.project.id}/meetings/${meeting.id}`;
  expect((await world.client.get(`${base}/group-work`)).status).toBe(200);
  expect((await world.client.post(`${base}/group-work/groups`, { name: 'Aグループ' })).status).toBe(303);
  expect((await world.client.post(`${base}/group-work/open`)).status).toBe(303);
  const [group] = listGroups(world.db, meeting.id);
  return { meeting, base, code: getSession(world.db, meeting.id)!.joinCode!, group };
}

export async function liveWorld() {
  const world = await staffSetup();
  return { ...world, ...(await openMeeting(world)) };
}

/** A phone that joins with the code and picks the group; returns the client and its sheet URL. */
export async function joinAs(app: Client['app'], code: string, groupId: number, headers: Record<string, string> = {}) {
  const phone = new Client(app);
  const join = await phone.post('/join', { code }, { headers });
  expect(join.status).toBe(303);
  const chosen = await phone.post(`/m/${code}`, { groupId: String(groupId) }, { headers });
  expect(chosen.status).toBe(303);
  return { phone, sheet: chosen.headers.get('location')! };
}

/** A 6-digit code that is not `code`. */
export const wrongCode = (code: string, i = 0) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');
