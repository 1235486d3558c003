// Issue 15: a hearing passage not marked shared never prints with its agency's name and never
// appears on another agency's link; a 支援会議 packet is 404 on agency links; issuing a packet
// needs the 公開範囲の確認.
import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { agencies, hearingRecords, meetings } from '../src/db/schema.ts';
import { issueAgencyLink } from '../src/agencies/links.ts';
import { insertPassage, listThemes } from '../src/hearings/queries.ts';

async function world() {
  const env = await staffSetup();
  const { db, project, client } = env;
  const add = (key: string, name: string) =>
    db
      .insert(agencies)
      .values({ projectId: project.id, key, name, kind: '行政', field: 'welfare_ibasho' })
      .returning()
      .get();
  const owner = add('a1', '生活福祉課');
  const other = add('a2', '教育支援課');
  const theme = listThemes(db, project.id)[0];
  const hearing = db
    .insert(hearingRecords)
    .values({
      projectId: project.id,
      agencyId: owner.id,
      date: '2024-11-07',
      sections: { consult: '非公開の発言：家族が相談をためらう。公開の発言：居場所が足りない。' },
      updatedAt: '2024-11-07T00:00:00Z',
    })
    .returning()
    .get();
  const hidden = insertPassage(db, project.id, hearing.id, {
    sectionId: 'consult',
    excerpt: '非公開の発言：家族が相談をためらう。',
    themeIds: [theme.id],
  });
  insertPassage(db, project.id, hearing.id, {
    sectionId: 'consult',
    excerpt: '公開の発言：居場所が足りない。',
    themeIds: [theme.id],
    shared: true,
  });
  const addMeeting = (key: string, kind: 'network' | 'support_meeting', title: string) =>
    db.insert(meetings).values({ projectId: project.id, key, kind, title, date: '2024-12-24' }).returning().get();
  const network = addMeeting('m1', 'network', '第1回ネットワーク会議');
  const support = addMeeting('s1', 'support_meeting', '第1回支援会議');
  const packet = (m: { id: number }) => `/projects/${project.id}/meetings/${m.id}/packet`;
  for (const m of [network, support]) await client.post(packet(m), { include_hearings: 'on', include_cases: 'on' });
  const tokens = { owner: issueAgencyLink(db, owner.id), other: issueAgencyLink(db, other.id) };
  return { ...env, hearing, hidden, network, support, packet, tokens };
}

describe('hearing passages keep their owner’s choice', () => {
  it('prints an unshared passage as 「ある機関」 and a shared one with its agency', async () => {
    const { client, network, packet } = await world();
    const html = await (await client.get(`${packet(network)}.html`)).text();
    const quote = (text: string) => new RegExp(`${text}<cite>([^<（]*)`).exec(html)?.[1];
    expect(quote('非公開の発言：家族が相談をためらう。')).toBe('ある機関');
    expect(quote('公開の発言：居場所が足りない。')).toBe('生活福祉課');
  });

  it('keeps an unshared passage off another agency’s link but on its own agency’s', async () => {
    const { client, network, packet, tokens } = await world();
    const link = (t: string) => `/a/${t}/meetings/${network.id}/packet`;
    // nothing on a link until the packet is issued
    expect((await client.get(link(tokens.other))).status).toBe(404);
    expect((await client.post(`${packet(network)}/issue`, { reviewed: 'on' })).status).toBe(303);
    const other = await client.get(link(tokens.other));
    expect(other.status).toBe(200);
    const otherHtml = await other.text();
    expect(otherHtml).not.toContain('非公開の発言');
    expect(otherHtml).toContain('公開の発言：居場所が足りない。');
    const own = await (await client.get(link(tokens.owner))).text();
    expect(own).toContain('非公開の発言：家族が相談をためらう。');
  });

  it('lets staff record the agency’s choice on the hearing record', async () => {
    const { client, project, hearing, hidden, network, packet } = await world();
    const res = await client.post(`/projects/${project.id}/hearings/${hearing.id}/passages/${hidden}/shared`, {
      shared: '1',
    });
    expect(res.status).toBe(303);
    const html = await (await client.get(`${packet(network)}.html`)).text();
    expect(html).toMatch(/非公開の発言：家族が相談をためらう。<cite>生活福祉課/);
  });
});

describe('支援会議 packets and the 公開範囲の確認', () => {
  it('answers 404 for a 支援会議 packet on any agency link, even once issued', async () => {
    const { client, support, packet, tokens } = await world();
    expect((await client.post(`${packet(support)}/issue`, { reviewed: 'on' })).status).toBe(303);
    for (const t of [tokens.owner, tokens.other])
      expect((await client.get(`/a/${t}/meetings/${support.id}/packet`)).status).toBe(404);
    const staffHtml = await (await client.get(`${packet(support)}.html`)).text();
    expect(staffHtml).toContain('取扱注意・回収（支援会議）');
    expect(staffHtml).toContain('守秘義務のある支援会議の構成員限りの資料です');
  });

  it('lists each passage with its audience and refuses to issue until the review is confirmed', async () => {
    const { client, project, hearing, hidden, network, packet } = await world();
    const builder = await (await client.get(packet(network))).text();
    const review = builder.slice(builder.indexOf('id="disclosure"'), builder.indexOf('id="issue"'));
    expect(review).toContain('公開範囲の確認');
    expect(review).toContain('機関名を伏せる（「ある機関」）');
    expect(review).toContain('機関名を出す（生活福祉課）');
    expect(review).toContain('ネットワーク会議の出席機関');
    expect(review).toContain(`href="/projects/${project.id}/hearings/${hearing.id}#passage-${hidden}"`);
    const refused = await client.post(`${packet(network)}/issue`);
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('「公開範囲を確認しました」にチェックを入れてください');
    expect(await (await client.get(packet(network))).text()).toContain('まだ発行していません');
  });
});
