import { Hono, type Context } from 'hono';
import type { AppEnv } from '../context.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { AgencyMailPage, type MailOutcome } from '../../views/agencies/agencyMailPage.tsx';
import { findAgency } from './queries.ts';
import { linkMailFor, reminderMails, type AgencyMail } from './mailing.ts';
import { recordAgencyMails } from './commands.ts';
import { publicOrigin } from './origin.ts';
import { agenciesPath, agencyPath } from '../lib/paths/agencies.ts';

type C = Context<AppEnv>;

/**
 * Mails each message when SMTP_URL is set (audited per agency); the page then lists what was
 * sent and shows the text to copy for the rest — all of it when mail is off, as before.
 */
async function deliver(c: C, kind: 'link' | 'reminder', mails: AgencyMail[]): Promise<MailOutcome[]> {
  const mailer = c.get('deps').mailer;
  const outcomes: MailOutcome[] = [];
  for (const { agency, message } of mails) {
    const status = mailer ? ((await mailer.send(message)) ? 'sent' : 'failed') : 'off';
    outcomes.push({ agencyName: agency.name, message, status });
  }
  const sent = mails.filter((_, i) => outcomes[i].status === 'sent').map((m) => m.agency);
  if (sent.length > 0) recordAgencyMails(c.get('db'), staffActor(c), { kind, sent });
  // the texts carry the agencies' secret links
  c.header('Cache-Control', 'no-store');
  return outcomes;
}

export function agencyMailRoutes() {
  const app = new Hono<AppEnv>();

  app.post('/:aid{[0-9]+}/link/mail', async (c) => {
    const project = c.get('project');
    const id = idParam(c, 'aid');
    const agency = id === null ? undefined : findAgency(c.get('db'), project.id, id);
    if (!agency) return c.notFound();
    const mail = linkMailFor(c.get('db'), publicOrigin(c), project, agency);
    if (!mail) {
      return c.text('この機関にはメールアドレスが登録されていないか、専用リンクが使えません。', 422);
    }
    return c.render(
      <AgencyMailPage
        project={project}
        title={`専用リンクのメール（${agency.name}）`}
        outcomes={await deliver(c, 'link', [mail])}
        back={{ href: agencyPath(project.id, agency.id), label: `← ${agency.name}` }}
      />,
    );
  });

  app.post('/reminders', async (c) => {
    const project = c.get('project');
    const { mails, withoutAddress } = reminderMails(c.get('db'), publicOrigin(c), project);
    return c.render(
      <AgencyMailPage
        project={project}
        title="未回答の機関へのリマインダー"
        outcomes={await deliver(c, 'reminder', mails)}
        withoutAddress={withoutAddress.map((a) => a.name)}
        back={{ href: agenciesPath(project.id), label: '← 支援機関' }}
      />,
    );
  });

  return app;
}
