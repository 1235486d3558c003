// Optional mail delivery (SMTP_URL). Without it the app shows the text to copy, as before.
import nodemailer from 'nodemailer';

export type MailMessage = { to: string; subject: string; text: string };

export type Mailer = {
  /** Sends one plain-text message; resolves false (never throws) when the server refused it. */
  send(message: MailMessage): Promise<boolean>;
};

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      try {
        await transport.sendMail({ from, ...message });
        return true;
      } catch (err) {
        // the page then shows the text to copy; the reason is for the operator's log only
        console.error(`メールを送信できませんでした（宛先 ${message.to}）: ${(err as Error).message}`);
        return false;
      }
    },
  };
}

/** The mailer configured by SMTP_URL and MAIL_FROM, or undefined when mail is off. */
export function mailerFromEnv(env: Record<string, string | undefined> = process.env): Mailer | undefined {
  const url = env.SMTP_URL?.trim();
  if (!url) return undefined;
  return createMailer(url, env.MAIL_FROM?.trim() || 'renkei <renkei@localhost>');
}
