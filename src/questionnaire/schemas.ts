// Input schemas of the staff questionnaire forms (template editing).
import { z } from 'zod';
import { LONG_TEXT_MAX, optionalInt, requiredText, text } from '../lib/validation.ts';

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on');

/** One form for every question type; fields that do not apply to the type are ignored. */
export const questionEditSchema = z.object({
  label: requiredText(500, '設問文'),
  help: text(1000, '補足説明').default(''),
  required: checkbox,
  options: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  other: checkbox,
  min: optionalInt('最小値', -1_000_000_000, 1_000_000_000).default(null),
  max: optionalInt('最大値', -1_000_000_000, 1_000_000_000).default(null),
  unit: text(20, '単位').default(''),
  long: checkbox,
});

export type QuestionEdit = z.infer<typeof questionEditSchema>;

export const sectionEditSchema = z.object({
  heading: requiredText(200, '見出し'),
  help: text(2000, '説明').default(''),
});

export type SectionEdit = z.infer<typeof sectionEditSchema>;

const answerText = z
  .string()
  .max(LONG_TEXT_MAX, `回答は1項目${LONG_TEXT_MAX.toLocaleString('ja-JP')}文字以内で入力してください`);

// Every answer of a long questionnaire at once stays far below this; it bounds what a draft holds.
const FORM_TOTAL_MAX = 500_000;

/**
 * What an answer form may carry at all, checked before anything is saved: drafts keep their input
 * as typed (not validated), but not without bound. Errors are keyed by form field.
 */
export const answerFormLimitsSchema = z
  .record(z.string().max(200), z.union([answerText, z.array(answerText).max(500, '選択肢の数が多すぎます')]))
  .refine(
    (form) => Object.values(form).reduce((n, v) => n + [v].flat().join('').length, 0) <= FORM_TOTAL_MAX,
    `回答の合計が長すぎます（全体で${FORM_TOTAL_MAX.toLocaleString('ja-JP')}文字まで）`,
  );
