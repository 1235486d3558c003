// Field schemas shared by several bundle sections.
import { z } from 'zod';

/** A bundle key (agency, case, meeting): short, no surrounding spaces, unique within its list. */
export const bundleKey = z
  .string()
  .min(1, 'キーが空です')
  .max(64, 'キーは64文字以内にしてください')
  .regex(/^\S(.*\S)?$/, 'キーの前後に空白は使えません');

export const text = (max: number) => z.string().max(max, `${max}文字以内にしてください`);
export const requiredText = (max: number) => text(max).min(1, '空にできません');

/** A calendar date "YYYY-MM-DD". */
export const ymd = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD 形式の日付で指定してください')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, '存在しない日付です');

/** An instant with an explicit offset, e.g. "2024-10-24T10:00:00+09:00". */
export const instant = z.iso.datetime({
  offset: true,
  error: '日時は 2024-10-24T10:00:00+09:00 の形式で指定してください',
});

export const textList = (maxItems: number, maxLength: number) =>
  z.array(requiredText(maxLength)).max(maxItems, `${maxItems}件以内にしてください`);

/** Free-text sections of a sheet: section id → text. */
export const sectionTexts = z.record(
  z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '節IDは英数字・_・- で指定してください'),
  text(20000),
);

/** A clock time "HH:MM" (meeting start and end, JST like every date in the app). */
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '時刻は 13:30 のように HH:MM 形式で指定してください');

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An e-mail address, or "" for none. */
export const emailOrEmpty = text(254).refine((s) => s === '' || EMAIL.test(s), 'メールアドレスの形式ではありません');
