// URLs of the project's audit log (操作履歴): the page with its filters, and the same filters as CSV.
import { projectPath } from './projects.ts';

/** The filters of the audit page as they appear in its URL (empty ones are left out). */
export type AuditQuery = {
  scope?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
};

function search(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const key of ['scope', 'actor', 'action', 'from', 'to', 'page'] as const) {
    const value = query[key];
    if (value !== undefined && value !== '' && !(key === 'scope' && value === 'project'))
      params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** `/projects/12/audit`, or with filters and a page: `/projects/12/audit?actor=staff%3A3&page=2`. */
export const auditPath = (projectId: number, query: AuditQuery = {}) =>
  `${projectPath(projectId)}/audit${search(query)}`;

/** The filtered entries as CSV (all pages). */
export const auditCsvPath = (projectId: number, query: AuditQuery = {}) =>
  `${projectPath(projectId)}/audit/export.csv${search({ ...query, page: undefined })}`;
