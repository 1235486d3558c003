// URLs of the agency pages: staff manage agencies under the project; an agency reaches its own
// pages only through its secret link /a/:token.
import { projectPath } from './projects.ts';

export const agenciesPath = (projectId: number) => `${projectPath(projectId)}/agencies`;

export const agencyPath = (projectId: number, agencyId: number) => `${agenciesPath(projectId)}/${agencyId}`;

/** `/a/<token>`: the agency's home; its questionnaire, cases and hearings live below it. */
export const agencyPortalPath = (token: string) => `/a/${token}`;

export const agencyNewPath = (projectId: number) => `${agenciesPath(projectId)}/new`;

/** Inline validation of the agency form's fields. */
export const agencyValidatePath = (projectId: number) => `${agenciesPath(projectId)}/validate`;

export const agencyImportPath = (projectId: number) => `${agenciesPath(projectId)}/import`;

export const agencyImportConfirmPath = (projectId: number) => `${agencyImportPath(projectId)}/confirm`;

export const agencyTemplatePath = (projectId: number) => `${agenciesPath(projectId)}/template.csv`;

/** The active agencies as a file: CSV in the import template's columns, or XLSX. */
export const agencyExportPath = (projectId: number, format: 'csv' | 'xlsx') =>
  `${agenciesPath(projectId)}/export.${format}`;

/** Every active agency's request letter, for printing in one go. */
export const agencyLettersPath = (projectId: number) => `${agenciesPath(projectId)}/letters`;

export const agencyEditPath = (projectId: number, agencyId: number) => `${agencyPath(projectId, agencyId)}/edit`;

export const agencyLetterPath = (projectId: number, agencyId: number) => `${agencyPath(projectId, agencyId)}/letter`;

/** The agency's archive / unarchive form posts here. */
export const agencyArchivePath = (projectId: number, agencyId: number, archived: boolean) =>
  `${agencyPath(projectId, agencyId)}/${archived ? 'archive' : 'unarchive'}`;

/** Issue, reissue or revoke the agency's secret link (GET: the confirmation page; POST: do it). */
export const agencyLinkPath = (projectId: number, agencyId: number, action: 'issue' | 'reissue' | 'revoke') =>
  `${agencyPath(projectId, agencyId)}/link/${action}`;

/** `/a/K7QXM-3PD2H-482913`: the short, typeable form of an agency's link (src/agencies/shortLinks.ts). */
export const agencyShortPath = (shortCode: string) => `/a/${shortCode}`;

/** Mail the agency its link (POST; shows the text to copy when mail is off). */
export const agencyLinkMailPath = (projectId: number, agencyId: number) =>
  `${agencyPath(projectId, agencyId)}/link/mail`;

/** Remind every agency that has not submitted the questionnaire (POST). */
export const agencyRemindersPath = (projectId: number) => `${agenciesPath(projectId)}/reminders`;
