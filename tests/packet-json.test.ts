import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { Client, staffSetup } from './helpers.ts';
import { openDb } from '../src/db/client.ts';
import { meetings } from '../src/db/schema.ts';
import { createUser } from '../src/auth/queries.ts';
import { loadDemo } from '../src/demo/index.ts';
import { buildPacketJson, type PacketData } from '../src/packet/json.ts';
import { runCli, type Io } from '../src/cli/framework.ts';
import { commands } from '../src/cli/commands/index.ts';

const data = (responses: PacketData['responses']): PacketData => ({
  project: { name: 'テスト市', municipality: 'テスト市', fiscalYear: 2024 },
  meeting: { key: 'm1', kind: 'network', title: '第1回 ネットワーク会議', date: '2024-12-24', agenda: [] },
  agencies: [
    { id: 1, key: 'edu', name: '教育支援課', ageMin: 6, ageMax: 15 },
    { id: 2, key: 'npo', name: 'NPO', ageMin: 15, ageMax: 39 },
  ],
  responses,
});

describe('buildPacketJson', () => {
  it('has the contract keys, identifies agencies by key and ignores drafts', () => {
    const json = buildPacketJson(
      data([
        {
          agencyId: 1,
          status: 'submitted',
          answers: { caseload_by_age_band: { '0-15': 10, '16-18': 0 }, total_contacts: 100, professions: ['教員'] },
        },
        { agencyId: 2, status: 'draft', answers: { caseload_by_age_band: { '19-24': 50 }, total_contacts: 10 } },
      ]),
    );
    // 10 people in the 6 nominal years of 0-15: 1.67 per year
    expect(json.ageBands[0]).toEqual({ band: '0-15', cases: 10, agencies: 1, perYear: 1.67 });
    expect(json.ageUnknown).toBe(0);
    expect(json.dropOffs).toEqual([]);
    expect(json.ageBands.find((b) => b.band === '19-24')!.cases).toBe(0);
    expect(json.dropOffBands).toEqual([]);
    expect(json.contactsPerCase).toEqual([{ agency: 'edu', people: 10, contacts: 100, perCase: 10 }]);
    expect(json.contactsPerCaseByAgeGroup.upTo18).toEqual({
      agencies: 1,
      people: 10,
      contacts: 100,
      perCase: 10,
      noUpperLimit: [],
    });
    expect(json.questionnaire).toEqual({ agencies: 2, respondents: 1 });
    expect(json.professions.distinct).toBe(1);
    expect(json.meeting.key).toBe('m1');
  });
});

describe('GET …/packet.json', () => {
  async function demoForStaff() {
    const setup = await staffSetup();
    const pid = loadDemo(setup.db, { ownerUserId: setup.admin.id });
    const ms = setup.db.select().from(meetings).where(eq(meetings.projectId, pid)).all();
    return { ...setup, pid, nm1: ms.find((m) => m.key === 'm3')! };
  }

  it('serves the demo packet with the three drop-offs, without swallowing the meeting pages', async () => {
    const { client, pid, nm1 } = await demoForStaff();
    const res = await client.get(`/projects/${pid}/meetings/${nm1.id}/packet.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const json = await res.json();
    expect(json.dropOffBands).toEqual(['16-18', '40-49', '60-64']);
    expect(json.meeting).toMatchObject({ key: 'm3', kind: 'network' });
    expect((await client.get(`/projects/${pid}/meetings/${nm1.id}`)).status).toBe(200);
    expect((await client.get(`/projects/${pid}/meetings`)).status).toBe(200);
  });

  it('answers 404 for a meeting of another project and hides projects from non-members', async () => {
    const { app, db, client, project, pid, nm1 } = await demoForStaff();
    expect((await client.get(`/projects/${project.id}/meetings/${nm1.id}/packet.json`)).status).toBe(404);
    await createUser(db, {
      email: 'other@example.jp',
      name: '他 課員',
      password: 'another long password',
      role: 'staff',
    });
    const other = new Client(app);
    await other.post('/login', { email: 'other@example.jp', password: 'another long password' });
    const res = await other.get(`/projects/${pid}/meetings/${nm1.id}/packet.json`);
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('dropOffBands');
  });
});

describe('cli packet / demo', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'renkei-packet-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function cli(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), env: {}, promptSecret: async () => null };
    const code = await runCli(argv, commands, io, () => openDb(join(dir, 'renkei.db')));
    return { code, out, err: err.join('\n') };
  }

  it('loads the demo and writes its packet JSON by meeting key or id', async () => {
    const demo = await cli(['demo']);
    expect(demo.code).toBe(0);
    const pid = demo.out.at(-1)!;
    expect(pid).toMatch(/^\d+$/);

    const byKey = await cli(['packet', pid, 'm3', '--format', 'json']);
    expect(byKey.code).toBe(0);
    const json = JSON.parse(byKey.out.join('\n'));
    expect(json.dropOffBands).toEqual(['16-18', '40-49', '60-64']);

    const out = join(dir, 'packet.json');
    // a fresh database numbers the demo's five meetings 1–5, so m3 has id 3
    const byId = await cli(['packet', pid, '3', '--format', 'json', '--out', out]);
    expect(byId.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).meeting.key).toBe('m3');
  });

  it('refuses other formats, unknown meetings and missing options with a Japanese message', async () => {
    const pid = (await cli(['demo'])).out.at(-1)!;
    // pdf needs a file to write to (and Chromium); either way the answer is a Japanese error
    const pdf = await cli(['packet', pid, 'm3', '--format', 'pdf']);
    expect(pdf.code).not.toBe(0);
    expect(pdf.err).toMatch(/^エラー: .*--format pdf|^エラー: .*Chromium/m);
    expect((await cli(['packet', pid, 'm3', '--format', 'doc'])).code).toBe(2);
    expect((await cli(['packet', pid, 'm3'])).err).toContain('--format を指定してください');
    const unknown = await cli(['packet', pid, 'm99', '--format', 'json']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('会議 m99 はありません');
  });
});
