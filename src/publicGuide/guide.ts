// The public consultation guide's pure rules: which entries are published, which match a
// resident's age and need, and what a new entry starts with. No HTTP, no database.
import { GUIDE_AGE_GROUPS, GUIDE_NEEDS, type GuideNeedKey } from '../lib/labels/publicGuide.ts';
import type { AgencyField } from '../lib/labels/agencies.ts';
import { ageRangeLabel, servesBand } from '../resourceMap/map.ts';

export type GuideEntry = {
  agencyId: number;
  name: string;
  field: AgencyField;
  ageMin: number | null;
  ageMax: number | null;
  archived: boolean;
  optedIn: boolean;
  offers: string;
  reach: string;
  hours: string;
  familyOnly: boolean;
  anonymous: boolean;
  needs: string[];
  checkedAt: string | null;
  /** The agency has answered at all (published or declined). */
  saved: boolean;
};

export type PublishedEntry = Pick<
  GuideEntry,
  'agencyId' | 'name' | 'offers' | 'reach' | 'hours' | 'familyOnly' | 'anonymous'
> & { ageLabel: string; needs: GuideNeedKey[]; ageMin: number | null; ageMax: number | null };

/** Only what the agency itself agreed to show: opted in, checked, and still an active agency. */
export function isPublished(e: GuideEntry): boolean {
  return e.optedIn && e.checkedAt !== null && !e.archived;
}

const NEED_KEYS = new Set<string>(GUIDE_NEEDS.map((n) => n.key));

/** The published entries, carrying only the fields the public page may show. */
export function publishedEntries(entries: readonly GuideEntry[]): PublishedEntry[] {
  return entries.filter(isPublished).map((e) => ({
    agencyId: e.agencyId,
    name: e.name,
    offers: e.offers,
    reach: e.reach,
    hours: e.hours,
    familyOnly: e.familyOnly,
    anonymous: e.anonymous,
    needs: e.needs.filter((n): n is GuideNeedKey => NEED_KEYS.has(n)),
    ageMin: e.ageMin,
    ageMax: e.ageMax,
    ageLabel: ageRangeLabel(e.ageMin, e.ageMax),
  }));
}

export type GuideFilter = { age?: string; need?: string };

/**
 * The entries for a resident's age group and need. 「家族の相談」 also finds agencies that take a
 * family's consultation without the person (familyOnly); 「どこに相談すればよいか分からない」
 * finds the agencies that said they take any first consultation.
 */
export function filterEntries(entries: readonly PublishedEntry[], filter: GuideFilter): PublishedEntry[] {
  const group = GUIDE_AGE_GROUPS.find((g) => g.key === filter.age);
  return entries.filter(
    (e) =>
      (!group || servesBand(e, group)) &&
      (!filter.need || e.needs.includes(filter.need as GuideNeedKey) || (filter.need === 'family' && e.familyOnly)),
  );
}

/** A new entry's needs follow the agency's field; the agency corrects them before publishing. */
export function defaultNeeds(field: AgencyField): GuideNeedKey[] {
  switch (field) {
    case 'education':
      return ['school'];
    case 'employment':
      return ['work'];
    case 'welfare_ibasho':
      return ['ibasho', 'living'];
    case 'health_medical':
      return ['health'];
    default:
      return [];
  }
}
