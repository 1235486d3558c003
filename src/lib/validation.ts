import { z, type ZodType } from 'zod';
import type { FieldErrors } from '../http/form.ts';

// Fallback messages in Japanese; schemas give friendlier wording where it matters.
z.config(z.locales.ja());

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validates raw input; errors are keyed by dotted field path, first message wins. */
export function validate<T>(schema: ZodType<T>, raw: unknown): Parsed<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Trimmed text; empty strings become undefined so `.optional()` works with blank form fields. */
// U+FFFD is what a decoder leaves of bytes that were not UTF-8 (e.g. a Shift_JIS post); control
// characters other than tab/newline come from broken tools. Storing either garbles exports.
const GARBLED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/** The longest free-text answer or record (short fields have their own, smaller limits). */
export const LONG_TEXT_MAX = 20_000;

export const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label}は${max}文字以内で入力してください`)
    .refine(
      (s) => !GARBLED.test(s),
      `${label}に文字化けした文字または制御文字が含まれています。元の文章を入力し直してください`,
    );

export const requiredText = (max: number, label: string) => text(max, label).min(1, `${label}を入力してください`);

/** A form number field: blank → null, otherwise an integer within bounds. */
export const optionalInt = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((s, ctx) => {
      if (s === '') return null;
      const normalised = s.normalize('NFKC');
      if (!/^-?\d+$/.test(normalised)) {
        ctx.addIssue({ code: 'custom', message: `${label}は半角数字で入力してください` });
        return z.NEVER;
      }
      const n = Number(normalised);
      if (n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${label}は${min}〜${max}の範囲で入力してください` });
        return z.NEVER;
      }
      return n;
    });

export const email = (label = 'メールアドレス') =>
  z.string().trim().toLowerCase().email(`${label}の形式が正しくありません`).max(254);

export const ymdDate = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}は YYYY-MM-DD 形式で入力してください`)
    // Date rolls 2024-02-30 over to March 1st, so compare the round trip rather than test for NaN
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, `${label}が正しい日付ではありません`);
