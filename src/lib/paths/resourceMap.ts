// URLs of the project's resource map (社会資源マップ) and its HSDS downloads.
import { projectPath } from './projects.ts';

export const resourceMapPath = (projectId: number) => `${projectPath(projectId)}/resource-map`;

/** The map's agencies as an HSDS 3.0 directory: `json`, or `zip` (the tabular package: CSVs + datapackage.json). */
export const hsdsPath = (projectId: number, format: 'json' | 'zip') => `${resourceMapPath(projectId)}/hsds.${format}`;

/** The map's tables as an Excel workbook. */
export const resourceMapXlsxPath = (projectId: number) => `${resourceMapPath(projectId)}/export.xlsx`;
