// URLs of the public consultation guide (相談先ガイド): the public page lives under /guide/<slug>
// (no login); staff set it up under the project; each agency checks its entry on its own link.
import { projectPath } from './projects.ts';

export type GuideQuery = { age?: string; need?: string; furigana?: boolean };

/** The public page, with the resident's filters in the query string (so it can be bookmarked). */
export function publicGuidePath(slug: string, query: GuideQuery = {}): string {
  const params = new URLSearchParams();
  if (query.age) params.set('age', query.age);
  if (query.need) params.set('need', query.need);
  if (query.furigana) params.set('furigana', '1');
  const qs = params.toString();
  return `/guide/${slug}${qs ? `?${qs}` : ''}`;
}

export const guideLeafletPath = (slug: string, furigana = false) =>
  `/guide/${slug}/leaflet${furigana ? '?furigana=1' : ''}`;

export const guidePosterPath = (slug: string, furigana = false) =>
  `/guide/${slug}/poster${furigana ? '?furigana=1' : ''}`;

export const guideSettingsPath = (projectId: number) => `${projectPath(projectId)}/public-guide`;

export const agencyGuidePath = (token: string) => `/a/${token}/public-guide`;

export const agencyGuideWithdrawPath = (token: string) => `${agencyGuidePath(token)}/withdraw`;
