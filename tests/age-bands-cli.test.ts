// Issue 11 acceptance: a bundle imported through the real CLI entry point gives a packet JSON with
// ageBands[].perYear, ageUnknown, dropOffs and contactsPerCase exactly as BUNDLE.md defines them.
// Every figure below is computed by hand from the bundle.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const BUNDLE = {
  format: 'renkei-bundle/1',
  project: { name: 'D市 ネットワーク', municipality: 'D市', fiscalYear: 2024 },
  agencies: [
    { key: 'y1', name: 'D市 子ども家庭支援センター', kind: '行政', field: 'education', ageMin: 0, ageMax: 18 },
    { key: 'u1', name: 'D市 生活自立支援センター', kind: '行政', field: 'welfare_ibasho', ageMin: 15, ageMax: null },
    { key: 'o1', name: 'D市 地域活動支援センター', kind: 'NPO', field: 'welfare_ibasho', ageMin: 18, ageMax: 64 },
  ],
  questionnaire: {
    responses: [
      {
        // 10 people of known age + 30 of unknown age, 200 contacts
        agency: 'y1',
        submittedAt: '2024-10-24T10:00:00+09:00',
        answers: {
          caseload_by_age_band: { '0-15': 4, '16-18': 6 },
          caseload_age_unknown: 30,
          total_contacts: 200,
        },
      },
      {
        agency: 'u1',
        submittedAt: '2024-10-25T10:00:00+09:00',
        answers: {
          caseload_by_age_band: {
            '0-15': 26,
            '19-24': 30,
            '25-29': 25,
            '30-39': 50,
            '40-49': 50,
            '50-59': 50,
            '60-64': 25,
            '65+': 50,
          },
          caseload_age_unknown: 4,
          total_contacts: 620,
        },
      },
      // a draft counts nowhere
      {
        agency: 'o1',
        status: 'draft',
        answers: { caseload_by_age_band: { '16-18': 90 }, caseload_age_unknown: 50, total_contacts: 9 },
      },
    ],
  },
  // goes_out: good yes, yes, no, (missing) → 2/1/1, share 2 ÷ 3; difficult no, unknown → 0/1/1, share 0 ÷ 1
  cases: [
    { key: 'c1', agency: 'y1', classification: 'good', ageBand: '16-18', sex: 'male', factors: { goes_out: 'yes' } },
    { key: 'c2', agency: 'u1', classification: 'good', ageBand: '30-39', sex: 'female', factors: { goes_out: 'yes' } },
    { key: 'c3', agency: 'u1', classification: 'good', ageBand: '40-49', sex: 'male', factors: { goes_out: 'no' } },
    { key: 'c4', agency: 'u1', classification: 'good', ageBand: '40-49', sex: 'unknown', factors: {} },
    { key: 'c5', agency: 'y1', classification: 'difficult', ageBand: '0-15', sex: 'male', factors: { goes_out: 'no' } },
    {
      key: 'c6',
      agency: 'u1',
      classification: 'difficult',
      ageBand: '60-64',
      sex: 'female',
      factors: { goes_out: 'unknown' },
    },
  ],
  meetings: [
    { key: 'm1', kind: 'network', title: '第1回 ネットワーク会議', date: '2024-12-24', agenda: ['調査結果の共有'] },
  ],
};

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'renkei-age-bands-cli-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('cli import → packet --format json', () => {
  it('holds perYear, ageUnknown, dropOffs, contacts per case and case factors as BUNDLE.md defines them', async () => {
    const env = { ...process.env, DATABASE_PATH: join(dir, 'renkei.db') };
    const file = join(dir, 'bundle.json');
    writeFileSync(file, JSON.stringify(BUNDLE));
    const imported = await run('npx', ['tsx', 'src/cli/main.ts', 'import', file], { env });
    const pid = imported.stdout.trimEnd().split('\n').at(-1)!;
    expect(pid).toMatch(/^\d+$/);
    const { stdout } = await run('npx', ['tsx', 'src/cli/main.ts', 'packet', pid, 'm1', '--format', 'json'], {
      env,
    });
    const json = JSON.parse(stdout);

    // band cases: 30, 6, 30, 25, 50, 50, 50, 25, 50 — widths 6, 3, 6, 5, 10, 10, 10, 5, 10
    expect(json.ageBands).toEqual([
      { band: '0-15', cases: 30, agencies: 2, perYear: 5 },
      { band: '16-18', cases: 6, agencies: 1, perYear: 2 },
      { band: '19-24', cases: 30, agencies: 1, perYear: 5 },
      { band: '25-29', cases: 25, agencies: 1, perYear: 5 },
      { band: '30-39', cases: 50, agencies: 1, perYear: 5 },
      { band: '40-49', cases: 50, agencies: 1, perYear: 5 },
      { band: '50-59', cases: 50, agencies: 1, perYear: 5 },
      { band: '60-64', cases: 25, agencies: 1, perYear: 5 },
      { band: '65+', cases: 50, agencies: 1, perYear: 5 },
    ]);
    expect(json.ageUnknown).toBe(34);
    expect(json.caseloadTotal).toBe(316 + 34);
    // raw dips at 16-18, 25-29 and 60-64; only 16-18 is lower per year too (2 < 5)
    expect(json.dropOffBands).toEqual(['16-18', '25-29', '60-64']);
    expect(json.dropOffs).toEqual([
      { band: '16-18', cases: 6, perYear: 2, confirmed: true },
      { band: '25-29', cases: 25, perYear: 5, confirmed: false },
      { band: '60-64', cases: 25, perYear: 5, confirmed: false },
    ]);
    // people include the age-unknown: y1 10 + 30 = 40 (200 ÷ 40 = 5.0, not 20.0); u1 306 + 4 = 310 (620 ÷ 310 = 2.0)
    expect(json.contactsPerCase).toEqual([
      { agency: 'y1', people: 40, contacts: 200, perCase: 5 },
      { agency: 'u1', people: 310, contacts: 620, perCase: 2 },
    ]);
    expect(json.contactsPerCaseByAgeGroup).toEqual({
      upTo18: { agencies: 1, people: 40, contacts: 200, perCase: 5, noUpperLimit: [] },
      others: { agencies: 1, people: 310, contacts: 620, perCase: 2, noUpperLimit: ['u1'] },
    });
    expect(json.caseFactors.find((f: { factor: string }) => f.factor === 'goes_out')).toEqual({
      factor: 'goes_out',
      good: { yes: 2, no: 1, unknown: 1, total: 4, share: 0.667 },
      difficult: { yes: 0, no: 1, unknown: 1, total: 2, share: 0 },
    });
    // no case answered it: share is null, never 0
    expect(json.caseFactors.find((f: { factor: string }) => f.factor === 'economic_problem').good).toEqual({
      yes: 0,
      no: 0,
      unknown: 4,
      total: 4,
      share: null,
    });
  }, 60_000);
});
