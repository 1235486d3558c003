// The texts of mails to agencies: the same words whether mailed or shown to copy.
import type { Project } from '../context.ts';
import { formatDate } from '../lib/format.ts';
import type { MailMessage } from '../mail/mailer.ts';

type LinkMail = { to: string; agencyName: string; url: string; shortUrl: string };

const sender = (project: Project) =>
  project.hostHealthCentre || `${project.municipality} ひきこもり支援ネットワーク事務局`;

function linkLines(mail: LinkMail, project: Project): string[] {
  return [
    '貴機関専用ページ（ログイン不要）：',
    mail.url,
    '',
    `手で入力するときの短いアドレス：${mail.shortUrl}`,
    '',
    'このURLは貴機関専用です。機関外の方と共有しないでください。',
    `お問い合わせ：${sender(project)}${project.contactPhone ? `（電話 ${project.contactPhone}）` : ''}`,
  ];
}

export function agencyLinkMail(project: Project, mail: LinkMail): MailMessage {
  return {
    to: mail.to,
    subject: `【${project.name}】実態調査へのご協力のお願い（専用ページのご案内）`,
    text: [
      `${mail.agencyName} ご担当者様`,
      '',
      `${sender(project)}です。「${project.name}」の実態調査（アンケート・事例提供・ヒアリング）へのご協力をお願いしております。`,
      '下記の貴機関専用ページからご回答ください。入力内容は途中で保存されます。',
      '',
      ...linkLines(mail, project),
    ].join('\n'),
  };
}

export function reminderMail(project: Project, mail: LinkMail & { closesOn: string | null }): MailMessage {
  return {
    to: mail.to,
    subject: `【${project.name}】アンケートご回答のお願い（リマインダー）`,
    text: [
      `${mail.agencyName} ご担当者様`,
      '',
      `${sender(project)}です。「${project.name}」のアンケートは、まだ提出されていません。`,
      mail.closesOn
        ? `回答期限は${formatDate(mail.closesOn)}です。お忙しいところ恐縮ですが、下記の専用ページからご回答ください。`
        : 'お忙しいところ恐縮ですが、下記の専用ページからご回答ください。',
      'すでにご提出の場合は、行き違いですのでご容赦ください。',
      '',
      ...linkLines(mail, project),
    ].join('\n'),
  };
}
