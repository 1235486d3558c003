// URLs of staff accounts: one's own account page, the administrators' account list and the
// one-time links (invitation, password reset) that work without logging in.
import { membersPath } from './projects.ts';

/** `/account`: the logged-in user's password and sessions. */
export const accountPath = () => '/account';
export const accountPasswordPath = () => `${accountPath()}/password`;
export const accountSessionRevokePath = () => `${accountPath()}/sessions/revoke`;
export const accountLogoutEverywherePath = () => `${accountPath()}/logout-everywhere`;

/** `/accounts`: every staff account, for administrators. */
export const accountsPath = () => '/accounts';
export const accountActionPath = (
  userId: number,
  action: 'deactivate' | 'reactivate' | 'reset-link' | 'end-sessions',
) => `${accountsPath()}/${userId}/${action}`;

export const invitationPath = (token: string) => `/invite/${token}`;
export const passwordResetPath = (token: string) => `/reset/${token}`;
export const forgotPasswordPath = () => '/forgot-password';

export const inviteStaffPath = (projectId: number) => `${membersPath(projectId)}/invite`;
export const invitationCancelPath = (projectId: number, invitationId: number) =>
  `${membersPath(projectId)}/invitations/${invitationId}/cancel`;
