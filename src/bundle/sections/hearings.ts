import { z } from 'zod';
import { HEARING_SECTION_IDS } from '../../hearings/sections.ts';
import { checkRef, defineSection } from '../section.ts';
import { bundleKey, text, textList, ymd } from '../primitives.ts';

// The hearing sheet's section ids (src/hearings/sections.ts) are part of the contract.
const sections = z.partialRecord(z.enum(HEARING_SECTION_IDS), text(20000), {
  error: (iss) => (iss.code === 'invalid_type' ? undefined : `節IDは ${HEARING_SECTION_IDS.join(' / ')} のいずれか`),
});

const hearing = z.strictObject({
  agency: bundleKey,
  date: ymd,
  interviewers: textList(20, 200).optional(),
  sections: sections.optional(),
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
