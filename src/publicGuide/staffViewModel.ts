// What staff and agencies see of the guide: its settings, each agency's state, one agency's form.
import type { Db } from '../db/client.ts';
import type { FormValues } from '../http/form.ts';
import { formatDateTime } from '../lib/format.ts';
import { DEFAULT_GUIDE_INTRO, DEFAULT_GUIDE_TITLE } from '../lib/labels/publicGuide.ts';
import { defaultNeeds, isPublished, publishedEntries, type GuideEntry, type PublishedEntry } from './guide.ts';
import { findGuide, findGuideEntry, listGuideEntries, type PublicGuide } from './queries.ts';

export type GuideAgencyState = { name: string; state: 'published' | 'unchecked' | 'declined'; label: string };

export type GuideSettingsView = {
  guide: PublicGuide | undefined;
  values: FormValues;
  publicUrl: string | null;
  agencies: GuideAgencyState[];
  publishedCount: number;
};

function agencyState(e: GuideEntry): GuideAgencyState {
  if (isPublished(e))
    return { name: e.name, state: 'published', label: `掲載中（${formatDateTime(e.checkedAt)} 確認）` };
  if (e.saved && !e.optedIn) return { name: e.name, state: 'declined', label: '掲載しない' };
  return { name: e.name, state: 'unchecked', label: '未確認' };
}

export function guideSettingsView(db: Db, projectId: number, origin: string): GuideSettingsView {
  const guide = findGuide(db, projectId);
  const entries = listGuideEntries(db, projectId).filter((e) => !e.archived);
  return {
    guide,
    values: {
      enabled: guide?.enabled ?? false,
      title: guide?.title ?? DEFAULT_GUIDE_TITLE,
      intro: guide?.intro ?? DEFAULT_GUIDE_INTRO,
    },
    publicUrl: guide ? `${origin}/guide/${guide.slug}` : null,
    agencies: entries.map(agencyState),
    publishedCount: entries.filter(isPublished).length,
  };
}

export type AgencyGuideView = {
  agencyName: string;
  /** Staff have set the guide up (published or not yet): the agency home then asks about it. */
  guideSetUp: boolean;
  guideEnabled: boolean;
  values: FormValues;
  published: PublishedEntry | null;
  /** The agency said it does not want to be listed. */
  declined: boolean;
};

/**
 * The agency's own form: what it saved, or a start from its field; and how it reads when published.
 * An agency may prepare its entry before staff publish the guide.
 */
export function agencyGuideView(db: Db, projectId: number, agencyId: number): AgencyGuideView | null {
  const guide = findGuide(db, projectId);
  const entry = findGuideEntry(db, projectId, agencyId);
  if (!entry) return null;
  const started = entry.offers !== '' || entry.reach !== '';
  return {
    agencyName: entry.name,
    guideSetUp: guide !== undefined,
    guideEnabled: guide?.enabled ?? false,
    values: {
      offers: entry.offers,
      reach: entry.reach,
      hours: entry.hours,
      familyOnly: entry.familyOnly,
      anonymous: entry.anonymous,
      needs: started ? entry.needs : defaultNeeds(entry.field),
    },
    published: publishedEntries([entry])[0] ?? null,
    declined: entry.saved && !entry.optedIn,
  };
}
