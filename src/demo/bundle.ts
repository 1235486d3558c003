// The demo project "A市" as a bundle (renkei-bundle/1), modelled on seed 000 (the FY2024 model
// project) with fictional agencies of the same kinds (DOMAIN.md §5.1) — never real names paired
// with invented figures. The questionnaire reproduces seed 000's findings (DOMAIN.md §5.5):
// caseloads dip at 16–18, 40–49 and 60–64; agencies serving only up to 18 need 8–12 contacts per
// case and the others 3–5; staff hold exactly 13 distinct qualifications.
//
// The year is complete so every packet has content: attendees and rooms for the five meetings,
// network meeting 1's group work with dot votes, and network meeting 2's case study of one good
// and one difficult case (the 40–49 gap) with every attending agency's view.
//
// Everything, project details included, goes through the bundle format, so loading the demo
// exercises the importer end to end.
import { BUNDLE_FORMAT, type Bundle } from '../bundle/sections/index.ts';
import type { AgencyPart } from '../bundle/sections/agencies.ts';
import type { CasePart } from '../bundle/sections/cases.ts';
import type { CaseStudyPart } from '../bundle/sections/caseStudies.ts';
import type { GroupWorkPart } from '../bundle/sections/groupWork.ts';
import type { HearingPart } from '../bundle/sections/hearings.ts';
import type { IssuePart } from '../bundle/sections/issues.ts';
import type { MeetingPart } from '../bundle/sections/meetings.ts';
import type { ProjectPart } from '../bundle/sections/project.ts';
import { FIXED_FACTORS } from '../lib/labels/cases.ts';
import { AGE_BAND_KEYS } from '../lib/labels/questionnaire.ts';

export const DEMO_PROJECT: ProjectPart = {
  name: 'A市 ひきこもり支援ネットワーク（令和6年度 モデル事業）',
  municipality: 'A市',
  fiscalYear: 2024,
  hostHealthCentre: 'A保健所',
  adviser: 'B大学 社会福祉学科 教員',
  // seed 000 schedule: questionnaire 10/18–25, case provision 10/18–31, hearings 11/7–14
  surveyWindows: {
    questionnaire: { opensOn: '2024-10-18', closesOn: '2024-10-25' },
    cases: { opensOn: '2024-10-18', closesOn: '2024-10-31' },
    hearing: { opensOn: '2024-11-07', closesOn: '2024-11-14' },
  },
};

type DemoAgency = AgencyPart & {
  /** Caseload (実人数) per age band, in AGE_BANDS order. */
  caseload: number[];
  /** People whose age the agency does not know (caseload_age_unknown), outside the bands. */
  ageUnknown?: number;
  contacts: number;
  operator: string;
  fields: string[];
  professions: string[];
  support: string[];
  partners: string[];
  challengeTypes: string[];
  challenges: string;
  strengths: string;
  submittedAt: string;
};

