// URLs of the hearing pages: staff work under the project; an agency reads the records shared
// with it below its secret link.
import { projectPath } from './projects.ts';
import { agencyPortalPath } from './agencies.ts';

/** `/projects/12/hearings`: the list of hearing records, and the prefix of every hearing page. */
export const hearingsPath = (projectId: number) => `${projectPath(projectId)}/hearings`;

export const newHearingPath = (projectId: number) => `${hearingsPath(projectId)}/new`;

/** `/projects/12/hearings/5`: one record; its edit, tagging, sharing and delete actions live below it. */
export const hearingPath = (projectId: number, hearingId: number) => `${hearingsPath(projectId)}/${hearingId}`;

export const hearingEditPath = (projectId: number, hearingId: number) => `${hearingPath(projectId, hearingId)}/edit`;

/** Where staff choose the agencies to hear (ヒアリング予定), the base of the 実施率. */
export const hearingPlanPath = (projectId: number) => `${hearingsPath(projectId)}/plan`;

/** The theme × agency summary, where themes are also added and deleted. */
export const hearingThemesPath = (projectId: number) => `${hearingsPath(projectId)}/themes`;

/** The theme summary as an Excel workbook. */
export const hearingThemesXlsxPath = (projectId: number) => `${hearingThemesPath(projectId)}/export.xlsx`;

export const hearingThemePath = (projectId: number, themeId: number) => `${hearingThemesPath(projectId)}/${themeId}`;

/** `/a/<token>/hearings`: the records staff shared with the agency. */
export const agencyHearingsPath = (token: string) => `${agencyPortalPath(token)}/hearings`;

export const agencyHearingPath = (token: string, hearingId: number) => `${agencyHearingsPath(token)}/${hearingId}`;
