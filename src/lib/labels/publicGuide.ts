// 相談先ガイド (the public consultation guide): what a resident can filter by, in plain words, and
// the furigana of its key words. A pure leaf: views import it.

/** Age groups a resident picks from; an agency is listed when its age range overlaps the group. */
export const GUIDE_AGE_GROUPS = [
  { key: 'to15', label: '15歳まで（中学生まで）', min: 0, max: 15 },
  { key: '16-18', label: '16〜18歳', min: 16, max: 18 },
  { key: '19-29', label: '19〜29歳', min: 19, max: 29 },
  { key: '30s', label: '30代', min: 30, max: 39 },
  { key: '40s', label: '40代', min: 40, max: 49 },
  { key: '50s', label: '50代', min: 50, max: 59 },
  { key: '60plus', label: '60歳以上', min: 60, max: null },
] as const;
export type GuideAgeGroupKey = (typeof GUIDE_AGE_GROUPS)[number]['key'];

/** What the person or family wants to talk about (DOMAIN.md's support fields, in residents' words). */
export const GUIDE_NEEDS = [
  { key: 'first', label: 'どこに相談すればよいか分からない' },
  { key: 'school', label: '学校に行っていない・学校のこと' },
  { key: 'family', label: '家族の相談（本人が来られなくても）' },
  { key: 'work', label: '仕事・働くこと' },
  { key: 'ibasho', label: '居場所・人とのつながり' },
  { key: 'health', label: 'こころや体の健康・医療' },
  { key: 'living', label: '生活やお金の困りごと' },
  { key: 'disability', label: '障害・発達のこと' },
] as const;
export type GuideNeedKey = (typeof GUIDE_NEEDS)[number]['key'];

export const needLabel = (key: string): string => GUIDE_NEEDS.find((n) => n.key === key)?.label ?? key;

export const DEFAULT_GUIDE_TITLE = 'ひきこもりの相談先ガイド';
export const DEFAULT_GUIDE_INTRO =
  'ひきこもりのことで悩んでいるご本人やご家族が相談できる窓口の一覧です。相談は無料です。ひとりで抱え込まず、話しやすいところに連絡してください。';

// Key words of the guide with their readings (furigana option, for readers of any age).
const READINGS: readonly [string, string][] = [
  ['相談先', 'そうだんさき'],
  ['相談', 'そうだん'],
  ['窓口', 'まどぐち'],
  ['家族', 'かぞく'],
  ['本人', 'ほんにん'],
  ['匿名', 'とくめい'],
  ['居場所', 'いばしょ'],
  ['就労', 'しゅうろう'],
  ['連絡', 'れんらく'],
  ['受付', 'うけつけ'],
  ['時間', 'じかん'],
  ['無料', 'むりょう'],
  ['対象', 'たいしょう'],
  ['年齢', 'ねんれい'],
  ['学校', 'がっこう'],
  ['仕事', 'しごと'],
  ['生活', 'せいかつ'],
  ['健康', 'けんこう'],
  ['医療', 'いりょう'],
  ['障害', 'しょうがい'],
  ['発達', 'はったつ'],
  ['悩', 'なや'],
];

export type RubyPart = string | { base: string; reading: string };

/** Splits text so that each key word carries its reading; other text stays plain. */
export function rubyParts(text: string): RubyPart[] {
  const parts: RubyPart[] = [];
  let plain = '';
  for (let i = 0; i < text.length;) {
    const hit = READINGS.find(([word]) => text.startsWith(word, i));
    if (!hit) {
      plain += text[i];
      i += 1;
      continue;
    }
    if (plain) parts.push(plain);
    plain = '';
    parts.push({ base: hit[0], reading: hit[1] });
    i += hit[0].length;
  }
  if (plain) parts.push(plain);
  return parts;
}