// a2, a6 and a7 serve only up to age 18 (seed 000: many contacts per case).
const AGENCIES: DemoAgency[] = [
  {
    key: 'a1',
    name: 'A市 健康福祉部 生活福祉課',
    kind: '行政部署',
    field: 'welfare_ibasho',
    ageMin: 15,
    ageMax: null,
    caseload: [0, 1, 6, 8, 14, 9, 20, 4, 5],
    ageUnknown: 4,
    contacts: 235,
    operator: '市直営',
    fields: ['生活福祉（自立支援・生活困窮）'],
    professions: ['社会福祉士', '精神保健福祉士'],
    support: [
      '窓口での相談支援',
      '訪問支援（アウトリーチ）',
      '関係機関の紹介・つなぎ',
      '手続き・経済的支援',
      '家族相談・家族支援',
    ],
    partners: [
      '生活困窮者自立支援機関',
      '社会福祉協議会',
      '地域包括支援センター',
      '若者サポートステーション',
      '保健所',
    ],
    challengeTypes: ['人員が不足している', '長期の継続支援が難しい', '機関間でアセスメントが一致しない'],
    challenges: '生活保護の相談から把握した世帯で、本人に会えないまま長期化している例がある。',
    strengths: '経済的な支援と手続きを一体で進められる。',
    submittedAt: '2024-10-21T15:20:00+09:00',
  },
  {
    key: 'a2',
    name: 'A市 教育部 教育支援課',
    kind: '行政部署',
    field: 'education',
    ageMin: 6,
    ageMax: 15,
    caseload: [30, 0, 0, 0, 0, 0, 0, 0, 0],
    contacts: 300,
    operator: '市直営',
    fields: ['教育'],
    professions: ['教員', '公認心理師', '社会教育主事'],
    support: ['窓口での相談支援', '訪問支援（アウトリーチ）', '学習・就学支援', '家族相談・家族支援'],
    partners: [
      '学校・教育機関（スクールカウンセラー・スクールソーシャルワーカー含む）',
      '子ども・若者相談センター',
      '保健センター',
    ],
    challengeTypes: ['年齢・制度の切れ目で支援が途切れる', 'つなぎ先がない'],
    challenges: '中学校卒業後の進路が決まらない生徒について、引き継ぐ先が分からない。',
    strengths: '学校と連携し、登校していない段階から家庭訪問ができる。',
    submittedAt: '2024-10-18T17:05:00+09:00',
  },
  {
    key: 'a3',
    name: 'NPO法人 A市若者支援ネット（地域若者サポートステーション）',
    kind: '地域若者サポートステーション',
    field: 'employment',
    ageMin: 15,
    ageMax: 49,
    caseload: [0, 2, 18, 16, 16, 4, 0, 0, 0],
    contacts: 252,
    operator: 'NPO法人',
    fields: ['就労', '居場所・地域活動'],
    professions: ['キャリアコンサルタント', '臨床心理士'],
    support: [
      '窓口での相談支援',
      '就労支援・就労準備支援',
      '居場所の提供',
      '当事者会・家族会の開催・支援',
      '講演会・研修・普及啓発',
    ],
    partners: ['ハローワーク', '生活困窮者自立支援機関', '企業・商工会', 'NPO法人'],
    challengeTypes: [
      'スーパーバイズを受ける機会がない',
      '医療の見立てが得られない',
      '年齢・制度の切れ目で支援が途切れる',
    ],
    challenges: '49歳を過ぎた本人の引き継ぎ先がない。アウトリーチの際に医療の見立てがほしい。',
    strengths: '就労体験の受け入れ先を多く持っている。',
    submittedAt: '2024-10-22T11:40:00+09:00',
  },
  {
    key: 'a4',
    name: 'A市 健康福祉部 高齢者支援課',
    kind: '行政部署',
    field: 'welfare_ibasho',
    ageMin: 65,
    ageMax: null,
    caseload: [0, 0, 0, 0, 0, 0, 0, 0, 18],
    contacts: 90,
    operator: '市直営',
    fields: ['高齢'],
    professions: ['保健師', '介護支援専門員', '主任介護支援専門員', '社会福祉士'],
    support: ['窓口での相談支援', '訪問支援（アウトリーチ）', '関係機関の紹介・つなぎ', '家族相談・家族支援'],
    partners: ['地域包括支援センター', '社会福祉協議会', '地域の民生委員・児童委員', '医療機関'],
    challengeTypes: ['他機関の機能・役割が分からない', '本人に会えない・相談意欲がない'],
    challenges: '高齢の親の介護相談から同居の子のひきこもりが分かるが、子の相談先が分からない。',
    strengths: '地域包括支援センターを通じて高齢世帯に早く気づける。',
    submittedAt: '2024-10-24T09:15:00+09:00',
  },
  {
    key: 'a5',
    name: 'A市 健康福祉部 障害者福祉課',
    kind: '行政部署',
    field: 'welfare_ibasho',
    ageMin: 18,
    ageMax: 64,
    caseload: [0, 0, 5, 6, 10, 6, 12, 2, 0],
    contacts: 139,
    operator: '市直営',
    fields: ['障害福祉'],
    professions: ['社会福祉士', '精神保健福祉士', '相談支援専門員'],
    support: ['窓口での相談支援', '関係機関の紹介・つなぎ', '医療受診・医療へのつなぎ', '手続き・経済的支援'],
    partners: ['基幹相談支援センター', '医療機関', '精神保健福祉センター', '保健所'],
    challengeTypes: ['医療機関との情報共有・連携が不十分', '支援者の精神的負担が大きい'],
    challenges: '障害の疑いがあっても本人が受診を望まず、制度の利用につながらない。',
    strengths: '障害福祉サービスの利用調整ができる。',
    submittedAt: '2024-10-23T16:30:00+09:00',
  },
  {
    key: 'a6',
    name: 'A市 子ども家庭部 子ども子育て支援課',
    kind: '行政部署',
    field: 'welfare_ibasho',
    ageMin: 0,
    ageMax: 18,
    caseload: [20, 4, 0, 0, 0, 0, 0, 0, 0],
    contacts: 264,
    operator: '市直営',
    fields: ['子ども家庭'],
    professions: ['保育士', '保健師', '社会福祉士'],
    support: ['窓口での相談支援', '訪問支援（アウトリーチ）', '家族相談・家族支援', '関係機関の紹介・つなぎ'],
    partners: [
      '学校・教育機関（スクールカウンセラー・スクールソーシャルワーカー含む）',
      '子ども・若者相談センター',
      '保健センター',
    ],
    challengeTypes: ['年齢・制度の切れ目で支援が途切れる', '支援者の精神的負担が大きい'],
    challenges: '18歳で児童福祉の支援が終わると、継続して関わる機関がなくなる。',
    strengths: '家庭全体を見た支援ができ、保護者と関係を作りやすい。',
    submittedAt: '2024-10-25T10:50:00+09:00',
  },
  {
    key: 'a7',
    name: 'A市 子ども家庭部 児童青少年課',
    kind: '行政部署',
    field: 'education',
    ageMin: 6,
    ageMax: 18,
    caseload: [12, 5, 0, 0, 0, 0, 0, 0, 0],
    contacts: 153,
    operator: '市直営',
    fields: ['青少年', '居場所・地域活動'],
    professions: ['教員', '社会福祉士'],
    support: ['居場所の提供', '窓口での相談支援', '当事者会・家族会や居場所の紹介'],
    partners: ['学校・教育機関（スクールカウンセラー・スクールソーシャルワーカー含む）', 'NPO法人', 'ボランティア団体'],
    challengeTypes: ['居場所が不足している', '他機関の機能・役割が分からない'],
    challenges: '高校生年代が気軽に立ち寄れる場所が少ない。',
    strengths: '児童館など身近な居場所を運営している。',
    submittedAt: '2024-10-19T13:00:00+09:00',
  },
  {
    key: 'a8',
    name: 'A市 生活自立支援センター',
    kind: '生活困窮者自立相談支援機関',
    field: 'welfare_ibasho',
    ageMin: 15,
    ageMax: null,
    caseload: [0, 1, 4, 6, 10, 7, 10, 1, 2],
    contacts: 172,
    operator: '市委託',
    fields: ['生活福祉（自立支援・生活困窮）', '就労'],
    professions: ['社会福祉士', '精神保健福祉士'],
    support: [
      '窓口での相談支援',
      '訪問支援（アウトリーチ）',
      '就労支援・就労準備支援',
      '手続き・経済的支援',
      '居場所等への同行支援',
    ],
    partners: ['社会福祉協議会', 'ハローワーク', '若者サポートステーション', '地域包括支援センター'],
    challengeTypes: ['長期の継続支援が難しい', '機関間でアセスメントが一致しない', '人員が不足している'],
    challenges: '家計の相談から始まった支援が、本人の状態が見えないまま止まってしまう。',
    strengths: '年齢を問わず相談を受け、同行支援ができる。',
    submittedAt: '2024-10-24T14:10:00+09:00',
  },
  {
    key: 'a9',
    name: '社会福祉法人 A市社会福祉協議会',
    kind: '社会福祉協議会',
    field: 'welfare_ibasho',
    ageMin: 0,
    ageMax: null,
    caseload: [4, 1, 4, 5, 8, 5, 12, 3, 10],
    ageUnknown: 3,
    contacts: 208,
    operator: '社会福祉協議会',
    fields: ['居場所・地域活動', '生活福祉（自立支援・生活困窮）'],
    professions: ['社会福祉士', '介護支援専門員'],
    support: [
      '窓口での相談支援',
      '居場所の提供',
      '当事者会・家族会や居場所の紹介',
      '家族相談・家族支援',
      '講演会・研修・普及啓発',
    ],
    partners: ['地域の民生委員・児童委員', 'ボランティア団体', '地域包括支援センター', '生活困窮者自立支援機関'],
    challengeTypes: ['ひきこもりに係る知識・支援ノウハウが不十分', 'スーパーバイズを受ける機会がない'],
    challenges: '民生委員から情報は入るが、本人や家族との関係づくりに時間がかかる。',
    strengths: '地域のつながりを活かした見守りと居場所づくり。',
    submittedAt: '2024-10-22T09:45:00+09:00',
  },
  {
    key: 'a10',
    name: 'NPO法人 A市若者支援ネット 居場所「ひだまり」',
    kind: 'NPO',
    field: 'welfare_ibasho',
    ageMin: 15,
    ageMax: 39,
    caseload: [0, 1, 8, 6, 6, 0, 0, 0, 0],
    contacts: 84,
    operator: 'NPO法人',
    fields: ['居場所・地域活動'],
    professions: ['精神保健福祉士'],
    support: ['居場所の提供', '当事者会・家族会の開催・支援', '電話・メール・SNS相談'],
    partners: ['若者サポートステーション', 'NPO法人', '当事者会・家族会'],
    challengeTypes: ['人員が不足している', '医療機関との情報共有・連携が不十分'],
    challenges: '居場所に来られるようになった後の次の一歩につなぐ先が少ない。',
    strengths: '予約なしで来られる居場所と、同世代のピアの関わり。',
    submittedAt: '2024-10-20T18:25:00+09:00',
  },
  {
    key: 'a11',
    name: '地域活動支援センター「こもれび」',
    kind: '地域活動支援センター',
    field: 'health_medical',
    ageMin: 18,
    ageMax: 64,
    caseload: [0, 0, 3, 3, 6, 4, 6, 0, 0],
    contacts: 70,
    operator: '社会福祉法人',
    fields: ['障害福祉', '保健・医療', '居場所・地域活動'],
    professions: ['精神保健福祉士', '看護師'],
    support: ['居場所の提供', '窓口での相談支援', '医療受診・医療へのつなぎ'],
    partners: ['医療機関', '基幹相談支援センター', '保健所'],
    challengeTypes: ['他機関の機能・役割が分からない', '本人に会えない・相談意欲がない'],
    challenges: '通所が途切れた方への訪問の体制が取れない。',
    strengths: '精神科医療とのつながりがあり、日中の通所先になれる。',
    submittedAt: '2024-10-25T16:55:00+09:00',
  },
];

