// Which agencies get which mail: their link (one agency), or a reminder (every agency that has not
// submitted the questionnaire while its window is open). Each message carries the agency's own link.
import type { Db } from '../db/client.ts';
import type { Project } from '../context.ts';
import type { MailMessage } from '../mail/mailer.ts';
import { findResponse, getQuestionnaireWindow } from '../questionnaire/queries.ts';
import { agencyLink } from './letterViewModel.ts';
import { listAgencies, type Agency } from './queries.ts';
import { agencyLinkMail, reminderMail } from './mailText.ts';

export type AgencyMail = { agency: Agency; message: MailMessage };

/** The mail with the agency's link, or null when it has no e-mail address or no working link. */
export function linkMailFor(db: Db, origin: string, project: Project, agency: Agency): AgencyMail | null {
  const link = agencyLink(db, origin, agency);
  if (!link || !agency.contactEmail) return null;
  return { agency, message: agencyLinkMail(project, { to: agency.contactEmail, agencyName: agency.name, ...link }) };
}

export function remindersOpen(db: Db, projectId: number): boolean {
  return getQuestionnaireWindow(db, projectId).state === 'open';
}

/** Reminders to the active agencies that have not submitted; those without an address are named. */
export function reminderMails(
  db: Db,
  origin: string,
  project: Project,
): { mails: AgencyMail[]; withoutAddress: Agency[] } {
  const mails: AgencyMail[] = [];
  const withoutAddress: Agency[] = [];
  if (!remindersOpen(db, project.id)) return { mails, withoutAddress };
  const { closesOn } = getQuestionnaireWindow(db, project.id);
  for (const agency of listAgencies(db, project.id, 'active')) {
    if (findResponse(db, project.id, agency.id)?.status === 'submitted') continue;
    const link = agencyLink(db, origin, agency);
    if (!link) continue;
    if (!agency.contactEmail) withoutAddress.push(agency);
    else
      mails.push({
        agency,
        message: reminderMail(project, { to: agency.contactEmail, agencyName: agency.name, closesOn, ...link }),
      });
  }
  return { mails, withoutAddress };
}
