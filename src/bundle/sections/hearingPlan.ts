import { z } from 'zod';
import { hearingPlans } from '../../db/schema.ts';
import { listAllPlannedAgencyIds } from '../../hearings/planQueries.ts';
import { checkRef, defineSection } from '../section.ts';

/**
 * `hearingPlan`: keys of the agencies chosen for a hearing (ヒアリング予定), the base of the
 * hearing 実施率 (実施済み ÷ 予定機関数). Optional; an agency with a hearing counts as planned anyway.
 */
export const hearingPlanSection = defineSection<string[]>({
  key: 'hearingPlan',
  label: 'ヒアリング予定の機関',
  schema: z.array(z.string()),
  check(list, ctx) {
    const seen = new Set<string>();
    list.forEach((key, i) => {
      checkRef(ctx.agencies, key, ['hearingPlan', i], '機関', ctx);
      if (seen.has(key)) ctx.problem(['hearingPlan', i], `機関キー ${JSON.stringify(key)} が重複しています`);
      seen.add(key);
    });
  },
  importer(db, list, ctx) {
    for (const key of list)
      db.insert(hearingPlans)
        .values({ projectId: ctx.projectId, agencyId: ctx.agencyIds.get(key)! })
        .run();
  },
  exporter(db, ctx) {
    return listAllPlannedAgencyIds(db, ctx.projectId).map((id) => ctx.agencyKeys.get(id)!);
  },
});
