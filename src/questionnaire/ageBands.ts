// Fixed age bands of the bundle/packet contract (BUNDLE.md). The order matters: drop-off
// detection compares each band with its neighbours.
export const AGE_BANDS = ['0-15', '16-18', '19-24', '25-29', '30-39', '40-49', '50-59', '60-64', '65+'] as const;

export type AgeBand = (typeof AGE_BANDS)[number];

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  '0-15': '15歳以下',
  '16-18': '16〜18歳',
  '19-24': '19〜24歳',
  '25-29': '25〜29歳',
  '30-39': '30代',
  '40-49': '40代',
  '50-59': '50代',
  '60-64': '60〜64歳',
  '65+': '65歳以上',
};

export function isAgeBand(value: string): value is AgeBand {
  return (AGE_BANDS as readonly string[]).includes(value);
}
