// Optional bundle keys beyond BUNDLE.md (README "Bundle extensions"): nothing a project holds is
// lost when it moves between installations, and older bundles (without them) still import.
import { describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { openDb } from '../src/db/client.ts';
import {
  agencies,
  hearingComments,
  liveParticipants,
  liveSessions,
  meetings,
  projects,
  questionnaireResponses,
} from '../src/db/schema.ts';
import {
  exportBundle,
  formatProblem,
  importBundle,
  parseBundle,
  serializeBundle,
  type Bundle,
} from '../src/bundle/index.ts';
import { getSurveyWindows } from '../src/projects/queries.ts';
import { listCandidateCases } from '../src/cases/queries.ts';
import { loadBoard, rankByVotes } from '../src/live/board.ts';
import { findPacketSettings } from '../src/packet/queries.ts';
import { participantCounts } from '../src/live/groupQueries.ts';
import { hearingProgressFor } from '../src/hearings/planQueries.ts';

/** Uses every optional key, written exactly as the exporter writes it (so export must equal it). */
function fullBundle(): Bundle {
  return {
    format: 'renkei-bundle/1',
    project: {
      name: 'C市 ひきこもり支援ネットワーク',
      municipality: 'C市',
      fiscalYear: 2025,
      hostHealthCentre: 'C保健所',
      adviser: 'D大学 教員',
      surveyWindows: {
        questionnaire: { opensOn: '2025-06-02', closesOn: '2025-06-13' },
        cases: { opensOn: '2025-06-02' },
        hearing: { closesOn: '2025-07-31' },
      },
    },
    agencies: [
      {
        key: 'a1',
        name: 'C市 生活福祉課',
        kind: '行政部署',
        field: 'welfare_ibasho',
        ageMin: 15,
        ageMax: null,
        contact: '相談係 担当者',
        contactEmail: 'fukushi@example.jp',
      },
      {
        key: 'a2',
        name: 'C市 教育支援課',
        kind: '行政部署',
        field: 'education',
        ageMin: 6,
        ageMax: 18,
        contactEmail: 'kyoiku@example.jp',
      },
      {
        key: 'a3',
        name: 'NPO法人 こみち',
        kind: 'NPO',
        field: 'employment',
        ageMin: 15,
        ageMax: 49,
        contact: 'x@example.jp',
        contactEmail: '',
      },
      {
        key: 'a4',
        name: '旧 相談窓口',
        kind: '行政部署',
        field: 'other',
        ageMin: null,
        ageMax: null,
        archivedAt: '2025-04-01T00:00:00.000Z',
      },
    ],
    questionnaire: {
      responses: [
        {
          agency: 'a1',
          submittedAt: '2025-06-10T10:00:00+09:00',
          answers: { total_contacts: 40, caseload_by_age_band: { '30-39': 6 } },
        },
        // a draft keeps what was typed, even a number field holding text
        {
          agency: 'a2',
          status: 'draft',
          savedAt: '2025-06-11T01:02:03.000Z',
          answers: { total_contacts: '１２人くらい', challenges: '途中まで' },
        },
      ],
    },
    hearingThemes: [
      { key: 'supervision', label: 'スーパーバイズ' },
      { key: 'local_theme', label: '地域独自のテーマ' },
    ],
    hearings: [
      {
        key: 'h1',
        agency: 'a1',
        date: '2025-07-01',
        method: 'online',
        place: '市役所',
        interviewers: ['C保健所'],
        interviewees: '相談員',
        sections: { need_supervision: '助言を受ける機会がない。' },
        themes: ['supervision', 'local_theme'],
        passages: [
          { section: 'need_supervision', text: '助言を受ける機会がない', themes: ['supervision'] },
          { themes: ['local_theme'] },
        ],
        shared: true,
        comments: [
          {
            body: '2段落目の人数は「3名」ではなく「4名」です。',
            createdAt: '2025-07-03T05:00:00.000Z',
            resolvedAt: '2025-07-04T00:30:00.000Z',
          },
          { body: '機関名の表記を正式名称にしてください。', createdAt: '2025-07-05T06:00:00.000Z' },
        ],
      },
    ],
    hearingPlan: ['a2', 'a4'],
    extraCaseFactors: [{ key: 'x_medical', label: '医療につながっている', group: 'client' }],
    cases: [
      {
        key: 'c1',
        agency: 'a1',
        submittedAt: '2025-06-20T00:00:00.000Z',
        classification: 'good',
        ageBand: '30-39',
        sex: 'male',
        household: ['both_parents'],
        duration: '1_3y',
        firstContact: 'family',
        consent: 'person',
        factors: { goes_out: 'yes', x_medical: 'unknown' },
        involvedAgencies: ['a3'],
        startText: '家族からの相談',
        summary: '就労体験につながった。',
        assessment: {
          person: { situation: '昼夜逆転', strengths: '絵が得意', wishes: '働きたい' },
          family: { needs: '母の休息' },
        },
        timeline: [
          { when: '1年目', agency: 'a3', event: '居場所の利用開始' },
          { when: '2年目', event: '就労体験' },
        ],
        whatWorked: '同行支援',
        gapPoints: ['age_18'],
        gapText: '18歳で途切れた',
        missing: '夜間の居場所',
        candidateFor: ['m1', 'm2'],
      },
      { key: 'c2', agency: 'a2', status: 'draft', factors: {}, summary: '下書き' },
    ],
    meetings: [
      {
        key: 'm1',
        kind: 'working_group',
        title: '第1回 WG',
        date: '2025-05-20',
        agenda: [],
        startTime: '14:00',
        endTime: '16:00',
        place: 'C保健所 会議室',
        purpose: '調査の設計',
        attendees: ['a2', 'a1'],
      },
      {
        key: 'm2',
        kind: 'network',
        title: '第1回 ネットワーク会議',
        date: '2025-09-10',
        agenda: ['事例検討'],
        attendees: ['a1', 'a2', 'a3'],
        packet: {
          sections: [
            { id: 'cover' },
            { id: 'case_studies', comment: '会議後に回収します。' },
            { id: 'group_work' },
            { id: 'question_summaries', questions: ['operator', 'fields'] },
          ],
          hideCaseAgencies: true,
        },
      },
    ],
    caseStudies: [
      {
        meeting: 'm2',
        case: 'c1',
        sections: {
          reason: '18歳の切れ目',
          conclusions: '引き継ぎの場が必要',
          agency__a1__could_do: '生活面の相談',
          agency__a1__would_need: '医療の助言',
          agency__a3__step_in: '就労準備の段階',
        },
      },
    ],
    groupWork: [
      {
        meeting: 'm2',
        group: 'A',
        prompt: '自機関の強み',
        cards: ['訪問できる', { text: '就労体験先が多い', votes: 3 }, { text: '居場所がある', candidate: true }],
      },
      {
        meeting: 'm2',
        group: 'B',
        prompt: '自機関の強み',
        cards: [{ text: '学校と連携できる', votes: 1, candidate: true }],
      },
    ],
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
        problem: '18歳で途切れる',
        issue: '引き継ぎ',
        source: 'case',
        status: 'not_started',
        sources: [{ case: 'c1' }, { meeting: 'm2' }],
      },
    ],
  } as Bundle;
}

