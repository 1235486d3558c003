import { z } from 'zod';
import { text, ymdDate } from '../lib/validation.ts';

const optionalId = z
  .union([z.literal('').transform(() => null), z.string().regex(/^\d+$/, '指定が正しくありません').transform(Number)])
  .default(null);
const optionalDate = (label: string) => z.union([z.literal('').transform(() => null), ymdDate(label)]).default(null);

/** Owner `centre` (the health centre) or `agency:<id>`, a due date and/or a target meeting. */
export const followupSchema = z.object({
  owner: z
    .string()
    .regex(/^(|centre|agency:\d+)$/, '担当を選んでください')
    .default(''),
  dueOn: optionalDate('期限'),
  targetMeetingId: optionalId,
});
export type FollowupInput = z.infer<typeof followupSchema>;

/** A dated note: optionally a new status and "reviewed at meeting X". */
export const historySchema = z
  .object({
    onDate: ymdDate('日付'),
    status: z
      .union([z.literal('').transform(() => null), z.enum(['not_started', 'discussing', 'in_progress', 'done'])])
      .default(null),
    note: text(2000, 'メモ').default(''),
    meetingId: optionalId,
  })
  .refine((v) => v.note || v.status || v.meetingId, {
    message: 'メモ・状況・確認した会議のいずれかを入力してください',
    path: ['note'],
  });
export type HistoryInput = z.infer<typeof historySchema>;
