// Mail delivery through a real SMTP server started in this process (smtp-server), not a mock:
// an invitation and a password reset arrive with the right recipient, Japanese subject and link.
import { describe, expect, it } from 'vitest';
import { parse, smtpInbox } from './smtpInbox.ts';
import { Client, staffSetup } from './helpers.ts';
import { createApp } from '../src/app.tsx';
import { createUser } from '../src/auth/queries.ts';
import { createMailer } from '../src/mail/mailer.ts';

describe('mail through SMTP_URL', { timeout: 90_000 }, () => {
  const { inbox, url: smtpUrl } = smtpInbox();

  it('mails an invitation and a password reset with the link, and says so on the page', async () => {
    const { db, project, admin } = await staffSetup();
    const app = createApp({ db, mailer: createMailer(smtpUrl(), 'renkei <renkei@hokenjo.example.jp>') });
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
