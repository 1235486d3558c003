// Personal-information guard for case sheets: finds likely direct identifiers in Japanese free
// text so the sheet cannot be submitted until each is removed or confirmed as not identifying.
// Pure and deterministic; tuned on the table in tests/pii.test.ts (no false negatives there,
// few false positives on ordinary support-work prose).

export type PiiKind = 'name' | 'phone' | 'postal_code' | 'address' | 'email' | 'birth_date' | 'my_number';

export type PiiFinding = { kind: PiiKind; start: number; end: number; text: string };

export const PII_KINDS: Record<PiiKind, { label: string; advice: string }> = {
  name: { label: '人名（敬称付き）', advice: '「Aさん」「本人」「母」などに置き換えてください。' },
  phone: { label: '電話番号', advice: '電話番号は書かずに削除してください。' },
  postal_code: { label: '郵便番号', advice: '郵便番号は削除してください。' },
  address: { label: '住所（丁目・番地など）', advice: '「市内」「A地区」など、地域がわかる程度の表現にしてください。' },
  email: { label: 'メールアドレス', advice: 'メールアドレスは削除してください。' },
  birth_date: { label: '生年月日', advice: '年齢帯（30代など）で表してください。' },
  my_number: { label: 'マイナンバー等の番号', advice: '12桁の番号などは削除してください。' },
};

// Earlier kinds win when matches overlap (a phone number is not also a postal code).
const PRIORITY: PiiKind[] = ['email', 'my_number', 'phone', 'postal_code', 'birth_date', 'address', 'name'];

const DASH = '[-‐‑‒–—―−ー]';
const SEP = `(?:${DASH}|[ ()（）])`;
const KANJI = '[一-龯々〆ヶ]';
const ERA_DATE = `(?:\\d{4}|(?:昭和|平成|令和|大正|[SHRT])\\s?(?:\\d{1,2}|元))\\s?(?:年|[./-])\\s?\\d{1,2}\\s?(?:月|[./-])\\s?\\d{1,2}日?`;
const MONTH_DAY = '\\d{1,2}月\\d{1,2}日';

type Rule = { kind: PiiKind; re: RegExp; accept?: (m: RegExpExecArray, text: string) => boolean };

const digits = (s: string) => s.replace(/\D/g, '');

const RULES: Rule[] = [
  { kind: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g },
  { kind: 'my_number', re: new RegExp(`(?<![\\d-])\\d{4}(?:${DASH}| )?\\d{4}(?:${DASH}| )?\\d{4}(?![\\d-])`, 'g') },
  {
    kind: 'phone',
    re: new RegExp(`(?<!\\d)(?:\\+81 ?-?|0)\\d{1,4}${SEP}{0,2}\\d{1,4}${SEP}{0,2}\\d{3,4}(?!\\d)`, 'g'),
    accept: (m) => {
      const d = digits(m[0]);
      return m[0].startsWith('+') ? d.length === 11 || d.length === 12 : d.length === 10 || d.length === 11;
    },
  },
  // a local number is only recognisable next to a label
  {
    kind: 'phone',
    re: new RegExp(
      `(?:電話|TEL|Tel|tel|携帯|ケータイ|連絡先)(?:番号)?[:：は\\s]*\\d{2,4}${DASH}\\d{4}(?!\\d|${DASH})`,
      'g',
    ),
  },
  { kind: 'postal_code', re: new RegExp(`(?:〒|郵便番号[:：\\s]*)\\s?\\d{3}${DASH}?\\d{4}(?!\\d)`, 'g') },
  // 3+4 digits, unless it is a range of amounts or counts (500-1000円)
  {
    kind: 'postal_code',
    re: new RegExp(
      `(?<![\\d-])\\d{3}${DASH}\\d{4}(?![\\d-]|\\s*(?:円|人|件|回|名|歳|年|万|千|時間|分|%|km|m|世帯|か所|箇所|ケース))`,
      'g',
    ),
  },
  {
    kind: 'birth_date',
    re: new RegExp(`(?:生年月日|誕生日|出生日|DOB)[^\\n。]{0,6}?(?:${ERA_DATE}|${MONTH_DAY})`, 'g'),
  },
  {
    kind: 'birth_date',
    re: new RegExp(`(?:${ERA_DATE}|${MONTH_DAY})\\s?(?:生まれ|出生|誕生|生(?=[、。,.\\s)）]|$))`, 'g'),
  },
  {
    kind: 'address',
    re: new RegExp(
      `${KANJI}{0,10}(?:\\d+|[一二三四五六七八九十]+)丁目(?:\\s?\\d+(?:番地?|${DASH})?(?:\\d+号?)?)?`,
      'g',
    ),
  },
  { kind: 'address', re: new RegExp(`${KANJI}{0,10}\\d+番地(?:の?\\d+)?|\\d+番\\d+号`, 'g') },
  {
    kind: 'address',
    re: new RegExp(
      `${KANJI}{0,9}[町村区市丁通台丘坂沢川田山野原谷島橋寺井条]\\d{1,4}${DASH}\\d{1,4}(?:${DASH}\\d{1,4})?`,
      'g',
    ),
  },
  { kind: 'address', re: /\d{1,4}号室/g },
  { kind: 'address', re: /住所\s*[:：]\s*[^\s、。,]{2,}/g },
  {
    kind: 'name',
    re: /(?:氏名|名前|本名|フルネーム)\s*[:：は]\s*[^\s、。,]{2,12}/g,
    accept: (m) => !/[:：は]\s*(?:伏|不明|非公開|匿名|記載|書|なし|秘|空欄|仮)/.test(m[0]),
  },
];

