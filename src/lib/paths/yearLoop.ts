// URLs of the year's close: the next year's project.
import { projectPath } from './projects.ts';

/** POST: creates the next fiscal year's project from this one. */
export const nextYearPath = (projectId: number) => `${projectPath(projectId)}/next-year`;
