// Mail delivery through a real SMTP server started in this process (smtp-server), not a mock:
// an invitation and a password reset arrive with the right recipient, Japanese subject and link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { Client, staffSetup } from './helpers.ts';
import { createApp } from '../src/app.tsx';
import { createUser } from '../src/auth/queries.ts';
import { createMailer } from '../src/mail/mailer.ts';

type Received = { to: string[]; raw: string };

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) in a header value. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

/** Subject and body text of a single-part plain-text message as nodemailer writes it. */
function parse(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = decodeHeader(headers.match(/^Subject: (.*)$/im)?.[1] ?? '');
  const encoding = headers
    .match(/^Content-Transfer-Encoding: (.*)$/im)?.[1]
    .trim()
    .toLowerCase();
  const body = rest.join('\n\n');
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? Buffer.from(
            body
              .replace(/=\r?\n/g, '')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8')
        : body;
  return { subject, text };
}

describe('mail through SMTP_URL', { timeout: 90_000 }, () => {
  const inbox: Received[] = [];
  let server: SMTPServer;
  let url: string;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          done();
        });
      },
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('mails an invitation and a password reset with the link, and says so on the page', async () => {
    const { db, project, admin } = await staffSetup();
    const app = createApp({ db, mailer: createMailer(url, 'renkei <renkei@hokenjo.example.jp>') });
    const client = new Client(app);
    await client.post('/login', { email: admin.email, password: 'correct horse battery' });

    const res = await client.post(`/projects/${project.id}/members/invite`, {
      inviteEmail: 'newcomer@example.jp',
      role: 'staff',
    });
    const page = await res.text();
    expect(page).toContain('newcomer@example.jp にメールで送信しました');
    const link = page.match(/value="(http:\/\/localhost\/invite\/[A-Za-z0-9_-]+)"/)![1];
    expect(inbox).toHaveLength(1);
    expect(inbox[0].to).toEqual(['newcomer@example.jp']);
    const invitation = parse(inbox[0].raw);
    expect(invitation.subject).toBe('【renkei】職員アカウントへの招待');
    expect(invitation.text).toContain(link);
    expect(invitation.text).toContain('テスト市 ネットワーク');

    const nurse = await createUser(db, {
      email: 'nurse@example.jp',
      name: '保健 次郎',
      password: 'nurse password 123',
      role: 'staff',
    });
    await client.post(`/accounts/${nurse.id}/reset-link`);
    await new Client(app).post('/forgot-password', { email: 'nurse@example.jp' });
    await expect.poll(() => inbox.length).toBe(3);
    for (const mail of inbox.slice(1)) {
      expect(mail.to).toEqual(['nurse@example.jp']);
      const { subject, text } = parse(mail.raw);
      expect(subject).toBe('【renkei】パスワード再設定のご案内');
      expect(text).toMatch(/http:\/\/localhost\/reset\/[A-Za-z0-9_-]{20,}/);
    }
  });

  it('shows the text to copy when the mail server cannot be reached', async () => {
    const { db, project, admin } = await staffSetup();
    const app = createApp({ db, mailer: createMailer('smtp://127.0.0.1:9', 'renkei <renkei@localhost>') });
    const client = new Client(app);
    await client.post('/login', { email: admin.email, password: 'correct horse battery' });
    const res = await client.post(`/projects/${project.id}/members/invite`, { inviteEmail: 'x@example.jp' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('メールを送信できませんでした');
  });
});
