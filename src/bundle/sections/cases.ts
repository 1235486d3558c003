import { z } from 'zod';
import { AGE_BAND_KEYS } from '../../questionnaire/ageBands.ts';
import { checkRef, checkUniqueKeys, defineSection } from '../section.ts';
import { bundleKey, text } from '../primitives.ts';

/** The nine factor ids every project has (BUNDLE.md); projects may add more. */
export const CASE_FACTOR_IDS = [
  'goes_out',
  'economic_problem',
  'wants_consultation',
  'family_interaction',
  'violence_or_neglect',
  'family_health_issue',
  'core_agency_clear_roles',
  'assessment_aligned',
  'no_clear_solution',
] as const;

export const FACTOR_VALUES = ['yes', 'no', 'unknown'] as const;

const factorId = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, '要因IDは半角英小文字・数字・_ で指定してください');

const caseSheet = z.strictObject({
  key: bundleKey,
  agency: bundleKey,
  classification: z.enum(['good', 'difficult']),
  ageBand: z.enum(AGE_BAND_KEYS),
  sex: z.enum(['male', 'female', 'other', 'unknown']),
  factors: z.record(factorId, z.enum(FACTOR_VALUES)),
  involvedAgencies: z.array(bundleKey).optional(),
  summary: text(20000).optional(),
});

export type CasePart = z.infer<typeof caseSheet>;

// Validated now; the cases feature adds `importer` and `exporter` when its tables exist.
export const casesSection = defineSection<CasePart[]>({
  key: 'cases',
  label: '事例シート',
  schema: z.array(caseSheet),
  check(list, ctx) {
    checkUniqueKeys(list, 'cases', '事例', ctx);
    list.forEach((c, i) => {
      checkRef(ctx.agencies, c.agency, ['cases', i, 'agency'], '機関', ctx);
      c.involvedAgencies?.forEach((a, j) => checkRef(ctx.agencies, a, ['cases', i, 'involvedAgencies', j], '機関', ctx));
    });
  },
});
