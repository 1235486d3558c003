import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDb } from '../src/db/client.ts';
import { caseSheets, hearingPassages, meetings } from '../src/db/schema.ts';
import { exportBundle, importBundle, parseBundle, serializeBundle, type Bundle } from '../src/bundle/index.ts';
import { listThemes, themeSummaryFor } from '../src/hearings/queries.ts';
import { listFactorDefs } from '../src/cases/queries.ts';
import { listIssueRows } from '../src/issuesTable/queries.ts';
import { buildPacketJson, loadPacketData } from '../src/packet/json.ts';
import { loadDemo } from '../src/demo/index.ts';

const bundle = (): Bundle =>
  ({
    format: 'renkei-bundle/1',
    project: { name: 'B市 ネットワーク', municipality: 'B市', fiscalYear: 2024 },
    agencies: [
      { key: 'a1', name: '生活福祉課', kind: '行政', field: 'welfare_ibasho', ageMin: 15, ageMax: null },
      { key: 'a2', name: '若者サポートステーション', kind: 'NPO', field: 'employment', ageMin: 15, ageMax: 49 },
    ],
    hearingThemes: [
      { key: 'supervision', label: 'スーパーバイズ' },
      { key: 'definition', label: 'ひきこもりの捉え方' },
    ],
    hearings: [
      {
        key: 'h1',
        agency: 'a1',
        date: '2024-11-07',
        method: 'online',
        interviewers: ['保健所 職員'],
        interviewees: '相談員',
        sections: { need_supervision: '助言を受ける機会がない。', consultations: '定義は機関ごとに違う。' },
        themes: ['supervision', 'definition', 'ibasho'],
        passages: [
          { section: 'need_supervision', text: '助言を受ける機会がない。', themes: ['supervision'] },
          { section: 'consultations', themes: ['definition'] },
        ],
        shared: true,
      },
      { agency: 'a2', date: '2024-11-08', sections: { support: '居場所を運営' }, themes: ['ibasho'] },
    ],
    extraCaseFactors: [{ key: 'x1', label: '医療につながっている', group: 'client' }],
    cases: [
      {
        key: 'c1',
        agency: 'a1',
        classification: 'good',
        ageBand: '30-39',
        sex: 'male',
        consent: 'person',
        household: ['elderly_parent_8050'],
        duration: '5_10y',
        firstContact: 'family',
        factors: { goes_out: 'yes', economic_problem: 'yes', x1: 'yes' },
        involvedAgencies: ['a2'],
        summary: '就労準備支援につながった。',
        timeline: [
          { when: '1年目', agency: 'a2', event: '居場所の利用開始' },
          { when: '2年目', event: '就労体験' },
        ],
        gapPoints: ['youth_age_limit'],
        gapText: '49歳の壁',
        whatWorked: '同行',
        missing: 'SV',
      },
      {
        key: 'c2',
        agency: 'a2',
        classification: 'difficult',
        ageBand: 'unknown',
        sex: 'unknown',
        factors: { goes_out: 'no', no_clear_solution: 'yes' },
      },
      { key: 'c3', agency: 'a2', status: 'draft', factors: {} },
    ],
    meetings: [{ key: 'm1', kind: 'network', title: '第1回ネットワーク会議', date: '2024-12-24', agenda: [] }],
    issues: [
      {
        problem: '助言を得る機会がない',
        issue: 'SVの仕組み',
        source: 'hearing',
        status: 'discussing',
        nextStep: '助言者に相談',
        sources: [{ theme: 'supervision' }, { hearing: 'h1', passage: 0 }],
      },
      {
        problem: '49歳で途切れる',
        issue: '年齢の切れ目',
        source: 'case',
        sources: [{ case: 'c1' }, { meeting: 'm1' }],
      },
      { problem: '手入力の行', issue: '' },
    ],
  }) as unknown as Bundle;

