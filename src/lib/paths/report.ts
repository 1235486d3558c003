// URLs of the year-end report (事業報告書) page and its downloads.
import { projectPath } from './projects.ts';

export const reportPath = (projectId: number) => `${projectPath(projectId)}/report`;

export const reportDownloadPath = (projectId: number) => `${reportPath(projectId)}/download`;