const NETWORK_EXPECTATIONS = ['情報共有の場', '機関の機能・役割の一覧', '事例検討', 'スーパーバイズ', '居場所づくり'];

function answersOf(a: DemoAgency): Record<string, unknown> {
  return {
    operator: a.operator,
    fields: a.fields,
    professions: a.professions,
    reporting_period: '前年度（4月〜翌年3月）',
    caseload_by_age_band: Object.fromEntries(AGE_BAND_KEYS.map((band, i) => [band, a.caseload[i]])),
    ...(a.ageUnknown ? { caseload_age_unknown: a.ageUnknown } : {}),
    total_contacts: a.contacts,
    main_consulter: '家族・親族',
    support_content: a.support,
    strengths: a.strengths,
    collaborating_agencies: a.partners,
    challenge_types: a.challengeTypes,
    challenges: a.challenges,
    network_expectations: NETWORK_EXPECTATIONS,
  };
}

const ALL_AGENCIES = AGENCIES.map((a) => a.key);
// seed 000: the WG is the city's livelihood-welfare and education-support sections and the NPO's
// youth support station; every support agency attends the network meetings
const WG_CORE = ['a1', 'a2', 'a3'];
const WG_ROOM = { startTime: '14:00', endTime: '16:00', place: 'A保健所 2階 会議室' };
const NETWORK_ROOM = { startTime: '14:00', endTime: '16:30', place: 'A市役所 本庁舎5階 大会議室' };

/**
 * Who replied and who came (seed 000 names nobody): one person per agency, a few absent from the
 * network meetings, the adviser at each of them; replies a week before the meeting.
 */
function rollCall(keys: string[], absent: string[], date: string, adviser: boolean): MeetingPart['attendance'] {
  const respondedAt = new Date(Date.parse(`${date}T10:00:00+09:00`) - 7 * 86_400_000).toISOString();
  return {
    invited: keys.map((agency) =>
      absent.includes(agency)
        ? { agency, rsvp: 'absent' as const, respondedAt }
        : { agency, rsvp: 'attend' as const, headcount: 1, respondedAt, present: true },
    ),
    ...(adviser ? { guests: [{ role: 'adviser' as const, name: 'B大学 社会福祉学科 教員', present: true }] } : {}),
  };
}

