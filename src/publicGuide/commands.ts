// State changes of the public consultation guide: each writes with its audit entry in one transaction.
import type { Db } from '../db/client.ts';
import { recordAudit, type Actor } from '../audit/log.ts';
import { nowIso } from '../lib/time.ts';
import { DEFAULT_GUIDE_INTRO, DEFAULT_GUIDE_TITLE } from '../lib/labels/publicGuide.ts';
import { upsertGuide, upsertGuideEntry, type PublicGuide } from './queries.ts';
import type { GuideEntryInput, GuideSettingsInput } from './schemas.ts';

/** Staff publish or withdraw the guide and set its wording (blank wording = the default). */
export function saveGuideSettings(db: Db, actor: Actor, projectId: number, input: GuideSettingsInput): PublicGuide {
  return db.transaction(() => {
    const guide = upsertGuide(
      db,
      projectId,
      {
        enabled: input.enabled,
        title: input.title || DEFAULT_GUIDE_TITLE,
        intro: input.intro || DEFAULT_GUIDE_INTRO,
      },
      nowIso(),
    );
    recordAudit(db, {
      projectId,
      actor,
      action: input.enabled ? 'public_guide.publish' : 'public_guide.withdraw',
      entity: 'public_guide',
      entityId: projectId,
    });
    return guide;
  });
}

type Own = { projectId: number; agencyId: number };

/** The agency checks its entry and agrees to be listed (「この内容で掲載する」). */
export function publishGuideEntry(db: Db, actor: Actor, own: Own, input: GuideEntryInput): void {
  const now = nowIso();
  db.transaction(() => {
    upsertGuideEntry(db, own, { ...input, optedIn: true, checkedAt: now }, now);
    recordAudit(db, {
      projectId: own.projectId,
      actor,
      action: 'public_guide.entry_publish',
      entity: 'agency',
      entityId: own.agencyId,
    });
  });
}

/** The agency takes its entry off the guide (what it typed is kept for later). */
export function withdrawGuideEntry(db: Db, actor: Actor, own: Own): void {
  const now = nowIso();
  db.transaction(() => {
    upsertGuideEntry(db, own, { optedIn: false, checkedAt: null }, now);
    recordAudit(db, {
      projectId: own.projectId,
      actor,
      action: 'public_guide.entry_withdraw',
      entity: 'agency',
      entityId: own.agencyId,
    });
  });
}
