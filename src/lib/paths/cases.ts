// URLs of the case-sheet pages: staff work under the project (/projects/:pid/cases); an agency
// reaches only its own sheets through its secret link (/a/:token/cases).
import { projectPath } from './projects.ts';
import { agencyPortalPath } from './agencies.ts';

/** `/projects/12/cases`: the staff list, and the prefix of every staff case page. */
export const casesPath = (projectId: number) => `${projectPath(projectId)}/cases`;

/** Staff entering a sheet on an agency's behalf. */
export const newCasePath = (projectId: number) => `${casesPath(projectId)}/new`;

/** `/projects/12/cases/5`: one sheet, and the prefix of its actions (edit, autosave, candidates, delete). */
export const casePath = (projectId: number, caseId: number) => `${casesPath(projectId)}/${caseId}`;

export const caseEditPath = (projectId: number, caseId: number) => `${casePath(projectId, caseId)}/edit`;

/**
 * 好事例と困難事例の比較, where project factors are added too; rows come in the fixed factor order,
 * or by difference (`?sort=difference`) when the user asks.
 */
export const factorComparisonPath = (projectId: number, sort?: 'difference') =>
  `${casesPath(projectId)}/factors${sort ? `?sort=${sort}` : ''}`;

/** `/a/<token>/cases`: the agency's own sheets. */
export const agencyCasesPath = (token: string) => `${agencyPortalPath(token)}/cases`;

/** `/a/<token>/cases/5`: one of the agency's sheets, and the prefix of its actions. */
export const agencyCasePath = (token: string, caseId: number) => `${agencyCasesPath(token)}/${caseId}`;
