// Input schemas of the staff questionnaire forms (template editing).
import { z } from 'zod';
import { optionalInt, requiredText, text } from '../lib/validation.ts';

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
