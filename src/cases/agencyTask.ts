// The case sheets' entry on the agency home (AGENCY_TASKS of src/agencies/agencyRoutes.tsx).
import type { AgencyTaskProvider } from '../agencies/tasks.ts';
import { formatDate } from '../lib/format.ts';
import { caseWindow } from './form.ts';
import { listAgencyCases } from './queries.ts';
import { agencyCasesPath } from '../lib/paths/cases.ts';

/** The agency home's entry for the case sheets the agency is asked for. */
export const caseAgencyTask: AgencyTaskProvider = (db, agency, token) => {
  const window = caseWindow(db, agency.projectId);
  const cases = listAgencyCases(db, agency);
  if (!window.opensOn && !window.closesOn && !cases.length) return null;
  const submitted = cases.filter((c) => c.status === 'submitted').length;
  const drafts = cases.length - submitted;
  const status = !cases.length
    ? window.editable
      ? '未提出'
      : '受付終了'
    : [submitted && `提出 ${submitted}件`, drafts && `下書き ${drafts}件`].filter(Boolean).join('・');
  return {
    title: '支援事例シートの提出',
    href: agencyCasesPath(token),
    status,
    deadline: window.closesOn ? formatDate(window.closesOn) : undefined,
    note: '好事例・困難事例を、個人が特定されない形でお寄せください。',
  };
};