// Seed 000's year: WG 9/26 and 11/29, network meetings 12/24, 1/28 and 2/21 (FY2024).
const MEETINGS: MeetingPart[] = [
  {
    key: 'm1',
    kind: 'working_group',
    title: '第1回 ワーキンググループ',
    date: '2024-09-26',
    ...WG_ROOM,
    attendees: WG_CORE,
    attendance: rollCall(WG_CORE, [], '2024-09-26', false),
    purpose: '事業の目的と年間の進め方を共有し、実態調査（アンケート・ヒアリング・事例提供）の内容を決める。',
    agenda: ['事業の目的と年間スケジュール', '実態調査（アンケート・ヒアリング・事例提供）の内容検討'],
  },
  {
    key: 'm2',
    kind: 'working_group',
    title: '第2回 ワーキンググループ',
    date: '2024-11-29',
    ...WG_ROOM,
    attendees: WG_CORE,
    attendance: rollCall(WG_CORE, [], '2024-11-29', false),
    purpose: '実態調査の結果を分析し、ネットワーク会議の内容と事例検討で取り上げる事例を決める。',
    agenda: ['実態調査の結果共有と分析', '提供事例の確認', 'ネットワーク会議の企画'],
  },
  {
    key: 'm3',
    kind: 'network',
    title: '第1回 ネットワーク会議',
    date: '2024-12-24',
    ...NETWORK_ROOM,
    attendees: ALL_AGENCIES,
    attendance: rollCall(ALL_AGENCIES, ['a9'], '2024-12-24', true),
    purpose: '実態調査の結果を共有し、見えてきた連携上の課題について意見を交換する。',
    agenda: ['実態調査等の結果の共有', '見えてきた連携上の課題についての意見交換（グループワーク）'],
  },
  {
    key: 'm4',
    kind: 'network',
    title: '第2回 ネットワーク会議',
    date: '2025-01-28',
    ...NETWORK_ROOM,
    attendees: ALL_AGENCIES,
    attendance: rollCall(ALL_AGENCIES, ['a6', 'a11'], '2025-01-28', true),
    purpose: '好事例と困難事例の検討を通して、連携上の課題と各機関にできることを確かめる。',
    agenda: ['第1回のグループワークの振り返り', '事例検討（好事例・困難事例）', '連携上の課題についての意見交換'],
    // seed 000 meeting 2 is the case study; the demo also recalls meeting 1's group work
    packet: {
      sections: [
        { id: 'cover' },
        { id: 'agenda' },
        { id: 'attendance' },
        { id: 'group_work', comment: '第1回で出された意見のうち、票を集めたものを事例検討の視点として使います。' },
        {
          id: 'cases',
          comment: '提出された20件の事例から、第2回ワーキンググループで好事例と困難事例を1件ずつ選びました。',
        },
        { id: 'case_studies' },
        { id: 'next_steps' },
      ],
    },
  },
  {
    key: 'm5',
    kind: 'network',
    title: '第3回 ネットワーク会議',
    date: '2025-02-21',
    ...NETWORK_ROOM,
    attendees: ALL_AGENCIES,
    attendance: rollCall(ALL_AGENCIES, ['a9'], '2025-02-21', true),
    purpose: '見えてきた課題を共有し、効果的な支援と連携のためのツールと次年度の取組を検討する。',
    agenda: ['課題の共有', '効果的な支援や連携促進のためのツールの検討', '次年度に向けて'],
  },
];

/** Hearings by WG members and health-centre staff (seed 000: 11/7–14), tagged with the default theme keys. */
export const DEMO_HEARINGS: HearingPart[] = [
  {
    key: 'h1',
    agency: 'a3',
    date: '2024-11-07',
    interviewers: ['A市 生活福祉課', 'A保健所'],
    interviewees: '相談員（キャリアコンサルタント）',
    sections: {
      need_supervision: '事例について助言を受ける機会がなく、担当者が一人で抱えている。',
      need_medical: 'アウトリーチの際に、医療の見立てをしてもらえると方針が立てやすい。',
      collaboration: '49歳を過ぎると引き継ぎ先が見つからない。',
    },
    passages: [
      { section: 'need_supervision', text: '事例について助言を受ける機会がなく', themes: ['supervision'] },
      { section: 'need_medical', themes: ['outreach_medical'] },
      { section: 'collaboration', themes: ['age_gaps'] },
    ],
    // shared with the agency, which asked for one correction (dealt with)
    shared: true,
    comments: [
      {
        body: 'お話しした相談員の職種（キャリアコンサルタント）も書き添えてください。',
        createdAt: '2024-11-12T01:30:00.000Z',
        resolvedAt: '2024-11-13T00:10:00.000Z',
      },
    ],
  },
  {
    key: 'h2',
    agency: 'a9',
    date: '2024-11-08',
    interviewers: ['A市 教育支援課', 'A保健所'],
    sections: {
      need_ibasho: 'コミュニティセンターなど、敷居が低い居場所が増えてほしい。',
      network_wishes: '支援機関同士が情報共有できるネットワークがあるとよい。',
    },
    passages: [
      { section: 'need_ibasho', themes: ['ibasho'] },
      { section: 'network_wishes', themes: ['info_sharing'] },
    ],
  },
  {
    key: 'h3',
    agency: 'a8',
    date: '2024-11-11',
    interviewers: ['A市若者支援ネット', 'A保健所'],
    sections: {
      collaboration: 'つなぐ側の機関が役割や期待を明確に伝えてくれると連携しやすい。',
      need_info_sharing: '本人の全体像をどう共有するかのルールがない。',
    },
    passages: [
      { section: 'collaboration', themes: ['referral_roles'] },
      { section: 'need_info_sharing', themes: ['info_sharing'] },
    ],
  },
  {
    key: 'h4',
    agency: 'a6',
    date: '2024-11-13',
    interviewers: ['A市 生活福祉課', 'A保健所'],
    sections: {
      collaboration: '18歳で支援が終わると、その後を担う機関が分からない。',
      need_supervision: '困難な家庭への関わり方について助言がほしい。',
    },
    passages: [
      { section: 'collaboration', themes: ['age_gaps'] },
      { section: 'need_supervision', themes: ['supervision', 'family_support'] },
    ],
  },
  {
    key: 'h5',
    agency: 'a11',
    date: '2024-11-14',
    interviewers: ['A市 教育支援課', 'A保健所'],
    sections: {
      need_medical: '受診を望まない方への関わりで、医療職の助言がほしい。',
      need_ibasho: '日中に安心して過ごせる場所が足りない。',
    },
    passages: [
      { section: 'need_medical', themes: ['outreach_medical'] },
      { section: 'need_ibasho', themes: ['ibasho'] },
    ],
  },
];

