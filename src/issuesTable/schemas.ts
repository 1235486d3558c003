import { z } from 'zod';
import { requiredText, text } from '../lib/validation.ts';

const optionalId = z
  .union([z.literal('').transform(() => null), z.string().regex(/^\d+$/, '指定が正しくありません').transform(Number)])
  .default(null);

/** One row of the table; a new row may also carry the thing it was started from. */
export const issueRowSchema = z.object({
  problem: requiredText(2000, '問題点'),
  issue: text(2000, '課題').default(''),
  status: z
    .enum(['not_started', 'discussing', 'in_progress', 'done'], { error: '状況を選んでください' })
    .default('not_started'),
  nextStep: text(1000, '次の対応').default(''),
  fromTheme: optionalId,
  fromPassage: optionalId,
  fromCase: optionalId,
  meetingId: optionalId,
});
export type IssueRowInput = z.infer<typeof issueRowSchema>;

export const moveSchema = z.object({ direction: z.enum(['up', 'down'], { error: '移動の向きが正しくありません' }) });

export const sourceSchema = z
  .object({ caseId: optionalId, meetingId: optionalId })
  .refine((v) => v.caseId !== null || v.meetingId !== null, {
    message: '追加する事例か会議を選んでください',
    path: ['caseId'],
  });
