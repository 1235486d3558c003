import { z } from 'zod';
import { optionalInt, requiredText, text } from '../lib/validation.ts';

const ids = z
  .union([z.string(), z.array(z.string())])
  .default([])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.string().regex(/^\d+$/, '指定が正しくありません').transform(Number)));

/** The agency's reply from its own link. */
export const rsvpSchema = z
  .object({
    rsvp: z.enum(['attend', 'absent'], { error: '出席か欠席を選んでください' }),
    headcount: z
      .string()
      .default('')
      .pipe(optionalInt('出席人数', 1, 20)),
    names: text(500, '出席者のお名前').default(''),
  })
  .refine((v) => v.rsvp === 'absent' || v.headcount !== null, {
    message: '出席人数を入力してください',
    path: ['headcount'],
  });
export type RsvpInput = z.infer<typeof rsvpSchema>;

/** Staff's choice of invited agencies. */
export const invitedSchema = z.object({ agencyIds: ids });

/** The roll-call on the day: ticked agencies and guests, and how many came from each agency. */
export const rollCallSchema = z.preprocess(
  // the form posts one `counts.<agencyId>` field per row
  (raw) => {
    const form = (raw ?? {}) as Record<string, unknown>;
    const counts = Object.fromEntries(
      Object.entries(form)
        .filter(([k]) => k.startsWith('counts.'))
        .map(([k, v]) => [k.slice('counts.'.length), v]),
    );
    return { ...form, counts };
  },
  z.object({
    present: ids,
    guestsPresent: ids,
    counts: z.record(z.string(), optionalInt('出席人数', 0, 50)),
  }),
);
export type RollCallInput = z.infer<typeof rollCallSchema>;

export const guestSchema = z.object({
  role: z.enum(['adviser', 'observer'], { error: '助言者かオブザーバーかを選んでください' }),
  name: requiredText(100, '氏名'),
  affiliation: text(200, '所属').default(''),
});
export type GuestInput = z.infer<typeof guestSchema>;