// Factor values per case in this order; Y = yes, N = no, U = unknown.
const FACTOR_ORDER = FIXED_FACTORS.map((f) => f.key);
const VALUE = { Y: 'yes', N: 'no', U: 'unknown' } as const;

function factors(code: string): CasePart['factors'] {
  return Object.fromEntries(FACTOR_ORDER.map((id, i) => [id, VALUE[code[i] as keyof typeof VALUE]]));
}

type CaseRow = [
  key: string,
  agency: string,
  cls: 'good' | 'difficult',
  ageBand: CasePart['ageBand'],
  sex: CasePart['sex'],
  code: string,
  involved: string[],
  summary: string,
];

// Seed 000 §3: good cases mostly go out, have economic problems, want consultation, keep family
// contact, no violence, a clear lead agency and aligned assessments; difficult cases the reverse,
// with family health issues and no clear solution.
const CASE_ROWS: CaseRow[] = [
  [
    'c1',
    'a1',
    'good',
    '30-39',
    'male',
    'YYYYNNYYN',
    ['a8', 'a3'],
    '生活困窮の相談から本人と面談でき、就労準備支援を経て短時間の就労に至った。',
  ],
  [
    'c2',
    'a3',
    'good',
    '25-29',
    'male',
    'YYYYNNYYN',
    ['a10'],
    '居場所の利用から就労体験へ進み、サポステが中心となって支援した。',
  ],
  [
    'c3',
    'a8',
    'good',
    '40-49',
    'female',
    'YYYNNYYYN',
    ['a1', 'a5'],
    '家計相談をきっかけに障害福祉サービスの利用につながった。',
  ],
  [
    'c4',
    'a2',
    'good',
    '0-15',
    'male',
    'YNYYNNYYN',
    ['a7'],
    '不登校の中学生が学校と児童館の連携で居場所に通えるようになった。',
  ],
  [
    'c5',
    'a9',
    'good',
    '50-59',
    'male',
    'YYNYNNYNN',
    ['a4', 'a1'],
    '民生委員の気づきから世帯を把握し、社協が中心となって見守りを続けた。',
  ],
  [
    'c6',
    'a10',
    'good',
    '19-24',
    'female',
    'YYYYYNYYN',
    ['a3', 'a6'],
    '家族との関係に課題があったが、居場所を拠点に進学準備を再開した。',
  ],
  [
    'c7',
    'a5',
    'good',
    '30-39',
    'male',
    'NYYYNNNYN',
    ['a11'],
    '訪問を重ねて通所につながり、地域活動支援センターの利用が定着した。',
  ],
  [
    'c8',
    'a6',
    'good',
    '16-18',
    'female',
    'YNYNNYYYU',
    ['a2', 'a10'],
    '高校中退後、子ども子育て支援課が中心となり居場所とつないだ。',
  ],
  [
    'c9',
    'a11',
    'good',
    '40-49',
    'unknown',
    'NNNYNNNNY',
    ['a5'],
    '家族の協力で少しずつ通所を始めたが、今後の見通しは立っていない。',
  ],
  [
    'c10',
    'a1',
    'difficult',
    '50-59',
    'male',
    'NNNNYYNNY',
    ['a4', 'a9'],
    '高齢の親と同居。本人に会えず、家族も体調を崩している。',
  ],
  [
    'c11',
    'a4',
    'difficult',
    '50-59',
    'male',
    'NNNYNYNNY',
    ['a1'],
    '親の介護相談から把握したが、本人の相談意欲がなく支援が進まない。',
  ],
  [
    'c12',
    'a8',
    'difficult',
    '40-49',
    'male',
    'NYNNYYNNY',
    ['a1', 'a5'],
    '家計の課題はあるが本人が拒否的で、機関ごとに見立てが異なる。',
  ],
  [
    'c13',
    'a3',
    'difficult',
    '40-49',
    'female',
    'YNNNNYYNY',
    ['a8'],
    '49歳で若者支援の対象年齢を超え、引き継ぎ先が決まらない。',
  ],
  [
    'c14',
    'a6',
    'difficult',
    '16-18',
    'male',
    'NNYYNYNNY',
    ['a2'],
    '18歳で児童福祉の支援が終わり、その後の関わりが途切れた。',
  ],
  [
    'c15',
    'a2',
    'difficult',
    '0-15',
    'male',
    'NNNNYNNYN',
    ['a6'],
    '家庭内の暴言があり、学校と家庭の双方に関われていない。',
  ],
  [
    'c16',
    'a9',
    'difficult',
    '60-64',
    'female',
    'NYNYNYNNY',
    ['a4', 'a1'],
    '親の入院後に単身となり、生活の見通しが立たない。',
  ],
  ['c17', 'a5', 'difficult', '30-39', 'male', 'YNNNUYNNY', ['a11'], '受診を拒否しており、医療の見立てが得られない。'],
  [
    'c18',
    'a1',
    'difficult',
    '30-39',
    'female',
    'NNYNYNYYN',
    ['a8'],
    '家族からの暴言があり、本人の安全を優先して関係機関と調整中。',
  ],
  [
    'c19',
    'a10',
    'difficult',
    '25-29',
    'male',
    'NYNYNYNNY',
    ['a3'],
    '居場所の利用が途切れ、家族も精神的な不調を抱えている。',
  ],
  [
    'c20',
    'a11',
    'difficult',
    '60-64',
    'male',
    'NNNNNNYNU',
    ['a4'],
    '65歳を前に高齢施策への移行を見据えるが、本人の意向がつかめない。',
  ],
];

