// URLs of the questionnaire pages: staff work under the project, an agency answers under its own link.
import { agencyPortalPath } from './agencies.ts';
import { projectPath } from './projects.ts';

/** `/projects/12/questionnaire`: the answer status, and the prefix of every staff questionnaire page. */
export const questionnairePath = (projectId: number) => `${projectPath(projectId)}/questionnaire`;

export const templatePath = (projectId: number) => `${questionnairePath(projectId)}/template`;

export const templateCopyPath = (projectId: number) => `${templatePath(projectId)}/copy`;

export const templateJsonPath = (projectId: number) => `${templatePath(projectId)}/json`;

export const questionEditPath = (projectId: number, questionId: string) =>
  `${templatePath(projectId)}/questions/${questionId}`;

export const sectionEditPath = (projectId: number, index: number) => `${templatePath(projectId)}/sections/${index}`;

export const resultsPath = (projectId: number) => `${questionnairePath(projectId)}/results`;

export const exportPath = (projectId: number, format: 'xlsx' | 'csv') =>
  `${questionnairePath(projectId)}/export.${format}`;

/** One agency's answers as staff see them. */
export const responsePath = (projectId: number, agencyId: number) =>
  `${questionnairePath(projectId)}/responses/${agencyId}`;

/** Staff entering answers on the agency's behalf. */
export const responseEditPath = (projectId: number, agencyId: number) => `${responsePath(projectId, agencyId)}/edit`;

/** `/a/<token>/questionnaire`: the agency's own form. */
export const agencyQuestionnairePath = (token: string) => `${agencyPortalPath(token)}/questionnaire`;

export const agencyAutosavePath = (token: string) => `${agencyQuestionnairePath(token)}/autosave`;

export const agencyReopenPath = (token: string) => `${agencyQuestionnairePath(token)}/reopen`;