describe('bundle: hearings, cases and issues', () => {
  it('imports them with themes, passages, factors and sources, and round-trips', () => {
    const db = openDb(':memory:');
    const id = importBundle(db, bundle());
    expect(listThemes(db, id).map((t) => t.key)).toEqual(['supervision', 'definition', 'ibasho']);
    const summary = themeSummaryFor(db, id);
    expect(summary.rows.map((r) => [r.theme.key, r.byAgency])).toEqual([
      ['supervision', [1, 0]],
      ['definition', [1, 0]],
      ['ibasho', [1, 1]], // not carried by a passage: tags the record as a whole
    ]);
    expect(db.select().from(hearingPassages).where(eq(hearingPassages.projectId, id)).all()).toHaveLength(4);
    expect(
      listFactorDefs(db, id)
        .map((f) => f.key)
        .at(-1),
    ).toBe('x1');
    const cases = db.select().from(caseSheets).where(eq(caseSheets.projectId, id)).all();
    expect(cases.map((c) => [c.key, c.status])).toEqual([
      ['c1', 'submitted'],
      ['c2', 'submitted'],
      ['c3', 'draft'],
    ]);
    expect(cases[0].timeline[0].agencyId).toBe(cases[1].agencyId);
    const rows = listIssueRows(db, id);
    expect(rows.map((r) => [r.origin, r.status, r.sources.map((s) => s.kind)])).toEqual([
      ['hearing', 'discussing', ['hearing_theme', 'hearing_passage']],
      ['case', 'not_started', ['case', 'meeting']],
      ['manual', 'not_started', []],
    ]);

    const first = exportBundle(db, id)!;
    const second = exportBundle(db, importBundle(db, first))!;
    expect(serializeBundle(second)).toBe(serializeBundle(first));
    expect(parseBundle(first).ok).toBe(true);
    const h1 = (first as any).hearings[0];
    expect(h1).toMatchObject({
      key: 'h1',
      method: 'online',
      shared: true,
      themes: ['supervision', 'definition', 'ibasho'],
    });
    expect((first as any).issues[0].sources).toEqual([{ theme: 'supervision' }, { hearing: 'h1', passage: 0 }]);
    expect((first as any).cases[2]).toEqual({ key: 'c3', agency: 'a2', status: 'draft', factors: {} });
  });

  it('puts caseFactors and hearingThemes into the packet JSON (submitted cases only)', () => {
    const db = openDb(':memory:');
    const id = importBundle(db, bundle());
    const m1 = db.select().from(meetings).where(eq(meetings.projectId, id)).get()!;
    const json = buildPacketJson(loadPacketData(db, id, m1.id)!);
    expect(json.caseFactors.find((f) => f.factor === 'goes_out')).toEqual({
      factor: 'goes_out',
      good: { yes: 1, no: 0, unknown: 0, total: 1, share: 1 },
      difficult: { yes: 0, no: 1, unknown: 0, total: 1, share: 0 },
    });
    // c1 leaves no_clear_solution unanswered: 不明, so the good share is null (yes + no = 0)
    expect(json.caseFactors.find((f) => f.factor === 'no_clear_solution')).toEqual({
      factor: 'no_clear_solution',
      good: { yes: 0, no: 0, unknown: 1, total: 1, share: null },
      difficult: { yes: 1, no: 0, unknown: 0, total: 1, share: 1 },
    });
    expect(json.caseFactors.find((f) => f.factor === 'x1')!.good.yes).toBe(1);
    expect(json.hearingThemes.find((t) => t.theme === 'ibasho')).toEqual({
      theme: 'ibasho',
      label: '居場所',
      agencies: 2,
      passages: 2,
      byAgency: { a1: 1, a2: 1 },
    });
  });

  it('names bad references and missing fields in Japanese', () => {
    const bad = bundle() as any;
    bad.hearings[1].themes = ['nosuch'];
    bad.cases[1].factors.x9 = 'yes';
    bad.issues[0].sources = [{ hearing: 'h1', passage: 5 }, { hearing: 'h9', passage: 0 }, { case: 'c9' }];
    const parsed = parseBundle(bad);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toContain('hearings[1].themes[0]: "nosuch" というテーマキーはバンドル内にありません');
    expect(problems).toContain('cases[1].factors.x9: "x9" という要因キーはバンドル内にありません');
    expect(problems).toContain(
      'issues[0].sources[0].passage: ヒアリング "h1" のタグ付けは 2 件です（0〜1 で指定してください）',
    );
    expect(problems).toContain('issues[0].sources[1].hearing: "h9" というヒアリングキーはバンドル内にありません');
    expect(problems).toContain('issues[0].sources[2].case: "c9" という事例キーはバンドル内にありません');
    const noBand = bundle() as any;
    delete noBand.cases[0].ageBand;
    const schema = parseBundle(noBand);
    expect(schema.ok ? [] : schema.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'cases[0].ageBand: 提出済みの事例には必須の項目です',
    ]);
  });

  it('gives the demo project hearings, about twenty cases with the seed pattern and the four rows of 表2', () => {
    const db = openDb(':memory:');
    const id = loadDemo(db);
    const m3 = db
      .select()
      .from(meetings)
      .where(eq(meetings.projectId, id))
      .all()
      .find((m) => m.key === 'm3')!;
    const json = buildPacketJson(loadPacketData(db, id, m3.id)!);
    const f = (k: string) => json.caseFactors.find((x) => x.factor === k)!;
    expect(f('goes_out').good.total + f('goes_out').difficult.total).toBe(20);
    for (const k of [
      'goes_out',
      'economic_problem',
      'wants_consultation',
      'core_agency_clear_roles',
      'assessment_aligned',
    ])
      expect(f(k).good.share!, k).toBeGreaterThan(f(k).difficult.share!);
    for (const k of ['family_health_issue', 'no_clear_solution'])
      expect(f(k).difficult.share!, k).toBeGreaterThan(f(k).good.share!);
    expect(json.hearingThemes.find((t) => t.theme === 'supervision')!.agencies).toBe(2);
    expect(listIssueRows(db, id).map((r) => r.issue)).toEqual([
      '関係者との信頼関係の形成',
      '情報共有の課題（支援対象者の全体像をどう共有するか）',
      '支援機関同士の相互理解（機能・役割・強みの共通認識）',
      '社会資源をどうつくるか',
    ]);
  });
});
