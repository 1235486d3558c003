import type { Db } from '../db/client.ts';
import type { AgencyPrincipal } from '../context.ts';

/** One entry of the agency home's "ご回答・ご提出のお願い" list. */
export type AgencyTask = {
  title: string;
  /** Where the agency goes to do it (a path under `/a/${token}`), or null when nothing to open yet. */
  href: string | null;
  /** Short status shown as a badge, e.g. 未回答 / 下書き保存済み / 提出済み. */
  status: string;
  /** Already formatted for display (use formatDate from src/lib/time.ts). */
  deadline?: string;
  note?: string;
};

export type AgencyTaskProvider = (db: Db, agency: AgencyPrincipal, token: string) => AgencyTask | null;

/**
 * Features add their entry to the agency home by pushing a provider here from their own
 * module, e.g. in src/questionnaire/portal.tsx:
 *
 *   agencyTaskProviders.push((db, agency, token) => ({ title: 'アンケート', href: `/a/${token}/questionnaire`, status: '未回答' }));
 *
 * A provider returns null when it has nothing for this agency (e.g. the survey part is not
 * open). Queries must be scoped by `agency.id` and `agency.projectId`. The module that
 * pushes must be imported by the app (its routes file is, once mounted in src/app.tsx).
 */
export const agencyTaskProviders: AgencyTaskProvider[] = [];

export function collectAgencyTasks(db: Db, agency: AgencyPrincipal, token: string): AgencyTask[] {
  return agencyTaskProviders.map((p) => p(db, agency, token)).filter((t): t is AgencyTask => t !== null);
}
