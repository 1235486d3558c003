// The demo project "A市" as a bundle (renkei-bundle/1), modelled on seed 000 (the FY2024 model
// project) with fictional agencies of the same kinds (DOMAIN.md §5.1) — never real names paired
// with invented figures. The questionnaire reproduces seed 000's findings (DOMAIN.md §5.5):
// caseloads dip at 16–18, 40–49 and 60–64; agencies serving only up to 18 need 8–12 contacts per
// case and the others 3–5; staff hold exactly 13 distinct qualifications.
//
// Everything, project details included, goes through the bundle format, so loading the demo
// exercises the importer end to end.
import { BUNDLE_FORMAT, type Bundle } from '../bundle/sections/index.ts';
import type { AgencyPart } from '../bundle/sections/agencies.ts';
import type { CasePart } from '../bundle/sections/cases.ts';
import type { HearingPart } from '../bundle/sections/hearings.ts';
import type { IssuePart } from '../bundle/sections/issues.ts';
import type { MeetingPart } from '../bundle/sections/meetings.ts';
import type { ProjectPart } from '../bundle/sections/project.ts';
import { AGE_BAND_KEYS } from '../questionnaire/ageBands.ts';

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
    key: 'a1', name: 'A市 健康福祉部 生活福祉課', kind: '行政 部署', field: 'welfare_ibasho', ageMin: 15, ageMax: null,
    caseload: [0, 1, 6, 8, 14, 9, 20, 4, 5], contacts: 235, operator: '市直営', fields: ['生活福祉（自立支援・生活困窮）'],
    professions: ['社会福祉士', '精神保健福祉士'],
    support: ['窓口での相談支援', '訪問支援（アウトリーチ）', '関係機関の紹介・つなぎ', '手続き・経済的支援', '家族相談・家族支援'],
    partners: ['生活困窮者自立支援機関', '社会福祉協議会', '地域包括支援センター', '若者サポートステーション', '保健所'],
    challengeTypes: ['人員が不足している', '長期の継続支援が難しい', '機関間でアセスメントが一致しない'],
    challenges: '生活保護の相談から把握した世帯で、本人に会えないまま長期化している例がある。',
    strengths: '経済的な支援と手続きを一体で進められる。', submittedAt: '2024-10-21T15:20:00+09:00',
  },
  {
    key: 'a2', name: 'A市 教育部 教育支援課', kind: '行政 部署', field: 'education', ageMin: 6, ageMax: 15,
    caseload: [30, 0, 0, 0, 0, 0, 0, 0, 0], contacts: 300, operator: '市直営', fields: ['教育'],
    professions: ['教員', '公認心理師', '社会教育主事'],
    support: ['窓口での相談支援', '訪問支援（アウトリーチ）', '学習・就学支援', '家族相談・家族支援'],
    partners: ['学校・教育機関（スクールカウンセラー・スクールソーシャルワーカー含む）', '子ども・若者相談センター', '保健センター'],
    challengeTypes: ['年齢・制度の切れ目で支援が途切れる', 'つなぎ先がない'],
    challenges: '中学校卒業後の進路が決まらない生徒について、引き継ぐ先が分からない。',
    strengths: '学校と連携し、登校していない段階から家庭訪問ができる。', submittedAt: '2024-10-18T17:05:00+09:00',
  },
  {
    key: 'a3', name: 'NPO法人 A市若者支援ネット（地域若者サポートステーション）', kind: '地域若者サポートステーション', field: 'employment', ageMin: 15, ageMax: 49,
    caseload: [0, 2, 18, 16, 16, 4, 0, 0, 0], contacts: 252, operator: 'NPO法人', fields: ['就労', '居場所・地域活動'],
    professions: ['キャリアコンサルタント', '臨床心理士'],
    support: ['窓口での相談支援', '就労支援・就労準備支援', '居場所の提供', '当事者会・家族会の開催・支援', '講演会・研修・普及啓発'],
    partners: ['ハローワーク', '生活困窮者自立支援機関', '企業・商工会', 'NPO法人'],
    challengeTypes: ['スーパーバイズを受ける機会がない', '医療の見立てが得られない', '年齢・制度の切れ目で支援が途切れる'],
    challenges: '49歳を過ぎた利用者の引き継ぎ先がない。アウトリーチの際に医療の見立てがほしい。',
    strengths: '就労体験の受け入れ先を多く持っている。', submittedAt: '2024-10-22T11:40:00+09:00',
  },
  {
    key: 'a4', name: 'A市 健康福祉部 高齢者支援課', kind: '行政 部署', field: 'welfare_ibasho', ageMin: 65, ageMax: null,
    caseload: [0, 0, 0, 0, 0, 0, 0, 0, 18], contacts: 90, operator: '市直営', fields: ['高齢'],
    professions: ['保健師', '介護支援専門員', '主任介護支援専門員', '社会福祉士'],
    support: ['窓口での相談支援', '訪問支援（アウトリーチ）', '関係機関の紹介・つなぎ', '家族相談・家族支援'],
    partners: ['地域包括支援センター', '社会福祉協議会', '地域の民生委員・児童委員', '医療機関'],
    challengeTypes: ['他機関の機能・役割が分からない', '本人に会えない・相談意欲がない'],
    challenges: '高齢の親の介護相談から同居の子のひきこもりが分かるが、子の相談先が分からない。',
    strengths: '地域包括支援センターを通じて高齢世帯に早く気づける。', submittedAt: '2024-10-24T09:15:00+09:00',
  },
  {
    key: 'a5', name: 'A市 健康福祉部 障害者福祉課', kind: '行政 部署', field: 'welfare_ibasho', ageMin: 18, ageMax: 64,
    caseload: [0, 0, 5, 6, 10, 6, 12, 2, 0], contacts: 139, operator: '市直営', fields: ['障害福祉'],
    professions: ['社会福祉士', '精神保健福祉士', '相談支援専門員'],
    support: ['窓口での相談支援', '関係機関の紹介・つなぎ', '医療受診・医療へのつなぎ', '手続き・経済的支援'],
    partners: ['基幹相談支援センター', '医療機関', '精神保健福祉センター', '保健所'],
    challengeTypes: ['医療機関との情報共有・連携が不十分', '支援者の精神的負担が大きい'],
    challenges: '障害の疑いがあっても本人が受診を望まず、制度の利用につながらない。',
    strengths: '障害福祉サービスの利用調整ができる。', submittedAt: '2024-10-23T16:30:00+09:00',
  },
  {
    key: 'a6', name: 'A市 子ども家庭部 子ども子育て支援課', kind: '行政 部署', field: 'welfare_ibasho', ageMin: 0, ageMax: 18,
    caseload: [20, 4, 0, 0, 0, 0, 0, 0, 0], contacts: 264, operator: '市直営', fields: ['子ども家庭'],
    professions: ['保育士', '保健師', '社会福祉士'],
    support: ['窓口での相談支援', '訪問支援（アウトリーチ）', '家族相談・家族支援', '関係機関の紹介・つなぎ'],
    partners: ['学校・教育機関（スクールカウンセラー・スクールソーシャルワーカー含む）', '子ども・若者相談センター', '保健センター'],
    challengeTypes: ['年齢・制度の切れ目で支援が途切れる', '支援者の精神的負担が大きい'],
    challenges: '18歳で児童福祉の支援が終わると、継続して関わる機関がなくなる。',
    strengths: '家庭全体を見た支援ができ、保護者と関係を作りやすい。', submittedAt: '2024-10-25T10:50:00+09:00',
  },
  {
    key: 'a7', name: 'A市 子ども家庭部 児童青少年課', kind: '行政 部署', field: 'education', ageMin: 6, ageMax: 18,
    caseload: [12, 5, 0, 0, 0, 0, 0, 0, 0], contacts: 153, operator: '市直営', fields: ['青少年', '居場所・地域活動'],
    professions: ['教員', '社会福祉士'],
    support: ['居場所の提供', '窓口での相談支援', '当事者会・家族会や居場所の紹介'],
    partners: ['学校・教育機関（スクールカウンセラー・スクールソーシャルワーカー含む）', 'NPO法人', 'ボランティア団体'],
    challengeTypes: ['居場所が不足している', '他機関の機能・役割が分からない'],
    challenges: '高校生年代が気軽に立ち寄れる場所が少ない。',
    strengths: '児童館など身近な居場所を運営している。', submittedAt: '2024-10-19T13:00:00+09:00',
  },
  {
    key: 'a8', name: 'A市 生活自立支援センター', kind: '生活困窮者自立相談支援機関', field: 'welfare_ibasho', ageMin: 15, ageMax: null,
    caseload: [0, 1, 4, 6, 10, 7, 10, 1, 2], contacts: 172, operator: '市委託', fields: ['生活福祉（自立支援・生活困窮）', '就労'],
    professions: ['社会福祉士', '精神保健福祉士'],
    support: ['窓口での相談支援', '訪問支援（アウトリーチ）', '就労支援・就労準備支援', '手続き・経済的支援', '居場所等への同行支援'],
    partners: ['社会福祉協議会', 'ハローワーク', '若者サポートステーション', '地域包括支援センター'],
    challengeTypes: ['長期の継続支援が難しい', '機関間でアセスメントが一致しない', '人員が不足している'],
    challenges: '家計の相談から始まった支援が、本人の状態が見えないまま止まってしまう。',
    strengths: '年齢を問わず相談を受け、同行支援ができる。', submittedAt: '2024-10-24T14:10:00+09:00',
  },
  {
    key: 'a9', name: '社会福祉法人 A市社会福祉協議会', kind: '社会福祉協議会', field: 'welfare_ibasho', ageMin: 0, ageMax: null,
    caseload: [4, 1, 4, 5, 8, 5, 12, 3, 10], contacts: 208, operator: '社会福祉協議会', fields: ['居場所・地域活動', '生活福祉（自立支援・生活困窮）'],
    professions: ['社会福祉士', '介護支援専門員'],
    support: ['窓口での相談支援', '居場所の提供', '当事者会・家族会や居場所の紹介', '家族相談・家族支援', '講演会・研修・普及啓発'],
    partners: ['地域の民生委員・児童委員', 'ボランティア団体', '地域包括支援センター', '生活困窮者自立支援機関'],
    challengeTypes: ['ひきこもりに係る知識・支援ノウハウが不十分', 'スーパーバイズを受ける機会がない'],
    challenges: '民生委員から情報は入るが、本人や家族との関係づくりに時間がかかる。',
    strengths: '地域のつながりを活かした見守りと居場所づくり。', submittedAt: '2024-10-22T09:45:00+09:00',
  },
  {
    key: 'a10', name: 'NPO法人 A市若者支援ネット 居場所「ひだまり」', kind: 'NPO', field: 'welfare_ibasho', ageMin: 15, ageMax: 39,
    caseload: [0, 1, 8, 6, 6, 0, 0, 0, 0], contacts: 84, operator: 'NPO法人', fields: ['居場所・地域活動'],
    professions: ['精神保健福祉士'],
    support: ['居場所の提供', '当事者会・家族会の開催・支援', '電話・メール・SNS相談'],
    partners: ['若者サポートステーション', 'NPO法人', '当事者会・家族会'],
    challengeTypes: ['人員が不足している', '医療機関との情報共有・連携が不十分'],
    challenges: '居場所に来られるようになった後の次の一歩につなぐ先が少ない。',
    strengths: '予約なしで来られる居場所と、同世代のピアの関わり。', submittedAt: '2024-10-20T18:25:00+09:00',
  },
  {
    key: 'a11', name: '地域活動支援センター「こもれび」', kind: '地域活動支援センター', field: 'health_medical', ageMin: 18, ageMax: 64,
    caseload: [0, 0, 3, 3, 6, 4, 6, 0, 0], contacts: 70, operator: '社会福祉法人', fields: ['障害福祉', '保健・医療', '居場所・地域活動'],
    professions: ['精神保健福祉士', '看護師'],
    support: ['居場所の提供', '窓口での相談支援', '医療受診・医療へのつなぎ'],
    partners: ['医療機関', '基幹相談支援センター', '保健所'],
    challengeTypes: ['他機関の機能・役割が分からない', '本人に会えない・相談意欲がない'],
    challenges: '通所が途切れた方への訪問の体制が取れない。',
    strengths: '精神科医療とのつながりがあり、日中の通所先になれる。', submittedAt: '2024-10-25T16:55:00+09:00',
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

// Seed 000's year: WG 9/26 and 11/29, network meetings 12/24, 1/28 and 2/21 (FY2024).
const MEETINGS: MeetingPart[] = [
  { key: 'm1', kind: 'working_group', title: '第1回 ワーキンググループ', date: '2024-09-26', agenda: ['事業の目的と年間スケジュール', '実態調査（アンケート・ヒアリング・事例提供）の内容検討'] },
  { key: 'm2', kind: 'working_group', title: '第2回 ワーキンググループ', date: '2024-11-29', agenda: ['実態調査の結果共有と分析', '提供事例の確認', 'ネットワーク会議の企画'] },
  { key: 'm3', kind: 'network', title: '第1回 ネットワーク会議', date: '2024-12-24', agenda: ['実態調査等の結果の共有', '見えてきた連携上の課題についての意見交換'] },
  { key: 'm4', kind: 'network', title: '第2回 ネットワーク会議', date: '2025-01-28', agenda: ['事例検討（好事例・困難事例）', '連携上の課題についての意見交換'] },
  { key: 'm5', kind: 'network', title: '第3回 ネットワーク会議', date: '2025-02-21', agenda: ['課題の共有', '効果的な支援や連携促進のためのツールの検討', '次年度に向けて'] },
];

/** Hearings by WG members and health-centre staff (seed 000: 11/7–14), tagged with the default theme keys. */
export const DEMO_HEARINGS: HearingPart[] = [
  {
    key: 'h1', agency: 'a3', date: '2024-11-07', interviewers: ['A市 生活福祉課', 'A保健所'],
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
  },
  {
    key: 'h2', agency: 'a9', date: '2024-11-08', interviewers: ['A市 教育支援課', 'A保健所'],
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
    key: 'h3', agency: 'a8', date: '2024-11-11', interviewers: ['A市若者支援ネット', 'A保健所'],
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
    key: 'h4', agency: 'a6', date: '2024-11-13', interviewers: ['A市 生活福祉課', 'A保健所'],
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
    key: 'h5', agency: 'a11', date: '2024-11-14', interviewers: ['A市 教育支援課', 'A保健所'],
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
const FACTOR_ORDER = [
  'goes_out',
  'economic_problem',
  'wants_consultation',
  'family_interaction',
  'violence_or_neglect',
  'family_health_issue',
  'core_agency_clear_roles',
  'assessment_aligned',
  'no_clear_solution',
] as const;
const VALUE = { Y: 'yes', N: 'no', U: 'unknown' } as const;

function factors(code: string): CasePart['factors'] {
  return Object.fromEntries(FACTOR_ORDER.map((id, i) => [id, VALUE[code[i] as keyof typeof VALUE]]));
}

type CaseRow = [key: string, agency: string, cls: 'good' | 'difficult', ageBand: CasePart['ageBand'], sex: CasePart['sex'], code: string, involved: string[], summary: string];

// Seed 000 §3: good cases mostly go out, have economic problems, want consultation, keep family
// contact, no violence, a clear lead agency and aligned assessments; difficult cases the reverse,
// with family health issues and no clear solution.
const CASE_ROWS: CaseRow[] = [
  ['c1', 'a1', 'good', '30-39', 'male', 'YYYYNNYYN', ['a8', 'a3'], '生活困窮の相談から本人と面談でき、就労準備支援を経て短時間の就労に至った。'],
  ['c2', 'a3', 'good', '25-29', 'male', 'YYYYNNYYN', ['a10'], '居場所の利用から就労体験へ進み、サポステが中心となって支援した。'],
  ['c3', 'a8', 'good', '40-49', 'female', 'YYYNNYYYN', ['a1', 'a5'], '家計相談をきっかけに障害福祉サービスの利用につながった。'],
  ['c4', 'a2', 'good', '0-15', 'male', 'YNYYNNYYN', ['a7'], '不登校の中学生が学校と児童館の連携で居場所に通えるようになった。'],
  ['c5', 'a9', 'good', '50-59', 'male', 'YYNYNNYNN', ['a4', 'a1'], '民生委員の気づきから世帯を把握し、社協が中心となって見守りを続けた。'],
  ['c6', 'a10', 'good', '19-24', 'female', 'YYYYYNYYN', ['a3', 'a6'], '家族との関係に課題があったが、居場所を拠点に進学準備を再開した。'],
  ['c7', 'a5', 'good', '30-39', 'male', 'NYYYNNNYN', ['a11'], '訪問を重ねて通所につながり、地域活動支援センターの利用が定着した。'],
  ['c8', 'a6', 'good', '16-18', 'female', 'YNYNNYYYU', ['a2', 'a10'], '高校中退後、子ども子育て支援課が中心となり居場所とつないだ。'],
  ['c9', 'a11', 'good', '40-49', 'unknown', 'NNNYNNNNY', ['a5'], '家族の協力で少しずつ通所を始めたが、今後の見通しは立っていない。'],
  ['c10', 'a1', 'difficult', '50-59', 'male', 'NNNNYYNNY', ['a4', 'a9'], '高齢の親と同居。本人に会えず、家族も体調を崩している。'],
  ['c11', 'a4', 'difficult', '50-59', 'male', 'NNNYNYNNY', ['a1'], '親の介護相談から把握したが、本人の相談意欲がなく支援が進まない。'],
  ['c12', 'a8', 'difficult', '40-49', 'male', 'NYNNYYNNY', ['a1', 'a5'], '家計の課題はあるが本人が拒否的で、機関ごとに見立てが異なる。'],
  ['c13', 'a3', 'difficult', '40-49', 'female', 'YNNNNYYNY', ['a8'], '49歳で若者支援の対象年齢を超え、引き継ぎ先が決まらない。'],
  ['c14', 'a6', 'difficult', '16-18', 'male', 'NNYYNYNNY', ['a2'], '18歳で児童福祉の支援が終わり、その後の関わりが途切れた。'],
  ['c15', 'a2', 'difficult', '0-15', 'male', 'NNNNYNNYN', ['a6'], '家庭内の暴言があり、学校と家庭の双方に関われていない。'],
  ['c16', 'a9', 'difficult', '60-64', 'female', 'NYNYNYNNY', ['a4', 'a1'], '親の入院後に単身となり、生活の見通しが立たない。'],
  ['c17', 'a5', 'difficult', '30-39', 'male', 'YNNNUYNNY', ['a11'], '受診を拒否しており、医療の見立てが得られない。'],
  ['c18', 'a1', 'difficult', '30-39', 'female', 'NNYNYNYYN', ['a8'], '家族からの暴言があり、本人の安全を優先して関係機関と調整中。'],
  ['c19', 'a10', 'difficult', '25-29', 'male', 'NYNYNYNNY', ['a3'], '居場所の利用が途切れ、家族も精神的な不調を抱えている。'],
  ['c20', 'a11', 'difficult', '60-64', 'male', 'NNNNNNYNU', ['a4'], '65歳を前に高齢施策への移行を見据えるが、本人の意向がつかめない。'],
];

/** About twenty case sheets (9 good, 11 difficult) reproducing seed 000's factor pattern. */
export const DEMO_CASES: CasePart[] = CASE_ROWS.map(([key, agency, classification, ageBand, sex, code, involvedAgencies, summary]) => ({
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
}));

/** Seed 000 表2: the four problems and the issues drawn from them. */
export const DEMO_ISSUES: IssuePart[] = [
  { problem: '長期にわたる継続的な支援が難しい', issue: '関係者との信頼関係の形成', source: 'hearing', status: 'discussing', sources: [{ theme: 'supervision' }, { case: 'c11' }] },
  {
    problem: '相談機関間のアセスメントが一致しないと、支援がつながらない', issue: '情報共有の課題（支援対象者の全体像をどう共有するか）', source: 'case', status: 'discussing',
    sources: [{ case: 'c12' }, { hearing: 'h3', passage: 1 }],
  },
  {
    problem: '各支援機関の機能・役割・強みが認識されていないとつながらない、活用できない', issue: '支援機関同士の相互理解（機能・役割・強みの共通認識）', source: 'hearing', status: 'in_progress',
    nextStep: '第3回ネットワーク会議で機関の機能・役割の一覧を検討する', sources: [{ theme: 'referral_roles' }, { meeting: 'm4' }],
  },
  { problem: '当事者の多様なニーズに合わせた相談先、居場所、支援機関がない', issue: '社会資源をどうつくるか', source: 'meeting', status: 'not_started', sources: [{ theme: 'ibasho' }, { meeting: 'm5' }] },
];

/** The whole demo bundle (a fresh copy each call). */
export function demoBundle(): Bundle {
  return structuredClone({
    format: BUNDLE_FORMAT,
    project: DEMO_PROJECT,
    agencies: AGENCIES.map(({ key, name, kind, field, ageMin, ageMax }) => ({ key, name, kind, field, ageMin, ageMax })),
    questionnaire: { responses: AGENCIES.map((a) => ({ agency: a.key, submittedAt: a.submittedAt, answers: answersOf(a) })) },
    hearings: DEMO_HEARINGS,
    cases: DEMO_CASES,
    meetings: MEETINGS,
    issues: DEMO_ISSUES,
  });
}
