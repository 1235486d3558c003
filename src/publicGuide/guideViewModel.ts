// What the public guide's pages show: only published entries, filtered as the resident asked.
import type { Db } from '../db/client.ts';
import { qrSvg } from '../agencies/qr.ts';
import { publicGuidePath } from '../lib/paths/publicGuide.ts';
import { filterEntries, publishedEntries } from './guide.ts';
import { findEnabledGuideBySlug, listGuideEntries } from './queries.ts';
import type { GuideFilterInput } from './schemas.ts';
import type { GuideQuery } from '../lib/paths/publicGuide.ts';
import type { PublishedEntry } from './guide.ts';

export type PublicGuidePageProps = {
  slug: string;
  title: string;
  intro: string;
  projectName: string;
  query: GuideQuery;
  entries: PublishedEntry[];
  total: number;
};

export type GuidePrintProps = {
  title: string;
  intro: string;
  projectName: string;
  url: string;
  qrSvg: string;
  entries: PublishedEntry[];
  furigana: boolean;
};

function loadPublished(db: Db, slug: string) {
  const found = findEnabledGuideBySlug(db, slug);
  if (!found) return null;
  return { ...found, entries: publishedEntries(listGuideEntries(db, found.guide.projectId)) };
}

export function publicGuideView(db: Db, slug: string, query: GuideFilterInput): PublicGuidePageProps | null {
  const loaded = loadPublished(db, slug);
  if (!loaded) return null;
  return {
    slug,
    title: loaded.guide.title,
    intro: loaded.guide.intro,
    projectName: loaded.projectName,
    query,
    entries: filterEntries(loaded.entries, query),
    total: loaded.entries.length,
  };
}

export async function guidePrintView(
  db: Db,
  slug: string,
  origin: string,
  furigana: boolean,
): Promise<GuidePrintProps | null> {
  const loaded = loadPublished(db, slug);
  if (!loaded) return null;
  const url = `${origin}${publicGuidePath(slug)}`;
  return {
    title: loaded.guide.title,
    intro: loaded.guide.intro,
    projectName: loaded.projectName,
    url,
    qrSvg: await qrSvg(url),
    entries: loaded.entries,
    furigana,
  };
}
