// URLs of the agency pages: staff manage agencies under the project; an agency reaches its own
// pages only through its secret link /a/:token.
import { projectPath } from '../projects/paths.ts';

export const agenciesPath = (projectId: number) => `${projectPath(projectId)}/agencies`;

export const agencyPath = (projectId: number, agencyId: number) => `${agenciesPath(projectId)}/${agencyId}`;

/** `/a/<token>`: the agency's home; its questionnaire, cases and hearings live below it. */
export const agencyPortalPath = (token: string) => `/a/${token}`;
