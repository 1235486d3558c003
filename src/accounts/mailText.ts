// The texts of account mails: the same words whether mailed or shown to copy.
import { formatDateTime } from '../lib/format.ts';
import type { MailMessage } from '../mail/mailer.ts';

export function invitationMail(input: {
  to: string;
  url: string;
  inviter: string;
  projectName: string;
  expiresAt: string;
}): MailMessage {
  return {
    to: input.to,
    subject: '【renkei】職員アカウントへの招待',
    text: [
      `${input.inviter}さんから、renkei（連携）の「${input.projectName}」に招待されました。`,
      '',
      '次のリンクを開き、氏名とパスワードを設定してアカウントを作成してください。',
      input.url,
      '',
      `このリンクは1回だけ使えます。有効期限：${formatDateTime(input.expiresAt)}（日本時間）`,
      'お心当たりがない場合は、このメールを破棄してください。',
    ].join('\n'),
  };
}

export function passwordResetMail(input: { to: string; url: string; expiresAt: string }): MailMessage {
  return {
    to: input.to,
    subject: '【renkei】パスワード再設定のご案内',
    text: [
      'renkei（連携）のパスワードを再設定するためのリンクです。',
      '',
      '次のリンクを開き、新しいパスワードを設定してください。',
      input.url,
      '',
      `このリンクは1回だけ使えます。有効期限：${formatDateTime(input.expiresAt)}（日本時間）`,
      'お心当たりがない場合は、このメールを破棄してください（パスワードは変わりません）。',
    ].join('\n'),
  };
}
