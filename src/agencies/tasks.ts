import type { Db } from '../db/client.ts';
import type { AgencyPrincipal } from '../context.ts';

/** One entry of the agency home's "ご回答・ご提出のお願い" list. */
export type AgencyTask = {
  title: string;
  /** Where the agency goes to do it (a path under `/a/${token}`), or null when nothing to open yet. */
  href: string | null;
  /** Short status shown as a badge, e.g. 未回答 / 下書き保存済み / 提出済み. */
  status: string;
  /** Already formatted for display (use formatDate from src/lib/format.ts). */
  deadline?: string;
  note?: string;
};

export type AgencyTaskProvider = (db: Db, agency: AgencyPrincipal, token: string) => AgencyTask | null;

/** The agency home's list: each provider's entry, in the order given, skipping those with nothing. */
export function collectAgencyTasks(
  providers: readonly AgencyTaskProvider[],
  db: Db,
  agency: AgencyPrincipal,
  token: string,
): AgencyTask[] {
  return providers.map((p) => p(db, agency, token)).filter((t): t is AgencyTask => t !== null);
}
