// The hearing records' entry on the agency home (AGENCY_TASKS of src/agencies/agencyRoutes.tsx).
import type { AgencyTaskProvider } from '../agencies/tasks.ts';
import { listComments, listSharedHearings } from './queries.ts';
import { agencyHearingsPath } from '../lib/paths/hearings.ts';

/** The agency home's entry for shared hearing records waiting for the agency to check. */
export const hearingAgencyTask: AgencyTaskProvider = (db, agency, token) => {
  const shared = listSharedHearings(db, agency);
  if (!shared.length) return null;
  const commented = shared.every((h) => listComments(db, h.id).some((cm) => cm.agencyId === agency.id));
  return {
    title: 'ヒアリング記録の確認',
    href: agencyHearingsPath(token),
    status: commented ? '修正依頼を送信済み' : '確認のお願い',
    note: '保健所がまとめたヒアリングの記録をご確認ください。誤りがあれば修正依頼をお送りください。',
  };
};