/** The two cases the WG picked for network meeting 2's case study (seed 000: one good, one difficult), in full. */
const CASE_STUDY_CASES: Record<string, Partial<CasePart>> = {
  c1: {
    household: ['both_parents'],
    duration: '5_10y',
    firstContact: 'family',
    startText: '母親が生活費の相談で来所し、30代の息子が7年ほど自宅中心の生活を続けていることが分かった。',
    summary:
      '生活困窮の相談から本人と面談でき、就労準備支援を経て短時間の就労に至った。最初の面談で中心となる機関と役割分担を確認した。',
    timeline: [
      { when: '1か月目', agency: 'a1', event: '母親から生活費の相談。家計の状況を確認' },
      { when: '3か月目', agency: 'a8', event: '生活自立支援センターの相談員が同行し、本人と初めて面談' },
      { when: '6か月目', agency: 'a3', event: 'サポステの就労準備プログラムに参加' },
      { when: '1年目', agency: 'a3', event: '週2日・短時間の就労を開始' },
    ],
    whatWorked: '経済的な相談をきっかけに本人に会えたこと。生活福祉課が中心となり、各機関の役割を最初に確認した。',
    missing: '就労を始めた後に、困ったとき気軽に立ち寄れる場所。',
    candidateFor: ['m2', 'm4'],
  },
  c13: {
    household: ['single_parent'],
    duration: '10y_plus',
    firstContact: 'self',
    startText: '本人が30代後半にサポステへ来所し、就労準備プログラムを利用していた。',
    summary:
      '49歳で若者支援の対象年齢を超え、引き継ぎ先が決まらない。体調の波があり通所が続かず、同居の母親も通院している。',
    timeline: [
      { when: '5年前', agency: 'a3', event: 'サポステに来所し、就労準備プログラムを利用' },
      { when: '2年前', agency: 'a3', event: '体調を崩し、通所が不定期になる' },
      { when: '今年度', agency: 'a3', event: '49歳を迎え、サポステの対象年齢を超える' },
      { when: '今年度', agency: 'a8', event: '生活自立支援センターに相談をつなぐが、本人が来所できていない' },
    ],
    gapPoints: ['youth_age_limit'],
    gapText: '若者支援の年齢上限（49歳）で、長く関わってきた支援者との関係が切れかけている。',
    missing: '40代以降を継続して担当する機関と、受診を望まない人について医療の見立てを得る方法。',
    candidateFor: ['m2', 'm4'],
  },
};

/** About twenty case sheets (9 good, 11 difficult) reproducing seed 000's factor pattern. */
export const DEMO_CASES: CasePart[] = CASE_ROWS.map(
  ([key, agency, classification, ageBand, sex, code, involvedAgencies, summary]) => ({
    key,
    agency,
    classification,
    ageBand,
    sex,
    factors: factors(code),
    involvedAgencies,
    summary,
    // consent basis (DOMAIN.md §6): difficult cases are often shared only inside a support meeting
    consent: classification === 'good' ? 'person' : Number(key.slice(1)) % 2 ? 'family_only' : 'support_meeting_only',
    ...CASE_STUDY_CASES[key],
  }),
);

type Views = [couldDo: string, wouldNeed: string, stepIn: string];

function caseStudy(
  meeting: string,
  caseKey: string,
  shared: Record<'reason' | 'gaps' | 'shared_assessment' | 'conclusions' | 'actions', string>,
  views: Record<string, Views>,
): CaseStudyPart {
  const sections: Record<string, string> = { ...shared };
  for (const [agency, [couldDo, wouldNeed, stepIn]] of Object.entries(views)) {
    sections[`agency__${agency}__could_do`] = couldDo;
    sections[`agency__${agency}__would_need`] = wouldNeed;
    sections[`agency__${agency}__step_in`] = stepIn;
  }
  return { meeting, case: caseKey, sections };
}

