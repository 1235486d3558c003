// Option lists of the support case sheet (支援事例シート): DOMAIN.md §3.3, with the nine fixed
// factors and the classification/sex values of BUNDLE.md.
import { AGE_BANDS } from './questionnaire.ts';

type Option<V extends string = string> = { value: V; label: string };
const labels = <V extends string>(opts: readonly Option<V>[]) =>
  Object.fromEntries(opts.map((o) => [o.value, o.label])) as Record<V, string>;

export const CLASSIFICATIONS = [
  { value: 'good', label: '好事例' },
  { value: 'difficult', label: '困難事例' },
] as const;
export type Classification = (typeof CLASSIFICATIONS)[number]['value'];
export const CLASSIFICATION_LABEL = labels(CLASSIFICATIONS);

export const CASE_AGE_BANDS = [
  ...AGE_BANDS.map((b) => ({ value: b.key as string, label: b.label })),
  { value: 'unknown', label: '不明' },
];
export const CASE_AGE_BAND_LABEL = labels(CASE_AGE_BANDS);

export const SEXES = [
  { value: 'male', label: '男性' },
  { value: 'female', label: '女性' },
  { value: 'other', label: 'その他' },
  { value: 'unknown', label: '不明' },
] as const;
export type Sex = (typeof SEXES)[number]['value'];
export const SEX_LABEL = labels(SEXES);

export const HOUSEHOLDS = [
  { value: 'both_parents', label: '両親と同居' },
  { value: 'single_parent', label: 'ひとり親と同居' },
  { value: 'siblings', label: 'きょうだいと同居' },
  { value: 'elderly_parent_8050', label: '高齢の親と同居（8050）' },
  { value: 'alone', label: '単身' },
  { value: 'other', label: 'その他' },
] as const;
export const HOUSEHOLD_LABEL = labels(HOUSEHOLDS);

export const DURATIONS = [
  { value: 'lt_6m', label: '6か月未満' },
  { value: '6m_1y', label: '6か月〜1年' },
  { value: '1_3y', label: '1〜3年' },
  { value: '3_5y', label: '3〜5年' },
  { value: '5_10y', label: '5〜10年' },
  { value: '10y_plus', label: '10年以上' },
  { value: 'unknown', label: '不明' },
] as const;
export const DURATION_LABEL = labels(DURATIONS);

/** Who first asked for help (seed 001 Q7 labels plus other agencies). */
export const FIRST_CONTACTS = [
  { value: 'self', label: '本人' },
  { value: 'family', label: '家族・親族' },
  { value: 'city_section', label: '庁内の関連部局' },
  { value: 'minsei_iin', label: '民生委員・児童委員' },
  { value: 'school', label: '学校・教育機関' },
  { value: 'other_agency', label: '他の支援機関' },
  { value: 'other', label: 'その他' },
] as const;
export const FIRST_CONTACT_LABEL = labels(FIRST_CONTACTS);

/** DOMAIN.md §6: every case carries its consent basis. */
export const CONSENTS = [
  { value: 'person', label: '本人同意あり' },
  { value: 'family_only', label: '家族のみ同意' },
  { value: 'support_meeting_only', label: '同意なし（支援会議内のみ）' },
  { value: 'unknown', label: '不明' },
] as const;
export type Consent = (typeof CONSENTS)[number]['value'];
export const CONSENT_LABEL = labels(CONSENTS);

/** Where the person fell (or could fall) between systems (000:63-65, 243). */
export const GAP_POINTS = [
  { value: 'compulsory_school_end', label: '義務教育の終了' },
  { value: 'high_school_exit', label: '高校中退・卒業' },
  { value: 'age_18', label: '18歳（児童福祉の支援終了）' },
  { value: 'youth_age_limit', label: '若者支援の年齢上限（39歳・49歳）' },
  { value: 'age_65', label: '65歳（高齢施策への移行）' },
  { value: 'system_change', label: '制度・担当課の移行' },
  { value: 'moving', label: '転居' },
  { value: 'refusal', label: '本人の支援拒否' },
  { value: 'other', label: 'その他' },
] as const;
export const GAP_POINT_LABEL = labels(GAP_POINTS);

export const FACTOR_GROUPS = [
  { value: 'client', label: '本人の要因' },
  { value: 'family', label: '家族の要因' },
  { value: 'collaboration', label: '連携の要因' },
] as const;
export type FactorGroup = (typeof FACTOR_GROUPS)[number]['value'];
export const FACTOR_GROUP_LABEL = labels(FACTOR_GROUPS);

