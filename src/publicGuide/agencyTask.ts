// The guide's entry on the agency home (AGENCY_TASKS of src/agencies/agencyRoutes.tsx).
import type { AgencyTaskProvider } from '../agencies/tasks.ts';
import { agencyGuidePath } from '../lib/paths/publicGuide.ts';
import { agencyGuideView } from './staffViewModel.ts';

/** Shown once staff have set up the guide: the agency decides whether and how it is listed. */
export const publicGuideAgencyTask: AgencyTaskProvider = (db, agency, token) => {
  const view = agencyGuideView(db, agency.projectId, agency.id);
  if (!view?.guideSetUp) return null;
  return {
    title: '相談先ガイド（住民向け公開ページ）への掲載',
    href: agencyGuidePath(token),
    status: view.published ? '掲載中' : view.declined ? '掲載しない' : '未確認',
    note: '掲載は任意です。内容を確認して掲載するかどうかを選んでください。',
  };
};
