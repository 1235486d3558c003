import { z } from 'zod';
import { checkRef, defineSection } from '../section.ts';
import { bundleKey, sectionTexts, textList, ymd } from '../primitives.ts';

const hearing = z.strictObject({
  agency: bundleKey,
  date: ymd,
  interviewers: textList(20, 200).optional(),
  sections: sectionTexts.optional(),
  themes: z.array(z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'テーマIDは半角英小文字・数字・_ で指定してください')).optional(),
});

export type HearingPart = z.infer<typeof hearing>;

// Validated now; the hearings feature adds `importer` and `exporter` when its tables exist.
export const hearingsSection = defineSection<HearingPart[]>({
  key: 'hearings',
  label: 'ヒアリング記録',
  schema: z.array(hearing),
  check(list, ctx) {
    list.forEach((h, i) => checkRef(ctx.agencies, h.agency, ['hearings', i, 'agency'], '機関', ctx));
  },
});
