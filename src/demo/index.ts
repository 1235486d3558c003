// Loads the demo project "A市" through the bundle importer, so the demo also exercises import.
import type { Db } from '../db/client.ts';
import { importBundle } from '../bundle/index.ts';
import type { Actor } from '../audit/log.ts';
import { demoBundle } from './bundle.ts';

/** Creates a new demo project and returns its id (each call makes another copy). */
export function loadDemo(db: Db, opts: { actor?: Actor; ownerUserId?: number } = {}): number {
  return importBundle(db, demoBundle(), {
    actor: opts.actor ?? { kind: 'system', label: 'デモデータ' },
    ownerUserId: opts.ownerUserId,
  });
}
