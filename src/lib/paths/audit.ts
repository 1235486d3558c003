// URL of the project's audit log (操作履歴), page by page.
import { projectPath } from './projects.ts';

/** `/projects/12/audit`, or `/projects/12/audit?page=2` for a later page. */
export const auditPath = (projectId: number, page?: number) =>
  `${projectPath(projectId)}/audit${page === undefined ? '' : `?page=${page}`}`;
