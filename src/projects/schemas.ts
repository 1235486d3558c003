import { z } from 'zod';
import { email, requiredText, text, ymdDate } from '../lib/validation.ts';
import { SURVEY_PARTS } from '../lib/labels/projects.ts';

export const projectSchema = z.object({
  name: requiredText(100, 'プロジェクト名'),
  municipality: requiredText(50, '市区町村'),
  fiscalYear: z
    .string()
    .transform((s) => s.normalize('NFKC').trim())
    .pipe(z.string().regex(/^\d{4}$/, '年度は西暦4桁で入力してください（例：2024）'))
    .transform(Number)
    .refine((y) => y >= 2000 && y <= 2100, '年度は2000〜2100の範囲で入力してください'),
  hostHealthCentre: text(100, '主催保健所').default(''),
  adviser: text(100, '助言者').default(''),
  // printed on every invitation letter; optional so code that creates projects need not name them
  contactPerson: text(50, '担当者').optional(),
  contactPhone: z
    .string()
    .transform((s) => s.normalize('NFKC').trim())
    .pipe(z.string().regex(/^[0-9()\-+ ]{0,20}$/, '電話番号は数字とハイフンで入力してください（例：0422-51-0000）'))
    .optional(),
  contactEmail: z.union([z.literal(''), email('連絡先のメールアドレス')]).optional(),
});
export type ProjectInput = z.infer<typeof projectSchema>;

const optionalDate = (label: string) => z.union([z.literal('').transform(() => null), ymdDate(label)]);

/** Open/close dates of the three survey parts, e.g. `questionnaire_opensOn`. */
export const surveyWindowsSchema = z
  .object(
    Object.fromEntries(
      SURVEY_PARTS.flatMap(({ part, label }) => [
        [`${part}_opensOn`, optionalDate(`${label}の開始日`).default(null)],
        [`${part}_closesOn`, optionalDate(`${label}の締切日`).default(null)],
      ]),
    ) as Record<string, z.ZodType<string | null>>,
  )
  .superRefine((v, ctx) => {
    for (const { part, label } of SURVEY_PARTS) {
      const o = v[`${part}_opensOn`];
      const c = v[`${part}_closesOn`];
      if (o && c && c < o)
        ctx.addIssue({
          code: 'custom',
          path: [`${part}_closesOn`],
          message: `${label}の締切日は開始日以降にしてください`,
        });
    }
  });

/** An admin adds an existing staff account to the project by its e-mail address. */
export const addMemberSchema = z.object({ email: email() });
