// Loads the demo project "A市" through the bundle importer, so the demo also exercises import.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { projects } from '../db/schema.ts';
import { importBundle } from '../bundle/index.ts';
import type { Actor } from '../audit/log.ts';
import { setSurveyWindows } from '../projects/queries.ts';
import { DEMO_PROJECT_EXTRAS, demoBundle } from './bundle.ts';

/** Creates a new demo project and returns its id (each call makes another copy). */
export function loadDemo(db: Db, opts: { actor?: Actor; ownerUserId?: number } = {}): number {
  return importBundle(db, demoBundle(), {
    actor: opts.actor ?? { kind: 'system', label: 'デモデータ' },
    ownerUserId: opts.ownerUserId,
    afterImport(tx, projectId) {
      const { hostHealthCentre, adviser, surveyWindows } = DEMO_PROJECT_EXTRAS;
      tx.update(projects).set({ hostHealthCentre, adviser }).where(eq(projects.id, projectId)).run();
      setSurveyWindows(tx, projectId, surveyWindows.map((w) => ({ ...w })));
    },
  });
}
