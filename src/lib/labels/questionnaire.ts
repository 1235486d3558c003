import type { QuestionType } from '../../questionnaire/template.ts';

// The fixed age bands of the exchange contract (BUNDLE.md), in display order. They are
// chosen so the drop-offs seen in seed 000 (16–18, 40–49, 60–64) each get a band of their own.
// `width` is the band's width in years for the per-year density (BUNDLE.md): the open-ended
// bands count as nominal widths, 15歳以下 as ages 10–15 and 65歳以上 as ages 65–74.
export const AGE_BANDS = [
  { key: '0-15', label: '15歳以下', min: 0, max: 15, width: 6 },
  { key: '16-18', label: '16〜18歳', min: 16, max: 18, width: 3 },
  { key: '19-24', label: '19〜24歳', min: 19, max: 24, width: 6 },
  { key: '25-29', label: '25〜29歳', min: 25, max: 29, width: 5 },
  { key: '30-39', label: '30代', min: 30, max: 39, width: 10 },
  { key: '40-49', label: '40代', min: 40, max: 49, width: 10 },
  { key: '50-59', label: '50代', min: 50, max: 59, width: 10 },
  { key: '60-64', label: '60〜64歳', min: 60, max: 64, width: 5 },
  { key: '65+', label: '65歳以上', min: 65, max: null, width: 10 },
] as const;

export type AgeBandKey = (typeof AGE_BANDS)[number]['key'];

export const AGE_BAND_KEYS = AGE_BANDS.map((b) => b.key) as AgeBandKey[];

export const AGE_BAND_LABEL: Record<AgeBandKey, string> = Object.fromEntries(
  AGE_BANDS.map((b) => [b.key, b.label]),
) as Record<AgeBandKey, string>;

export const AGE_BAND_WIDTH: Record<AgeBandKey, number> = Object.fromEntries(
  AGE_BANDS.map((b) => [b.key, b.width]),
) as Record<AgeBandKey, number>;

/** How the open-ended bands' widths were taken, for a note under tables. */
export const NOMINAL_WIDTH_NOTE =
  '1歳あたりの人数は各年齢帯の人数 ÷ 年齢帯の幅（歳）。15歳以下は10〜15歳の6歳分、65歳以上は65〜74歳の10歳分として計算しています。';

/** The row of people whose age the agency does not know (`caseload_age_unknown`), beside the bands. */
export const AGE_UNKNOWN_LABEL = '年齢不明';

/** A sum of agencies' unique persons: the same person may be counted by several agencies. */
export const CASELOAD_SUM_LABEL = '支援件数（各機関の実人数の合計。複数の機関で重複あり）';

/** The two readings of a raw drop-off (a band with fewer cases than both neighbours). */
export const DROP_OFF_LABEL = {
  confirmed: '確認された減少',
  apparent: '帯の幅による見かけの減少の可能性',
} as const;

export function isAgeBandKey(value: string): value is AgeBandKey {
  return (AGE_BAND_KEYS as string[]).includes(value);
}

/** Form field name of the free text that goes with "その他". */
export const otherKey = (id: string) => `${id}:other`;
/** Form field name of one age band of an age-band question. */
export const bandKey = (id: string, band: string) => `${id}:${band}`;

export const QUESTION_TYPE_LABEL: Record<QuestionType, string> = {
  single: '単一選択',
  multi: '複数選択',
  number: '数値',
  age_bands: '年齢帯別の数値',
  text: '自由記述',
};

/** Where an agency's answers stand: not started, saved as a draft, or submitted. */
export const RESPONSE_STATUS_LABEL = { none: '未着手', draft: '下書き', submitted: '提出済み' } as const;
