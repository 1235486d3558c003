// Names with honorifics for the personal-information guard (pii.ts): 山田さん, ゆみさん and Latin
// names are flagged; roles, relatives, organisations and anonymised initials (Aさん) are not.

const HONORIFIC = /さん|さま|様|くん|君|ちゃん|氏|殿/g;
// Words before an honorific that are roles, relatives or organisations, not names.
const NOT_NAME_SUFFIXES = [
  // relatives and people in general
  '母',
  '父',
  '息子',
  '娘',
  '兄',
  '姉',
  '弟',
  '妹',
  '祖父',
  '祖母',
  '叔父',
  '叔母',
  '伯父',
  '伯母',
  '孫',
  '夫',
  '妻',
  '嫁',
  '婿',
  '家族',
  '親',
  '息子',
  '双子',
  '養子',
  '里子',
  '実子',
  '女子',
  '男子',
  '王子',
  '弟子',
  '奥',
  '旦那',
  '主人',
  '身内',
  '親戚',
  '本人',
  '当人',
  '人',
  '客',
  '赤',
  // roles and professions
  '者',
  '員',
  '師',
  '士',
  '医',
  '生',
  '長',
  '主',
  '官',
  '手',
  '家',
  '屋',
  '役',
  '係',
  '担当',
  '先',
  '方',
  'ケアマネ',
  'ケアマネジャー',
  'ケアマネージャー',
  'ワーカー',
  'ヘルパー',
  'カウンセラー',
  'スタッフ',
  'サポーター',
  'コーディネーター',
  'ボランティア',
  'ママ',
  'パパ',
  'ドクター',
  'ナース',
  'メンバー',
  'リーダー',
  'トレーナー',
  'オーナー',
  'ピア',
  'ソーシャルワーカー',
  // organisations and places (agencies are often called 〇〇さん)
  '所',
  '課',
  '室',
  '局',
  '院',
  '校',
  '協',
  '括',
  '館',
  '園',
  '会',
  '部',
  '庁',
  '署',
  '団',
  '社',
  '店',
  '省',
  '県',
  '都',
  '府',
  '市',
  '区',
  '町',
  '村',
  '組',
  '科',
  '塾',
  '寮',
  '幹',
  '機関',
  '法人',
  '施設',
  '窓口',
  '支援',
  'センター',
  'ステーション',
  'サポステ',
  'ハローワーク',
  'クリニック',
  'ネットワーク',
  'グループ',
  'チーム',
  'ホーム',
  'ハウス',
  'カフェ',
  'サロン',
  'スクール',
];
const NOT_NAME_WORDS = new Set(['子', '皆', '各位', '同', '両', '各', '諸', '神', '仏', '王', '姫', '貴', '御']);
const NOT_NAME_HIRAGANA = new Set([
  'みな',
  'たく',
  'おじ',
  'おば',
  'おじい',
  'おばあ',
  'じい',
  'ばあ',
  'おかあ',
  'おとう',
  'かあ',
  'とう',
  'おにい',
  'おねえ',
  'にい',
  'ねえ',
  'おく',
  'おこ',
  'あか',
  'おつかれ',
  'ごくろう',
  'おいしゃ',
  'おまわり',
  'かんごし',
  'おきゃく',
  'おくさ',
  'みなさ',
  'いっ',
  'ぱぱ',
  'まま',
]);
const PLACEHOLDER = /^[〇○◯●×✕＊*□■△▲…・]+$/;
const PARTICLES = 'のはがをにとへもで';
const isKanjiKana = (ch: string) => /[一-龯々〆ヶァ-ヴー]/.test(ch);
const isHiragana = (ch: string) => /[ぁ-ゖ]/.test(ch);

// Relatives named by their place in the family, written with an age like a name is (長男（20歳）).
const FAMILY_PLACES = new Set(['長男', '次男', '三男', '四男', '長女', '次女', '三女', '四女', '末子']);
const NAME_AGE = /([一-龯々〆ヶ]{2,6}|[ァ-ヴー]{2,10}) ?\( ?\d{1,3} ?歳 ?\)/g;

/** Spans that look like a person's name followed by their age in brackets: 山田太郎（35歳）. */
export function nameAgeFindings(text: string): { start: number; end: number }[] {
  return [...text.matchAll(NAME_AGE)]
    .filter((m) => {
      const candidate = m[1];
      return !FAMILY_PLACES.has(candidate) && !NOT_NAME_SUFFIXES.some((s) => candidate.endsWith(s));
    })
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

/** Spans of the text that look like a person's name followed by an honorific. */
export function nameFindings(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(HONORIFIC)) {
    const at = m.index!;
    const hon = m[0];
    const after = text.slice(at + hon.length, at + hon.length + 2);
    if (hon === '氏' && after.startsWith('名')) continue;
    if (hon === '様' && /^[子式々相態]/.test(after)) continue;
    if (hon === 'さま' && /^ざ/.test(after)) continue;
    if (hon === '殿' && after.startsWith('場')) continue;

    let i = at;
    while (i > 0 && at - i < 10 && isKanjiKana(text[i - 1])) i--;
    let start = i;
    let candidate = text.slice(start, at);
    if (candidate) {
      if (
        PLACEHOLDER.test(candidate) ||
        NOT_NAME_WORDS.has(candidate) ||
        NOT_NAME_SUFFIXES.some((s) => candidate.endsWith(s))
      )
        continue;
      // 様 after katakana also means "-like" (ゼリー様の); require a longer run to call it a name
      if (hon === '様' && /^[ァ-ヴー]+$/.test(candidate) && /^の/.test(after)) continue;
      out.push({ start, end: at + hon.length });
      continue;
    }
    // Latin initials (Aさん, B氏) are how cases are anonymised; longer Latin words are names.
    const latin = /[A-Za-z]+$/.exec(text.slice(Math.max(0, at - 20), at));
    if (latin) {
      if (latin[0].length >= 3) out.push({ start: at - latin[0].length, end: at + hon.length });
      continue;
    }
    // A name written in hiragana: the kana run before the honorific, minus a particle that
    // joins it to a preceding word (担当のゆみさん).
    while (i > 0 && at - i < 8 && isHiragana(text[i - 1])) i--;
    start = i;
    candidate = text.slice(start, at);
    if (
      candidate.length > 1 &&
      PARTICLES.includes(candidate[0]) &&
      start > 0 &&
      isKanjiKana(text[start - 1]) &&
      candidate.length - 1 >= 2
    ) {
      start += 1;
      candidate = candidate.slice(1);
    }
    if (candidate.length < 2 || candidate.length > 6 || NOT_NAME_HIRAGANA.has(candidate)) continue;
    if ([...NOT_NAME_HIRAGANA].some((w) => candidate.endsWith(w) && candidate.length - w.length <= 1)) continue;
    // after a kana name the next character is a particle, punctuation or not kana at all
    if (after && isHiragana(after[0]) && !'はがをにともへのやかで'.includes(after[0])) continue;
    out.push({ start, end: at + hon.length });
  }
  return out;
}
