import { z } from 'zod';
import { text } from '../lib/validation.ts';

const MAX_ITEMS = 30;

/** The minutes form: `items.N.title` / `items.N.notes` per agenda item, then the free blocks. */
export const minutesEditSchema = z.preprocess(
  (raw) => {
    const form = (raw ?? {}) as Record<string, unknown>;
    const items: { title?: unknown; notes?: unknown }[] = [];
    for (const [k, v] of Object.entries(form)) {
      const m = /^items\.(\d+)\.(title|notes)$/.exec(k);
      if (m && Number(m[1]) < MAX_ITEMS) (items[Number(m[1])] ??= {})[m[2] as 'title' | 'notes'] = v;
    }
    return { ...form, items: items.filter(Boolean) };
  },
  z.object({
    items: z.array(z.object({ title: text(200, '議題').default(''), notes: text(5000, '議事の記録').default('') })),
    decisions: text(5000, '決定事項').default(''),
    adviserComments: text(5000, '助言者コメント').default(''),
    actions: text(5000, '今後の対応').default(''),
  }),
);
export type MinutesEditInput = z.infer<typeof minutesEditSchema>;

/** Issuing: `confirmPii` says staff checked the flagged passages and they identify nobody. */
export const issueSchema = z.object({ confirmPii: z.literal('1').optional() });
