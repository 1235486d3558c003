// URLs of the printable blank sheets (白紙の用紙) and print-only templates of a project.
import { projectPath } from './projects.ts';

export const blankSheetsPath = (projectId: number) => `${projectPath(projectId)}/blank-sheets`;

/** The questionnaire: blank, for one agency (with its 用紙番号), or one per active agency. */
export function blankQuestionnairePath(projectId: number, which: { agencyId?: number; all?: boolean } = {}): string {
  const base = `${blankSheetsPath(projectId)}/questionnaire`;
  if (which.all) return `${base}?all=1`;
  return which.agencyId ? `${base}?agency=${which.agencyId}` : base;
}

export const blankHearingPath = (projectId: number) => `${blankSheetsPath(projectId)}/hearing`;
export const blankCasePath = (projectId: number) => `${blankSheetsPath(projectId)}/case`;
export const blankCaseStudyPath = (projectId: number, meetingId: number) =>
  `${blankSheetsPath(projectId)}/meetings/${meetingId}/case-study`;
export const blankGroupWorkPath = (projectId: number, meetingId: number) =>
  `${blankSheetsPath(projectId)}/meetings/${meetingId}/group-work`;

/** つなぐシート and 相談受付票: `from`/`to` pre-fill the sending and receiving agencies. */
export function relaySheetPath(projectId: number, fill: { from?: number; to?: number } = {}): string {
  const params = new URLSearchParams();
  if (fill.from) params.set('from', String(fill.from));
  if (fill.to) params.set('to', String(fill.to));
  const qs = params.toString();
  return `${blankSheetsPath(projectId)}/relay${qs ? `?${qs}` : ''}`;
}
export const intakeSheetPath = (projectId: number, agencyId?: number) =>
  `${blankSheetsPath(projectId)}/intake${agencyId ? `?agency=${agencyId}` : ''}`;

/** Staff type the 用紙番号 of a returned paper questionnaire here. */
export const paperEntryPath = (projectId: number) => `${blankSheetsPath(projectId)}/paper-entry`;