// ---- names with honorifics ----

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

function nameFindings(text: string): { start: number; end: number }[] {
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

// ---- normalisation that remembers original positions ----

/** NFKC per character (full-width digits, ＠, －), with the original offset of each output unit. */
function normalise(text: string): { norm: string; from: number[]; to: number[] } {
  let norm = '';
  const from: number[] = [];
  const to: number[] = [];
  let pos = 0;
  for (const ch of text) {
    const n = ch.normalize('NFKC');
    for (let k = 0; k < n.length; k++) {
      from.push(pos);
      to.push(pos + ch.length);
    }
    norm += n;
    pos += ch.length;
  }
  return { norm, from, to };
}

export function detectPii(text: string): PiiFinding[] {
  if (!text) return [];
  const { norm, from, to } = normalise(text);
  const raw: { kind: PiiKind; start: number; end: number }[] = [];
  for (const rule of RULES) {
    for (const m of norm.matchAll(rule.re)) {
      if (rule.accept && !rule.accept(m as RegExpExecArray, norm)) continue;
      raw.push({ kind: rule.kind, start: m.index!, end: m.index! + m[0].length });
    }
  }
  for (const n of nameFindings(norm)) raw.push({ kind: 'name', ...n });
  raw.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start || b.end - a.end);
  const kept: typeof raw = [];
  for (const f of raw) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept
    .sort((a, b) => a.start - b.start)
    .map((f) => {
      const start = from[f.start];
      const end = to[f.end - 1];
      return { kind: f.kind, start, end, text: text.slice(start, end) };
    });
}

/** Stable id of a finding in a field, so a confirmation survives edits elsewhere in the text. */
export function piiFingerprint(field: string, f: { kind: PiiKind; text: string }): string {
  return `${field}|${f.kind}|${f.text}`;
}

export type FieldFinding = PiiFinding & { field: string; fingerprint: string; confirmed: boolean };

/** Findings across named text fields, each marked confirmed when its fingerprint was confirmed. */
export function scanFields(fields: Record<string, string>, confirmed: readonly string[]): FieldFinding[] {
  const ok = new Set(confirmed);
  return Object.entries(fields).flatMap(([field, value]) =>
    detectPii(value).map((f) => {
      const fingerprint = piiFingerprint(field, f);
      return { ...f, field, fingerprint, confirmed: ok.has(fingerprint) };
    }),
  );
}
