// Patterns of the personal-information guard (pii.ts): e-mail, numbers, postal codes, dates of
// birth, addresses and labelled names, matched on NFKC-normalised text.
import type { PiiKind } from '../lib/labels/cases.ts';

// Earlier kinds win when matches overlap (a phone number is not also a postal code).
export const PRIORITY: PiiKind[] = ['email', 'my_number', 'phone', 'postal_code', 'birth_date', 'address', 'name'];

const DASH = '[-‐‑‒–—―−ー]';
// dotted (090.1234.5678) and spaced (090 1234 5678) numbers are written as often as hyphenated ones
const SEP = `(?:${DASH}|[ .()（）])`;
const KANJI = '[一-龯々〆ヶ]';
const ERA_DATE = `(?:\\d{4}|(?:昭和|平成|令和|大正|[SHRT])\\s?(?:\\d{1,2}|元))\\s?(?:年|[./-])\\s?\\d{1,2}\\s?(?:月|[./-])\\s?\\d{1,2}日?`;
const MONTH_DAY = '\\d{1,2}月\\d{1,2}日';

type Rule = { kind: PiiKind; re: RegExp; accept?: (m: RegExpExecArray, text: string) => boolean };

const digits = (s: string) => s.replace(/\D/g, '');

export const RULES: Rule[] = [
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
