import { z } from 'zod';
import { ymdDate } from '../lib/validation.ts';

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' || v === undefined ? undefined : v), schema.optional());

/** The audit page's filters, read from its URL (all optional). */
export const auditFilterSchema = z
  .object({
    scope: optional(z.enum(['project', 'installation'], '範囲の指定が正しくありません')).default('project'),
    actor: optional(
      z
        .string()
        .regex(/^(staff|agency|participant):[1-9]\d{0,9}$|^system:.{1,200}$/s, '操作した人の指定が正しくありません'),
    ),
    action: optional(z.string().max(100, '操作の指定が正しくありません')),
    from: optional(ymdDate('開始日')),
    to: optional(ymdDate('終了日')),
    page: optional(
      z
        .string()
        .regex(/^[1-9]\d{0,5}$/, 'ページ番号は1以上の整数（半角数字）で指定してください。')
        .transform(Number),
    ).default(1),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: '終了日は開始日以降の日付を指定してください',
    path: ['to'],
  });

export type AuditFilter = z.infer<typeof auditFilterSchema>;
