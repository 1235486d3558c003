// The hearing sheet (ヒアリング調査シート) adapted to agency level from the seeds' items
// (DOMAIN.md §3.2; findings 000:245-255). Section ids are part of the bundle contract.
export const HEARING_SECTIONS = [
  {
    id: 'consultations',
    label: '相談内容・支援対象者像',
    hint: 'どのような相談が寄せられ、どのような方（年齢・状態・世帯など）を支援しているか',
  },
  {
    id: 'support',
    label: '提供している支援',
    hint: '相談のほか、訪問・同行・居場所・家族会など。あればよいと思う支援も',
  },
  {
    id: 'collaboration',
    label: '他機関との連携',
    hint: '連携先、うまくいっていること、つなぐ時・つながれる時に難しいこと',
  },
  {
    id: 'need_supervision',
    label: 'スーパーバイズ・研修の機会',
    hint: '事例について助言を受ける機会、研修や人材育成の状況',
  },
  { id: 'need_medical', label: '医療との連携', hint: 'アウトリーチ時の医療の見立て、受診支援など' },
  { id: 'need_ibasho', label: '居場所', hint: '敷居の低い居場所のニーズ、紹介先の有無' },
  { id: 'need_info_sharing', label: '情報共有', hint: '機関間の情報共有の方法・ルール、困っていること' },
  { id: 'strengths', label: '機関の強み', hint: '対象年齢、得意な支援、すぐにできること' },
  { id: 'network_wishes', label: 'ネットワークへの要望', hint: '保健所・市・ネットワークに期待すること' },
  { id: 'other', label: 'その他', hint: '' },
] as const;

export type HearingSectionId = (typeof HEARING_SECTIONS)[number]['id'];
export const HEARING_SECTION_IDS = HEARING_SECTIONS.map((s) => s.id) as [HearingSectionId, ...HearingSectionId[]];
export const HEARING_SECTION_LABEL = Object.fromEntries(HEARING_SECTIONS.map((s) => [s.id, s.label])) as Record<
  string,
  string
>;

export const HEARING_METHODS = [
  { value: 'in_person', label: '対面' },
  { value: 'online', label: 'オンライン' },
  { value: 'phone', label: '電話' },
] as const;
export type HearingMethod = (typeof HEARING_METHODS)[number]['value'];
export const HEARING_METHOD_LABEL = Object.fromEntries(HEARING_METHODS.map((m) => [m.value, m.label])) as Record<
  HearingMethod,
  string
>;

/** Themes every project starts with: the issues seed 000's hearings and Table 2 turned up. */
export const DEFAULT_HEARING_THEMES = [
  { key: 'supervision', label: 'スーパーバイズ' },
  { key: 'outreach_medical', label: 'アウトリーチ・医療の見立て' },
  { key: 'ibasho', label: '居場所' },
  { key: 'info_sharing', label: '情報共有' },
  { key: 'referral_roles', label: 'つなぐ際の役割の明確化' },
  { key: 'age_gaps', label: '年齢による支援の切れ目' },
  { key: 'family_support', label: '家族支援' },
  { key: 'staff_shortage', label: '人材不足' },
] as const;