function problemsOf(raw: unknown): string[] {
  const r = parseBundle(raw);
  return r.ok ? [] : r.problems.map(formatProblem);
}

const only = <T extends { projectId: number }>(id: number, rows: T[]) => rows.filter((r) => r.projectId === id);

describe('bundle extensions', () => {
  it('exports every optional key as given, and export → import → export is identical', () => {
    const db = openDb(':memory:');
    const first = exportBundle(db, importBundle(db, fullBundle()))!;
    expect(first).toEqual(fullBundle());
    const second = exportBundle(db, importBundle(db, first))!;
    expect(serializeBundle(second)).toBe(serializeBundle(first));
  });

  it('writes what the app shows: project details, survey windows, contacts, archive, drafts, meeting details, candidates, comments, votes', () => {
    const db = openDb(':memory:');
    const id = importBundle(db, fullBundle());
    const project = db.select().from(projects).where(eq(projects.id, id)).get()!;
    expect([project.hostHealthCentre, project.adviser]).toEqual(['C保健所', 'D大学 教員']);
    expect(getSurveyWindows(db, id).cases).toEqual({ part: 'cases', opensOn: '2025-06-02', closesOn: null });

    const rows = only(id, db.select().from(agencies).all());
    expect(rows.map((a) => [a.contactName, a.contactEmail, a.archivedAt])).toEqual([
      ['相談係 担当者', 'fukushi@example.jp', null],
      ['', 'kyoiku@example.jp', null],
      ['x@example.jp', '', null],
      ['', '', '2025-04-01T00:00:00.000Z'],
    ]);

    const draft = only(id, db.select().from(questionnaireResponses).all()).find((r) => r.status === 'draft')!;
    expect(draft.submittedAt).toBeNull();
    expect(draft.answers.total_contacts).toBe('１２人くらい');

    const m1 = db
      .select()
      .from(meetings)
      .where(and(eq(meetings.projectId, id), eq(meetings.key, 'm1')))
      .get()!;
    expect([m1.startTime, m1.endTime, m1.place, m1.purpose]).toEqual([
      '14:00',
      '16:00',
      'C保健所 会議室',
      '調査の設計',
    ]);
    const byId = new Map(rows.map((a) => [a.id, a.key]));
    expect(m1.attendeeAgencyIds.map((a) => byId.get(a))).toEqual(['a2', 'a1']);
    expect(listCandidateCases(db, id, m1.id).map((c) => c.key)).toEqual(['c1']);
    expect(findPacketSettings(db, id, m1.id)).toBeNull();

    expect(db.select({ n: count() }).from(hearingComments).get()!.n).toBe(2);
    // planned: a2 chosen, a1 heard (h1) though not chosen, a4 chosen but archived → 実施 1 ÷ 予定 2
    expect(hearingProgressFor(db, id)).toEqual({ planned: 2, held: 1, rate: 0.5 });

    const m2 = db
      .select()
      .from(meetings)
      .where(and(eq(meetings.projectId, id), eq(meetings.key, 'm2')))
      .get()!;
    expect(findPacketSettings(db, id, m2.id)).toEqual({
      sections: [
        { id: 'cover', comment: '' },
        { id: 'case_studies', comment: '会議後に回収します。' },
        { id: 'group_work', comment: '' },
        { id: 'question_summaries', comment: '', questions: ['operator', 'fields'] },
      ],
      hideCaseAgencies: true,
    });
    const board = loadBoard(db, m2.id)!;
    expect(board.session.votingStatus).toBe('closed');
    expect(rankByVotes([...board.cells.values()].flat()).map((c) => [c.text, c.votes])).toEqual([
      ['就労体験先が多い', 3],
      ['学校と連携できる', 1],
    ]);
    // the voter standing in for the imported votes is nobody in a group
    expect(participantCounts(db, m2.id).size).toBe(0);
    expect(db.select({ n: count() }).from(liveParticipants).where(eq(liveParticipants.meetingId, m2.id)).get()!.n).toBe(
      1,
    );
    expect(db.select().from(liveSessions).where(eq(liveSessions.meetingId, m1.id)).get()).toBeUndefined();
  });

  it('reads older bundles: no extension keys, and an address (alone or after the person) in contact', () => {
    const db = openDb(':memory:');
    const old: Bundle = {
      format: 'renkei-bundle/1',
      project: { name: 'D市', municipality: 'D市', fiscalYear: 2024 },
      agencies: [
        { key: 'a1', name: '生活福祉課', kind: '行政', field: 'welfare_ibasho', contact: 'soudan@example.jp' },
        { key: 'a2', name: '教育支援課', kind: '行政', field: 'education', contact: '教育 花子 hanako@example.jp' },
        { key: 'a3', name: 'NPO', kind: 'NPO', field: 'employment', contact: '山田' },
      ],
      questionnaire: {
        responses: [{ agency: 'a1', submittedAt: '2024-10-24T10:00:00+09:00', answers: { total_contacts: 3 } }],
      },
      meetings: [{ key: 'm1', kind: 'network', title: '第1回', date: '2024-12-24', agenda: [] }],
    };
    const id = importBundle(db, old);
    expect(only(id, db.select().from(agencies).all()).map((a) => [a.contactName, a.contactEmail])).toEqual([
      ['', 'soudan@example.jp'],
      ['教育 花子', 'hanako@example.jp'],
      ['山田', ''],
    ]);
    const out = exportBundle(db, id)!;
    expect(out.project).toEqual(old.project);
    expect(out.meetings).toEqual(old.meetings);
    expect(out.questionnaire).toEqual(old.questionnaire);
    expect(out.agencies.map((a) => [a.contact, a.contactEmail])).toEqual([
      [undefined, 'soudan@example.jp'],
      ['教育 花子', 'hanako@example.jp'],
      ['山田', undefined],
    ]);
    expect(serializeBundle(exportBundle(db, importBundle(db, out))!)).toBe(serializeBundle(out));
  });

  it('names the JSON path of every problem with the extension keys, and writes nothing', () => {
    const db = openDb(':memory:');
    const bad = fullBundle() as any;
    bad.project.surveyWindows.questionnaire = { opensOn: '2025-06-13', closesOn: '2025-06-02' };
    bad.project.surveyWindows.interviews = {};
    bad.agencies[0].contactEmail = 'not an address';
    bad.agencies[1].archivedAt = '2025-04-01';
    bad.questionnaire.responses[0].answers.total_contacts = -1;
    bad.questionnaire.responses[1].submittedAt = '2025-06-11T10:00:00+09:00';
    bad.questionnaire.responses.push({ agency: 'a3', answers: {} });
    bad.hearings[0].comments[0].body = '';
    bad.cases[0].candidateFor = ['m2', 'm9', 'm2'];
    bad.meetings[0].startTime = '9:00';
    bad.meetings[1].startTime = '15:00';
    bad.meetings[1].endTime = '13:00';
    bad.meetings[1].attendees = ['a1', 'zz'];
    bad.groupWork[0].cards[1].votes = -2;
    const problems = problemsOf(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        'project.surveyWindows.questionnaire.closesOn: 締切日（closesOn）は開始日（opensOn）以降にしてください',
        'project.surveyWindows.interviews: 不明なキーです（この項目は使えません）',
        'agencies[0].contactEmail: メールアドレスの形式ではありません',
        'agencies[1].archivedAt: 日時は 2024-10-24T10:00:00+09:00 の形式で指定してください',
        'questionnaire.responses[0].answers.total_contacts: 0 以上にしてください',
        'questionnaire.responses[1].submittedAt: 下書き（status: "draft"）には提出日時を指定できません',
        'questionnaire.responses[2].submittedAt: 提出済みの回答には必須の項目です',
        'hearings[0].comments[0].body: 空にできません',
        'meetings[0].startTime: 時刻は 13:30 のように HH:MM 形式で指定してください',
        'meetings[1].endTime: 終了時刻（endTime）は開始時刻（startTime）より後にしてください',
        'groupWork[0].cards[1].votes: 0 以上にしてください',
      ]),
    );
    expect(problems.filter((p) => p.startsWith('meetings[0].endTime'))).toEqual([]);
    const sections = fullBundle() as any;
    sections.meetings[1].packet.sections.push({ id: 'appendix' });
    expect(problemsOf(sections)).toEqual([
      'meetings[1].packet.sections[4].id: "appendix" は cover/agenda/attendance/survey_overview/questionnaire/question_summaries/hearings/cases/case_studies/group_work/issues/issue_progress/resource_map/next_steps のいずれか',
    ]);
    sections.meetings[1].packet.sections[4] = { id: 'cover' };
    expect(problemsOf(sections)).toEqual(['meetings[1].packet.sections[4].id: 項目 "cover" が重複しています']);
    const questions = fullBundle() as any;
    questions.meetings[1].packet.sections[0].questions = ['operator'];
    questions.meetings[1].packet.sections[3].questions = ['fields', 'fields'];
    expect(problemsOf(questions)).toEqual([
      'meetings[1].packet.sections[0].questions: questions は設問別集計（question_summaries）にだけ指定できます',
      'meetings[1].packet.sections[3].questions: 設問が重複しています',
    ]);
    questions.meetings[1].packet.sections[3].questions = [];
    expect(problemsOf(questions).slice(1)).toEqual([
      'meetings[1].packet.sections[3].questions: 設問別集計には設問（questions）を1つ以上指定してください',
    ]);
    const refs = fullBundle() as any;
    refs.cases[0].candidateFor = ['m2', 'm9', 'm2'];
    refs.meetings[1].attendees = ['a1', 'zz', 'a1'];
    expect(problemsOf(refs)).toEqual([
      'cases[0].candidateFor[1]: "m9" という会議キーはバンドル内にありません',
      'cases[0].candidateFor[2]: 会議 "m2" が重複しています',
      'meetings[1].attendees[1]: "zz" という機関キーはバンドル内にありません',
      'meetings[1].attendees[2]: 機関 "a1" が重複しています',
    ]);
    expect(() => importBundle(db, refs)).toThrow();
    expect(db.select({ n: count() }).from(projects).get()!.n).toBe(0);
  });
});