/** Network meeting 2: the good case c1 and the difficult case c13, with every attending agency's view. */
export const DEMO_CASE_STUDIES: CaseStudyPart[] = [
  caseStudy(
    'm4',
    'c1',
    {
      reason:
        '生活困窮の相談から本人に会え、複数の機関の役割分担で就労につながった好事例。経済的な問題が支援の入口になった点を共有するために取り上げた。',
      gaps: '就労を始めた後の相談先が決まっておらず、職場で困ったときに戻れる場所がない。30代が気軽に使える居場所も少ない。',
      shared_assessment:
        '本人：外出はでき、働きたい気持ちがある。対人場面での緊張が強い。家族：母親は相談に前向きだが、父親の収入が減り家計が苦しい。',
      conclusions:
        '最初の面談で中心となる機関と役割を確認したことが、支援がつながった要因。つなぐ側が「何をお願いしたいか」を伝えることが大切だと確認した。',
      actions:
        '生活福祉課が中心となり、就労後3か月は月1回の面談を続ける。サポステは職場との調整、生活自立支援センターは家計の相談、居場所「ひだまり」は就労後の立ち寄り先を担う。',
    },
    {
      a1: [
        'ケースの中心として、家計と手続きの相談を続けられる。',
        '就労後の収入の変化に合わせて、制度の切り替えを説明する時間。',
        '最初の相談の段階から',
      ],
      a2: [
        '直接の関わりはないが、学齢期の不登校の経過を振り返る視点を提供できる。',
        '中学校卒業後の進路の情報を引き継ぐ仕組み。',
        '義務教育の期間',
      ],
      a3: [
        '就労準備プログラムと職場体験の調整ができた。',
        '就労後の定着支援に使える時間と人手。',
        '外出ができ、働く意欲が出てきた段階',
      ],
      a4: [
        '親の介護が必要になったときに、地域包括支援センターと一緒に関われる。',
        '世帯全体の状況を共有する場。',
        '親の介護の相談が始まった段階',
      ],
      a5: [
        '障害の有無を見立て、必要なら福祉サービスの利用を提案できる。',
        '本人の同意のもとで情報を共有すること。',
        '就労がうまくいかなくなったとき',
      ],
      a6: [
        '今回は関わりがないが、世帯に子どもがいれば子育ての相談を受けられる。',
        '世帯の中に支援が必要な子どもがいるかの情報。',
        '家族に18歳以下の子どもがいる場合',
      ],
      a7: [
        '10代のうちに居場所につながる機会を作れる。',
        '中高生年代で気になる子の情報を早めに共有すること。',
        '10代の段階',
      ],
      a8: [
        '本人との初回面談に同行し、家計の見直しを支援した。',
        '同行支援を続けられる人員。',
        '家計の相談と合わせて本人に会える段階',
      ],
      a9: [
        '地域の見守りと、地域活動への参加の機会を紹介できる。',
        '本人が参加しやすい活動の情報を集めること。',
        '就労が安定してきた段階',
      ],
      a10: [
        '就労後も夕方や休日に立ち寄れる居場所を提供できる。',
        '30代も気軽に来られることを周知すること。',
        '就労後、悩みを話せる場が必要になったとき',
      ],
      a11: [
        '体調を崩したときに、医療とつながった日中の通所先になれる。',
        '医療機関への受診に同行できる体制。',
        '体調の変化が見られたとき',
      ],
    },
  ),
  caseStudy(
    'm4',
    'c13',
    {
      reason:
        '49歳で若者支援の対象年齢を超え、支援が途切れかけている困難事例。アンケートで40代の支援件数が少なかったことと重なるため取り上げた。',
      gaps: '若者支援（49歳まで）と年齢を問わない相談機関の間で、引き継ぎの方法が決まっていない。40代以降を継続して担当する機関がない。',
      shared_assessment:
        '本人：外出はできるが体調の波があり、通所が続かない。就労への不安が強い。家族：同居の母親が通院中で、本人の今後を心配している。',
      conclusions:
        '対象年齢の上限を迎える前に、次の担当機関と一緒に本人と会う「重なり」の期間が必要。医療の見立てを得る仕組みがないことも課題として確認した。',
      actions:
        'サポステと生活自立支援センターが合同で面談し、担当を引き継ぐ。障害者福祉課と地域活動支援センター「こもれび」が受診と通所の相談に応じる。保健所に医療面の助言を依頼する。',
    },
    {
      a1: [
        '経済面の相談を、年齢に関係なく受けられる。',
        '本人の状況をまとめた引き継ぎの資料。',
        '家計が苦しくなったとき',
      ],
      a2: [
        '直接の関わりはないが、学齢期からの経過を振り返る際に協力できる。',
        '義務教育後の情報を引き継ぐ仕組み。',
        '学齢期',
      ],
      a3: [
        'これまでの経過と本人の強みを、次の担当機関に伝えられる。',
        '対象年齢を超えた後も、一定の期間は関われる仕組み。',
        '49歳を迎える前の1年間',
      ],
      a4: [
        '母親の通院や今後の介護の相談を、地域包括支援センターと受けられる。',
        '母親と本人それぞれの支援者が情報を共有する場。',
        '母親の介護が必要になったとき',
      ],
      a5: [
        '障害の見立てと、障害福祉サービスの利用を相談できる。',
        '本人が受診に同意すること。医療機関との連携。',
        '体調の波が続くとき',
      ],
      a6: [
        '直接の関わりはないが、年齢による支援の切れ目という課題を共有できる。',
        '年齢で区切らずに相談を受け止める考え方の共有。',
        '18歳までの段階',
      ],
      a7: [
        '若者の居場所の運営経験から、同世代の仲間がいる場の大切さを伝えられる。',
        '40代も利用できる居場所の情報。',
        '10代の段階',
      ],
      a8: [
        '年齢を問わず相談を受け、同行支援と就労準備支援を引き継げる。',
        'サポステとの合同面談の時間と、これまでの記録の共有。',
        '49歳を迎える前から',
      ],
      a9: [
        '地域の居場所やボランティア活動を紹介できる。',
        '40代の人が参加しやすい活動を増やすこと。',
        '体調が安定してきた段階',
      ],
      a10: [
        '対象は39歳までのため受け入れは難しいが、居場所の運営の工夫を共有できる。',
        '対象年齢を超えた人の行き先の一覧。',
        '39歳までの段階',
      ],
      a11: [
        '日中に安心して過ごせる通所先になれる。精神科医療との連携もできる。',
        '本人が見学に来られるよう、同行してくれる機関。',
        '通所が途切れがちになった段階',
      ],
    },
  ),
];

