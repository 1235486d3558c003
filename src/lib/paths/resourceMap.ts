// URLs of the project's resource map (社会資源マップ) and its HSDS downloads.
import { projectPath } from './projects.ts';

export const resourceMapPath = (projectId: number) => `${projectPath(projectId)}/resource-map`;

/** The map's agencies as an HSDS directory: `format` is `json` or `csv`. */
export const hsdsPath = (projectId: number, format: 'json' | 'csv') => `${resourceMapPath(projectId)}/hsds.${format}`;
