// The questionnaire's entry on the agency home (AGENCY_TASKS of src/agencies/agencyRoutes.tsx).
import type { AgencyTaskProvider } from '../agencies/tasks.ts';
import { formatDate } from '../lib/format.ts';
import { findResponse, getProjectTemplate, getQuestionnaireWindow } from './queries.ts';
import { windowExplanation } from './window.ts';
import { agencyQuestionnairePath } from '../lib/paths/questionnaire.ts';

const TASK_STATUS = { none: '未回答', draft: '下書き保存済み', submitted: '提出済み' } as const;

/** The agency home's entry for the questionnaire while its window is open. */
export const questionnaireAgencyTask: AgencyTaskProvider = (db, agency, token) => {
  const window = getQuestionnaireWindow(db, agency.projectId);
  if (window.state === 'unscheduled') return null;
  const response = findResponse(db, agency.projectId, agency.id);
  return {
    title: getProjectTemplate(db, agency.projectId).template.title,
    href: agencyQuestionnairePath(token),
    status: TASK_STATUS[response?.status ?? 'none'],
    deadline: window.closesOn ? formatDate(window.closesOn) : undefined,
    note: windowExplanation(window.state, window) ?? undefined,
  };
};
