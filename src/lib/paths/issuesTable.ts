// URLs of the problems → issues table (問題点→課題) and of the things its rows cite.
import { meetingsPath } from './meetings.ts';
import { projectPath } from './projects.ts';
import { casesPath } from './cases.ts';
import { hearingsPath, hearingThemesPath } from './hearings.ts';

/** `/projects/12/issues`: the table, and the prefix of its rows' pages. */
export const issuesPath = (projectId: number) => `${projectPath(projectId)}/issues`;

/** The table as an Excel workbook. */
export const issuesXlsxPath = (projectId: number) => `${issuesPath(projectId)}/export.xlsx`;

/** The form for a new row, optionally started from a hearing theme, a tagged passage or a case. */
export const newIssueRowPath = (
  projectId: number,
  from?: { theme: number } | { passage: number } | { case: number },
) => {
  const base = `${issuesPath(projectId)}/new`;
  if (!from) return base;
  const [key, id] = Object.entries(from)[0];
  return `${base}?${key}=${id}`;
};

/** `/projects/12/issues/7`: the prefix of one row's actions (edit, move, sources, delete). */
export const issueRowPath = (projectId: number, rowId: number) => `${issuesPath(projectId)}/${rowId}`;

export const issueRowEditPath = (projectId: number, rowId: number) => `${issueRowPath(projectId, rowId)}/edit`;

/**
 * Where a row's source links: the theme's place in the hearing summary, the hearing record the
 * passage was tagged in, the case or the meeting. Ids are those of the source row (null when unused).
 */
export function issueSourcePath(
  projectId: number,
  s: {
    kind: 'hearing_theme' | 'hearing_passage' | 'case' | 'meeting';
    themeId: number | null;
    hearingId: number | null;
    caseId: number | null;
    meetingId: number | null;
  },
): string {
  switch (s.kind) {
    case 'hearing_theme':
      return `${hearingThemesPath(projectId)}#theme-${s.themeId}`;
    case 'hearing_passage':
      return `${hearingsPath(projectId)}/${s.hearingId}`;
    case 'case':
      return `${casesPath(projectId)}/${s.caseId}`;
    case 'meeting':
      return `${meetingsPath(projectId)}/${s.meetingId}`;
  }
}

/** A row's follow-up: owner, due date or target meeting, and the dated history. */
export const issueFollowupPath = (projectId: number, rowId: number) => `${issueRowPath(projectId, rowId)}/follow-up`;