type Card = GroupWorkPart['cards'] extends (infer C)[] | undefined ? C : never;
const voted = (text: string, votes: number, candidate = false): Card => ({
  text,
  votes,
  ...(candidate ? { candidate } : {}),
});

/**
 * Network meeting 1's group work (three tables of agencies, three prompts), with the dot votes
 * taken at the end; cards marked as candidates became rows of the issues table.
 */
const GROUP_WORK_CARDS: Record<string, Record<'自機関の強み' | '他機関に期待すること' | '連携上の課題', Card[]>> = {
  A: {
    自機関の強み: [
      '経済的な支援と手続きを一体で進められる',
      '登校していない段階から家庭訪問ができる',
      '家庭全体を見て、保護者と関係を作りやすい',
      '民生委員とのつながりで、地域の気づきを拾える',
    ],
    他機関に期待すること: [
      voted('つなぐときに、何をお願いしたいのかを一言添えてほしい', 4, true),
      '18歳以降も関わり続けられる機関を教えてほしい',
      '医療の見立てについて相談できる先がほしい',
    ],
    連携上の課題: [
      voted('18歳で児童福祉の支援が終わると、関わりが途切れる', 5),
      '機関ごとに本人の見立てが違い、方針がそろわない',
      '個人情報をどこまで共有してよいかの基準がない',
      '担当者の異動で、機関どうしのつながりがリセットされる',
    ],
  },
  B: {
    自機関の強み: [
      '就労体験の受け入れ先を多く持っている',
      '年齢を問わず相談を受け、同行支援ができる',
      '障害福祉サービスの利用を調整できる',
      '予約なしで来られる居場所がある',
    ],
    他機関に期待すること: [
      voted('49歳を過ぎた人の相談を引き継げる先がほしい', 3),
      voted('受診を望まない人への関わり方を、医療職に助言してほしい', 4),
      '居場所に来られるようになった後の次の一歩を、一緒に考えてほしい',
    ],
    連携上の課題: [
      voted('49歳で若者支援の対象から外れ、引き継ぎ先が決まらない', 4),
      voted('事例について助言を受ける機会（スーパーバイズ）がない', 5, true),
      '本人に会えないまま、家族の相談だけが続く',
    ],
  },
  C: {
    自機関の強み: [
      '地域包括支援センターを通じて、高齢世帯に早く気づける',
      '児童館など身近な居場所を運営している',
      '精神科医療とのつながりがあり、日中の通所先になれる',
    ],
    他機関に期待すること: [
      voted('親の介護の相談で分かった子の相談を受けてほしい', 3),
      '高校生年代が立ち寄れる場所の情報を共有してほしい',
      voted('各機関の対象年齢と役割の一覧がほしい', 6, true),
      '通所が途切れた人への訪問を一緒にしてほしい',
    ],
    連携上の課題: [
      voted('60代前半は高齢施策の対象前で、担当する機関がない', 3),
      voted('8050世帯では親と子で担当が分かれ、情報がつながらない', 2),
      'ケース会議を開く場と、呼びかける役割が決まっていない',
    ],
  },
};

export const DEMO_GROUP_WORK: GroupWorkPart[] = (
  ['自機関の強み', '他機関に期待すること', '連携上の課題'] as const
).flatMap((prompt) =>
  Object.entries(GROUP_WORK_CARDS).map(([group, cards]) => ({ meeting: 'm3', group, prompt, cards: cards[prompt] })),
);

/** Seed 000 表2: the four problems and the issues drawn from them. */
export const DEMO_ISSUES: IssuePart[] = [
  {
    problem: '長期にわたる継続的な支援が難しい',
    issue: '関係者との信頼関係の形成',
    source: 'hearing',
    status: 'discussing',
    sources: [{ theme: 'supervision' }, { case: 'c11' }],
  },
  {
    problem: '相談機関間のアセスメントが一致しないと、支援がつながらない',
    issue: '情報共有の課題（支援対象者の全体像をどう共有するか）',
    source: 'case',
    status: 'discussing',
    sources: [{ case: 'c12' }, { hearing: 'h3', passage: 1 }],
  },
  {
    problem: '各支援機関の機能・役割・強みが認識されていないとつながらない、活用できない',
    issue: '支援機関同士の相互理解（機能・役割・強みの共通認識）',
    source: 'hearing',
    status: 'in_progress',
    nextStep: '第3回ネットワーク会議で機関の機能・役割の一覧を検討する',
    sources: [{ theme: 'referral_roles' }, { meeting: 'm4' }],
  },
  {
    problem: '当事者の多様なニーズに合わせた相談先、居場所、支援機関がない',
    issue: '社会資源をどうつくるか',
    source: 'meeting',
    status: 'not_started',
    sources: [{ theme: 'ibasho' }, { meeting: 'm5' }],
  },
];

/** The whole demo bundle (a fresh copy each call). */
export function demoBundle(): Bundle {
  return structuredClone({
    format: BUNDLE_FORMAT,
    project: DEMO_PROJECT,
    agencies: AGENCIES.map(({ key, name, kind, field, ageMin, ageMax }) => ({
      key,
      name,
      kind,
      field,
      ageMin,
      ageMax,
    })),
    questionnaire: {
      responses: AGENCIES.map((a) => ({ agency: a.key, submittedAt: a.submittedAt, answers: answersOf(a) })),
    },
    hearings: DEMO_HEARINGS,
    cases: DEMO_CASES,
    meetings: MEETINGS,
    caseStudies: DEMO_CASE_STUDIES,
    groupWork: DEMO_GROUP_WORK,
    issues: DEMO_ISSUES,
  });
}
