import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { caseFactorDefs } from '../../db/schema.ts';
import { addFactorDef } from '../../cases/queries.ts';
import { checkUniqueKeys, defineSection } from '../section.ts';
import { requiredText } from '../primitives.ts';
import { FIXED_FACTORS } from '../../lib/labels/cases.ts';

export const factorId = z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, '要因IDは半角英小文字・数字・_ で指定してください');

const factor = z.strictObject({
  key: factorId,
  label: requiredText(60),
  group: z.enum(['client', 'family', 'collaboration']),
});
export type CaseFactorPart = z.infer<typeof factor>;

const FIXED_KEYS = FIXED_FACTORS.map((f) => f.key);

// Factor ids a bundle may use in cases[].factors, per check run (the CheckContext object).
const definedFactors = new WeakMap<object, Set<string>>();
export function factorKeysFor(ctx: object): Set<string> {
  return definedFactors.get(ctx) ?? new Set(FIXED_KEYS);
}

/** `extraCaseFactors`: factors the project added to the nine fixed ones of BUNDLE.md. */
export const extraCaseFactorsSection = defineSection<CaseFactorPart[]>({
  key: 'extraCaseFactors',
  label: '事例シートの追加要因',
  schema: z.array(factor),
  check(list, ctx) {
    checkUniqueKeys(list, 'extraCaseFactors', '要因', ctx);
    list.forEach((f, i) => {
      if (FIXED_KEYS.includes(f.key))
        ctx.problem(
          ['extraCaseFactors', i, 'key'],
          `${JSON.stringify(f.key)} は固定の要因IDです。別のIDにしてください`,
        );
    });
    definedFactors.set(ctx, new Set([...FIXED_KEYS, ...list.map((f) => f.key)]));
  },
  importer(db, list, ctx) {
    for (const f of list) addFactorDef(db, ctx.projectId, f);
  },
  exporter(db, ctx) {
    return db
      .select({ key: caseFactorDefs.key, label: caseFactorDefs.label, group: caseFactorDefs.group })
      .from(caseFactorDefs)
      .where(eq(caseFactorDefs.projectId, ctx.projectId))
      .orderBy(asc(caseFactorDefs.position), asc(caseFactorDefs.id))
      .all();
  },
});
