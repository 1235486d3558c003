import { z } from 'zod';
import { requiredText, text, ymdDate } from '../lib/validation.ts';

const hhmm = (label: string) =>
  z
    .string()
    .transform((s) => s.normalize('NFKC').trim())
    .pipe(
      z.union([
        z.literal(''),
        z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}は 13:30 のように HH:MM 形式で入力してください`),
      ]),
    );

/** One agenda item per line; blank lines are dropped so editors can space items freely. */
const agendaLines = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(z.string().max(200, '議題は1項目200文字以内で入力してください')).max(30, '議題は30項目以内にしてください'),
  );

/** Checkbox values; ids are checked against the project's agencies in the route. */
const agencyIds = z
  .union([z.string(), z.array(z.string())])
  .default([])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.string().regex(/^\d+$/, '出席機関の指定が正しくありません').transform(Number)))
  .transform((ids) => [...new Set(ids)]);

export const meetingSchema = z
  .object({
    kind: z.enum(['working_group', 'network', 'support_meeting'], { error: '会議の種類を選んでください' }),
    title: requiredText(100, '会議名'),
    date: ymdDate('開催日'),
    startTime: hhmm('開始時刻').default(''),
    endTime: hhmm('終了時刻').default(''),
    place: text(100, '会場').default(''),
    purpose: text(1000, '目的').default(''),
    agenda: agendaLines,
    attendeeAgencyIds: agencyIds,
  })
  .superRefine((v, ctx) => {
    if (v.startTime && v.endTime && v.endTime <= v.startTime)
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: '終了時刻は開始時刻より後にしてください' });
  });
export type MeetingInput = z.infer<typeof meetingSchema>;
