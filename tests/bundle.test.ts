import { describe, expect, it } from 'vitest';
import { count } from 'drizzle-orm';
import { openDb, type Db } from '../src/db/client.ts';
import { agencies, auditLog, meetings, projects, questionnaireResponses } from '../src/db/schema.ts';
import {
  BundleError,
  exportBundle,
  formatProblem,
  importBundle,
  parseBundle,
  serializeBundle,
  type Bundle,
} from '../src/bundle/index.ts';
import { SECTIONS } from '../src/bundle/sections/index.ts';

function sampleBundle(): Bundle {
  return {
    format: 'renkei-bundle/1',
    project: { name: 'B市 ひきこもり支援ネットワーク', municipality: 'B市', fiscalYear: 2024 },
    agencies: [
      {
        key: 'a1',
        name: 'B市 生活福祉課',
        kind: '行政部署',
        field: 'welfare_ibasho',
        ageMin: 15,
        ageMax: null,
        contact: '福祉 太郎',
      },
      {
        key: 'a2',
        name: 'B市 教育支援課',
        kind: '行政部署',
        field: 'education',
        ageMin: 6,
        ageMax: 18,
        contact: 'kyoiku@example.jp',
      },
      { key: 'npo-3', name: 'NPO法人 みちくさ', kind: 'NPO', field: 'employment', ageMin: 15, ageMax: 49 },
    ],
    questionnaire: {
      responses: [
        {
          agency: 'a2',
          submittedAt: '2024-10-24T10:00:00+09:00',
          answers: {
            caseload_by_age_band: { '0-15': 12, '16-18': 3 },
            total_contacts: 150,
            professions: ['教員', '社会福祉士'],
            support_content: ['学習・就学支援'],
            challenges: '18歳以降のつなぎ先が分からない',
            extra_question: { anything: [1, 2] },
          },
        },
        {
          agency: 'a1',
          submittedAt: '2024-10-25T09:30:00.000Z',
          answers: { total_contacts: 40, caseload_by_age_band: { '30-39': 6, '40-49': 2, '50-59': 4 } },
        },
      ],
    },
    meetings: [
      {
        key: 'm1',
        kind: 'working_group',
        title: '第1回 ワーキンググループ',
        date: '2024-07-09',
        agenda: ['調査票の検討'],
      },
      { key: 'm2', kind: 'network', title: '第1回 ネットワーク会議', date: '2024-12-24', agenda: [] },
    ],
  };
}

function counts(db: Db) {
  return {
    projects: db.select({ n: count() }).from(projects).get()!.n,
    agencies: db.select({ n: count() }).from(agencies).get()!.n,
    responses: db.select({ n: count() }).from(questionnaireResponses).get()!.n,
    meetings: db.select({ n: count() }).from(meetings).get()!.n,
    audit: db.select({ n: count() }).from(auditLog).get()!.n,
  };
}