export type FactorDef = { key: string; label: string; group: FactorGroup };

/** The nine factors of BUNDLE.md; ids are fixed and always exist. */
export const FIXED_FACTORS: readonly FactorDef[] = [
  { key: 'goes_out', label: '外出できる', group: 'client' },
  { key: 'economic_problem', label: '経済的な問題がある', group: 'client' },
  { key: 'wants_consultation', label: '本人に相談意欲がある', group: 'client' },
  { key: 'family_interaction', label: '本人と家族の交流がある', group: 'family' },
  { key: 'violence_or_neglect', label: '暴力・暴言・ネグレクトがある', group: 'family' },
  { key: 'family_health_issue', label: '家族に健康等の課題がある', group: 'family' },
  { key: 'core_agency_clear_roles', label: '役割分担が明確で連携の中心となる機関がある', group: 'collaboration' },
  { key: 'assessment_aligned', label: '各機関のアセスメント・支援方針が一致している', group: 'collaboration' },
  { key: 'no_clear_solution', label: '明確な解決策がない・回復のイメージが持てない', group: 'collaboration' },
];

export const FACTOR_VALUES = [
  { value: 'yes', label: '該当' },
  { value: 'no', label: '非該当' },
  { value: 'unknown', label: '不明' },
] as const;
export type FactorValue = (typeof FACTOR_VALUES)[number]['value'];

/**
 * The assessment seed 004 asks to standardise: the person's and the family's, each as
 * situation / strengths / needs / wishes (004:75-84).
 */
export const ASSESSMENT_SUBJECTS = [
  { key: 'person', label: '本人' },
  { key: 'family', label: '家族' },
] as const;
export const ASSESSMENT_ASPECTS = [
  { key: 'Situation', label: '状況' },
  { key: 'Strengths', label: '強み' },
  { key: 'Needs', label: 'ニーズ' },
  { key: 'Wishes', label: '意向' },
] as const;
/** A case sheet column of the assessment, e.g. personNeeds. */
export type AssessmentField =
  `${(typeof ASSESSMENT_SUBJECTS)[number]['key']}${(typeof ASSESSMENT_ASPECTS)[number]['key']}`;

/** Free-text fields the personal-information guard scans, with their labels. */
export const CASE_TEXT_FIELDS = [
  { key: 'startText', label: '支援開始の経緯・主訴' },
  { key: 'summary', label: '事例の概要' },
  { key: 'personSituation', label: '本人のアセスメント：状況' },
  { key: 'personStrengths', label: '本人のアセスメント：強み' },
  { key: 'personNeeds', label: '本人のアセスメント：ニーズ' },
  { key: 'personWishes', label: '本人のアセスメント：意向' },
  { key: 'familySituation', label: '家族のアセスメント：状況' },
  { key: 'familyStrengths', label: '家族のアセスメント：強み' },
  { key: 'familyNeeds', label: '家族のアセスメント：ニーズ' },
  { key: 'familyWishes', label: '家族のアセスメント：意向' },
  { key: 'whatWorked', label: 'うまくいったこと・有効だった支援' },
  { key: 'gapText', label: '制度の狭間（どこで途切れたか・途切れそうになったか）' },
  { key: 'missing', label: '足りなかったもの（資源・制度・連携）' },
] as const;
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number]['key'];

/** Kinds of direct identifier the personal-information guard (pii.ts) finds. */
export type PiiKind = 'name' | 'phone' | 'postal_code' | 'address' | 'email' | 'birth_date' | 'my_number';

/** What each kind is called on the sheet, and how to rewrite it. */
export const PII_KINDS: Record<PiiKind, { label: string; advice: string }> = {
  name: { label: '人名（敬称付き）', advice: '「Aさん」「本人」「母」などに置き換えてください。' },
  phone: { label: '電話番号', advice: '電話番号は書かずに削除してください。' },
  postal_code: { label: '郵便番号', advice: '郵便番号は削除してください。' },
  address: { label: '住所（丁目・番地など）', advice: '「市内」「A地区」など、地域がわかる程度の表現にしてください。' },
  email: { label: 'メールアドレス', advice: 'メールアドレスは削除してください。' },
  birth_date: { label: '生年月日', advice: '年齢帯（30代など）で表してください。' },
  my_number: { label: 'マイナンバー等の番号', advice: '12桁の番号などは削除してください。' },
};
