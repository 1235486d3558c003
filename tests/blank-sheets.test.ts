// Printable blank sheets: the same questions in the same order as the online forms, a 用紙番号
// per agency that opens its on-behalf entry, and relay/intake templates filled from the directory.
import { describe, expect, it } from 'vitest';
import { staffSetup } from './helpers.ts';
import { agencySchema } from '../src/agencies/schemas.ts';
import { createAgency } from '../src/agencies/commands.ts';
import { getProjectTemplate } from '../src/questionnaire/queries.ts';
import { allQuestions } from '../src/questionnaire/template.ts';
import { paperCode, parsePaperCode } from '../src/blankSheets/paperCode.ts';
import { FIXED_FACTORS, CASE_TEXT_FIELDS } from '../src/lib/labels/cases.ts';
import { HEARING_SECTIONS } from '../src/lib/labels/hearings.ts';
import { insertMeeting } from '../src/meetings/queries.ts';
import type { Db } from '../src/db/client.ts';

const system = { kind: 'system', label: 'test' } as const;

function addAgency(db: Db, projectId: number, name: string, contactName = '') {
  const created = createAgency(db, system, {
    projectId,
    agency: agencySchema.parse({ name, kind: 'NPO', field: 'other', contactName }),
  });
  if (!created.ok) throw new Error('agency not created');
  return created.agency;
}

const itemIds = (html: string) => [...html.matchAll(/data-item="([^"]+)"/g)].map((m) => m[1]);

describe('blank sheets', () => {
  it('print every question of the current template, in order, with the agency and its 用紙番号', async () => {
    const { db, client, project } = await staffSetup();
    const a = addAgency(db, project.id, 'NPO法人 あおばの会');
    addAgency(db, project.id, '生活福祉課');
    const expected = allQuestions(getProjectTemplate(db, project.id).template).map((q) => q.id);
    const blank = await (await client.get(`/projects/${project.id}/blank-sheets/questionnaire`)).text();
    expect(itemIds(blank)).toEqual(expected);
    expect(blank).toContain('機関名：');
    expect(blank).toContain('size: A4 portrait');
    const one = await (await client.get(`/projects/${project.id}/blank-sheets/questionnaire?agency=${a.id}`)).text();
    expect(one).toContain('NPO法人 あおばの会 様');
    expect(one).toContain(`用紙番号 ${paperCode(project.id, a.key)}`);
    const all = await (await client.get(`/projects/${project.id}/blank-sheets/questionnaire?all=1`)).text();
    expect(all.match(/<article class="sheet">/g)).toHaveLength(2);
    expect(itemIds(all)).toEqual([...expected, ...expected]);
    expect((await client.get(`/projects/${project.id}/blank-sheets/questionnaire?agency=99999`)).status).toBe(404);
  });

  it('open the on-behalf entry of the agency whose 用紙番号 staff type, and explain a wrong one', async () => {
    const { db, client, project } = await staffSetup();
    const a = addAgency(db, project.id, 'NPO法人 あおばの会');
    const code = paperCode(project.id, a.key);
    // typed in full-width lower case, as a Japanese keyboard gives it
    const typed = code.toLowerCase().replace(/[a-z0-9-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const ok = await client.post(`/projects/${project.id}/blank-sheets/paper-entry`, { code: typed });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/projects/${project.id}/questionnaire/responses/${a.id}/edit`);
    const wrongCheck = code.replace(/\d\d$/, (d) => String((Number(d) + 1) % 97).padStart(2, '0'));
    const bad = await client.post(`/projects/${project.id}/blank-sheets/paper-entry`, { code: wrongCheck });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain(`用紙番号「${wrongCheck}」に当たる機関が見つかりません`);
  });

  it('print the case, hearing, case-study and group-work sheets with the online forms’ items', async () => {
    const { db, client, project } = await staffSetup();
    const a = addAgency(db, project.id, '若者サポートステーション');
    const meeting = insertMeeting(db, project.id, {
      kind: 'network',
      title: '第2回 ネットワーク会議',
      date: '2024-11-20',
      attendeeAgencyIds: [a.id],
    } as Parameters<typeof insertMeeting>[2]);
    const caseSheet = await (await client.get(`/projects/${project.id}/blank-sheets/case`)).text();
    for (const f of FIXED_FACTORS) expect(caseSheet).toContain(f.label);
    for (const f of CASE_TEXT_FIELDS) expect(itemIds(caseSheet)).toContain(f.key);
    const hearing = await (await client.get(`/projects/${project.id}/blank-sheets/hearing`)).text();
    expect(itemIds(hearing)).toEqual(['method', ...HEARING_SECTIONS.map((s) => s.id)]);
    const study = await (
      await client.get(`/projects/${project.id}/blank-sheets/meetings/${meeting.id}/case-study`)
    ).text();
    expect(study).toContain('若者サポートステーション');
    expect(study).toContain('第2回 ネットワーク会議');
    const groupWork = await (
      await client.get(`/projects/${project.id}/blank-sheets/meetings/${meeting.id}/group-work`)
    ).text();
    expect(groupWork).toContain('自機関の強み');
    expect((await client.get(`/projects/${project.id}/blank-sheets/meetings/99999/group-work`)).status).toBe(404);
  });

  it('fill the relay sheet with both agencies and print the consent to sign, storing nothing', async () => {
    const { db, client, project } = await staffSetup();
    const from = addAgency(db, project.id, 'みどり市 生活福祉課', '連携 太郎');
    const to = addAgency(db, project.id, '地域若者サポートステーション');
    const relay = await client.get(`/projects/${project.id}/blank-sheets/relay?from=${from.id}&to=${to.id}`);
    const html = await relay.text();
    expect(html).toContain('みどり市 生活福祉課');
    expect(html).toContain('連携 太郎');
    expect(html).toMatch(/みどり市 生活福祉課から(<!-- -->)?\s*地域若者サポートステーション/);
    expect(html).toContain('同意します');
    expect(html).toContain('記入内容を保存しません');
    const intake = await (await client.get(`/projects/${project.id}/blank-sheets/intake?agency=${to.id}`)).text();
    expect(intake).toContain('受付機関：地域若者サポートステーション');
    expect(intake).toContain('緊急性の確認');
  });
});

describe('用紙番号', () => {
  it('reads what people type and refuses a wrong check number or another project’s code', () => {
    const code = paperCode(3, 'a12');
    expect(code).toMatch(/^A12-\d\d$/);
    expect(parsePaperCode(3, code)).toBe('a12');
    expect(parsePaperCode(3, code.replace('-', ''))).toBe('a12');
    expect(parsePaperCode(3, ` ${code.toLowerCase()} `)).toBe('a12');
    expect(parsePaperCode(4, code)).toBeNull();
    expect(parsePaperCode(3, 'A12-')).toBeNull();
    expect(parsePaperCode(3, 'nonsense')).toBeNull();
  });
});