function problemsOf(raw: unknown): string[] {
  const r = parseBundle(raw);
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('bundle import', () => {
  it('creates a new project with agencies, submitted responses and meetings', () => {
    const db = openDb(':memory:');
    const id = importBundle(db, sampleBundle());
    const again = importBundle(db, sampleBundle());
    expect(again).not.toBe(id);
    const rows = db
      .select()
      .from(agencies)
      .all()
      .filter((a) => a.projectId === id);
    expect(rows.map((a) => a.key)).toEqual(['a1', 'a2', 'npo-3']);
    expect(rows[1].contactEmail).toBe('kyoiku@example.jp');
    expect(rows.every((a) => a.tokenHash)).toBe(true);
    const responses = db
      .select()
      .from(questionnaireResponses)
      .all()
      .filter((r) => r.projectId === id);
    expect(responses.every((r) => r.status === 'submitted' && r.submittedAt)).toBe(true);
    expect(responses[0].answers).toEqual(sampleBundle().questionnaire!.responses[0].answers);
    expect(counts(db).audit).toBe(2);
  });

  it('rejects a malformed bundle whole and writes nothing', () => {
    const db = openDb(':memory:');
    importBundle(db, sampleBundle());
    const before = counts(db);
    const bad = sampleBundle();
    bad.questionnaire!.responses[1].answers.caseload_by_age_band = { '30-39': -1 };
    expect(() => importBundle(db, bad)).toThrow(BundleError);
    expect(counts(db)).toEqual(before);
  });

  it('names the JSON path of every problem in Japanese', () => {
    const bad = sampleBundle() as unknown as Record<string, any>;
    bad.cases = [
      { key: 'c1', agency: 'a1', classification: 'good', ageBand: '30-39', sex: 'male', factors: { goes_out: 'yes' } },
      { key: 'c2', agency: 'a1', classification: 'difficult', ageBand: '30-39', sex: 'female', factors: {} },
      { key: 'c3', agency: 'a1', classification: 'difficult', ageBand: '30-39', sex: 'female', factors: {} },
      {
        key: 'c4',
        agency: 'a1',
        classification: 'bad',
        ageBand: '70-79',
        sex: 'female',
        factors: { goes_out: 'maybe' },
      },
    ];
    bad.meetings[0].date = '2024-02-30';
    bad.agencies[2].ageMin = 50;
    const problems = problemsOf(bad);
    expect(problems).toContain('cases[3].factors.goes_out: "maybe" は yes/no/unknown のいずれか');
    expect(problems).toContain('cases[3].classification: "bad" は good/difficult のいずれか');
    expect(problems.some((p) => p.startsWith('cases[3].ageBand: "70-79" は 0-15/16-18/'))).toBe(true);
    expect(problems).toContain('meetings[0].date: 存在しない日付です');
    expect(problems).toContain('agencies[2].ageMax: 対象年齢の下限が上限より大きくなっています');
  });

  it('rejects unknown keys at any depth', () => {
    const bad = sampleBundle() as unknown as Record<string, any>;
    bad.agencies[0].telephone = '000-0000';
    bad.project.owner = 'x';
    bad.extras = [];
    bad.questionnaire.responses[0].answers.caseload_by_age_band['70+'] = 1;
    const problems = problemsOf(bad);
    expect(problems).toContain('agencies[0].telephone: 不明なキーです（この項目は使えません）');
    expect(problems).toContain('project.owner: 不明なキーです（この項目は使えません）');
    expect(problems).toContain('extras: 不明なキーです（この項目は使えません）');
    expect(
      problems.some((p) => p.startsWith('questionnaire.responses[0].answers.caseload_by_age_band.70+: 年齢帯は')),
    ).toBe(true);
    const hearing = problemsOf({
      ...sampleBundle(),
      hearings: [{ agency: 'a1', date: '2024-11-07', sections: { memo: 'x' } }],
    });
    expect(hearing.some((p) => p.startsWith('hearings[0].sections.memo: 節IDは consultations / support'))).toBe(true);
  });

  it('checks references between sections', () => {
    const bad = sampleBundle() as unknown as Record<string, any>;
    bad.agencies.push({ key: 'a1', name: '重複', kind: 'NPO', field: 'other' });
    bad.questionnaire.responses.push({ agency: 'a9', submittedAt: '2024-10-24T10:00:00+09:00', answers: {} });
    bad.questionnaire.responses.push({ agency: 'a2', submittedAt: '2024-10-24T10:00:00+09:00', answers: {} });
    bad.cases = [
      {
        key: 'c1',
        agency: 'a1',
        classification: 'good',
        ageBand: '30-39',
        sex: 'male',
        factors: {},
        involvedAgencies: ['a2', 'zz'],
      },
    ];
    bad.caseStudies = [{ meeting: 'm9', case: 'c2' }];
    bad.groupWork = [{ meeting: 'm3', group: 'A', cards: [] }];
    bad.hearings = [{ agency: 'x', date: '2024-11-07' }];
    const problems = problemsOf(bad);
    expect(problems).toContain('agencies[3].key: キー "a1" が重複しています（agencies[0] と同じ機関キー）');
    expect(problems).toContain('questionnaire.responses[2].agency: "a9" という機関キーはバンドル内にありません');
    expect(
      problems.some((p) => p.startsWith('questionnaire.responses[3].agency: 機関 "a2" の回答が重複しています')),
    ).toBe(true);
    expect(problems).toContain('cases[0].involvedAgencies[1]: "zz" という機関キーはバンドル内にありません');
    expect(problems).toContain('caseStudies[0].meeting: "m9" という会議キーはバンドル内にありません');
    expect(problems).toContain('caseStudies[0].case: "c2" という事例キーはバンドル内にありません');
    expect(problems).toContain('groupWork[0].meeting: "m3" という会議キーはバンドル内にありません');
    expect(problems).toContain('hearings[0].agency: "x" という機関キーはバンドル内にありません');
  });

  it('reports a wrong format and non-object input', () => {
    expect(problemsOf({ ...sampleBundle(), format: 'renkei-bundle/2' })).toContain(
      'format: "renkei-bundle/2" ではなく "renkei-bundle/1" を指定してください',
    );
    expect(problemsOf([])).toEqual(['(全体): [] ではなくオブジェクトで指定してください']);
    expect(problemsOf({ format: 'renkei-bundle/1' })).toEqual([
      'project: 必須の項目がありません',
      'agencies: 必須の項目がありません',
    ]);
  });

  // Sections whose feature has no importer yet must not lose data silently.
  const samples: Record<string, unknown[]> = {
    hearings: [
      {
        agency: 'a1',
        date: '2024-11-07',
        interviewers: ['保健所'],
        sections: { support: 'メモ' },
        themes: ['supervision'],
      },
    ],
    cases: [
      { key: 'c1', agency: 'a1', classification: 'good', ageBand: '30-39', sex: 'male', factors: { goes_out: 'yes' } },
    ],
    caseStudies: [],
    groupWork: [{ meeting: 'm2', group: 'A', prompt: '自機関の強み', cards: ['訪問できる'] }],
    issues: [{ problem: '機能が分からない', issue: '相互理解', source: 'hearing' }],
  };
  const pending = Object.values(SECTIONS).filter((s) => !s.importer && samples[s.key]?.length);
  it.each(pending.map((s) => [s.key, s.label] as const))(
    'refuses non-empty %s while it has no importer',
    (key, label) => {
      const db = openDb(':memory:');
      const bundle = { ...sampleBundle(), [key]: samples[key] };
      const problems = problemsOf(bundle);
      expect(problems.some((p) => p.startsWith(`${key}: ${label}`) && p.includes('まだ対応していません'))).toBe(true);
      expect(() => importBundle(db, bundle)).toThrow(BundleError);
      expect(counts(db).projects).toBe(0);
      // an empty list is fine
      expect(parseBundle({ ...sampleBundle(), [key]: [] }).ok).toBe(true);
    },
  );
});

describe('bundle export', () => {
  it('round-trips: export → import → export is identical', () => {
    const db = openDb(':memory:');
    const first = exportBundle(db, importBundle(db, sampleBundle()))!;
    const second = exportBundle(db, importBundle(db, first))!;
    expect(serializeBundle(second)).toBe(serializeBundle(first));
    expect(first.agencies[2]).toEqual({
      key: 'npo-3',
      name: 'NPO法人 みちくさ',
      kind: 'NPO',
      field: 'employment',
      ageMin: 15,
      ageMax: 49,
    });
    // responses follow agency order, whatever order the bundle listed them in
    expect(first.questionnaire!.responses.map((r) => r.agency)).toEqual(['a1', 'a2']);
    expect(parseBundle(first).ok).toBe(true);
  });

  it('exports drafts marked as drafts, leaves out other projects, and answers undefined for a missing project', () => {
    const db = openDb(':memory:');
    const id = importBundle(db, sampleBundle());
    importBundle(db, { ...sampleBundle(), project: { name: '別', municipality: 'C市', fiscalYear: 2025 } });
    const npo = db
      .select()
      .from(agencies)
      .all()
      .find((a) => a.projectId === id && a.key === 'npo-3')!;
    db.insert(questionnaireResponses)
      .values({
        projectId: id,
        agencyId: npo.id,
        answers: { total_contacts: 1 },
        status: 'draft',
        savedAt: '2024-10-26T00:00:00Z',
      })
      .run();
    const out = exportBundle(db, id)!;
    expect(out.agencies).toHaveLength(3);
    expect(out.questionnaire!.responses).toHaveLength(3);
    expect(out.questionnaire!.responses[2]).toEqual({
      agency: 'npo-3',
      status: 'draft',
      savedAt: '2024-10-26T00:00:00Z',
      answers: { total_contacts: 1 },
    });
    expect(exportBundle(db, 9999)).toBeUndefined();
  });
});
