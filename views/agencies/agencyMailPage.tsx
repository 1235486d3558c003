// What happened to mails to agencies (their link, reminders): sent, or the text to copy when mail
// is off or the mail server refused it.
import { Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import { Layout } from '../layout/layout.tsx';

export type MailOutcome = {
  agencyName: string;
  message: { to: string; subject: string; text: string };
  /** 'sent' mailed, 'failed' the mail server refused, 'off' no SMTP_URL. */
  status: 'sent' | 'failed' | 'off';
};

export function AgencyMailPage(props: {
  project: Project;
  title: string;
  outcomes: MailOutcome[];
  /** Agencies that would get the mail but have no e-mail address registered. */
  withoutAddress?: string[];
  back: { href: string; label: string };
}) {
  const { outcomes } = props;
  const sent = outcomes.filter((o) => o.status === 'sent');
  const toCopy = outcomes.filter((o) => o.status !== 'sent');
  return (
    <Layout title={props.title} project={props.project}>
      <p class="muted">
        <a href={props.back.href}>{props.back.label}</a>
      </p>
      <h1>{props.title}</h1>
      {outcomes.length === 0 && <p class="empty">送る相手はいません（回答期間中で、未提出の機関が対象です）。</p>}
      {sent.length > 0 && (
        <Notice kind="success">{`${sent.map((o) => `${o.agencyName}（${o.message.to}）`).join('、')} にメールで送信しました。`}</Notice>
      )}
      {toCopy.some((o) => o.status === 'failed') && (
        <Notice kind="warn">
          メールを送信できなかった機関があります（メールサーバーの設定をご確認ください）。下の文面をコピーして届けてください。
        </Notice>
      )}
      {toCopy.length > 0 && toCopy.every((o) => o.status === 'off') && (
        <Notice>メール送信は設定されていません。下の文面をコピーして、各機関に届けてください。</Notice>
      )}
      {props.withoutAddress && props.withoutAddress.length > 0 && (
        <p>メールアドレスが未登録のため送れない機関（電話などでご連絡ください）：{props.withoutAddress.join('、')}</p>
      )}
      {toCopy.map((o, i) => (
        <section aria-labelledby={`mail-${i}`}>
          <h2 id={`mail-${i}`}>{o.agencyName}</h2>
          <p class="muted small">
            宛先：{o.message.to}　件名：{o.message.subject}
          </p>
          <div class="copy-row">
            <label for={`mail-text-${i}`} class="visually-hidden">
              {o.agencyName}への文面
            </label>
            <textarea id={`mail-text-${i}`} readonly rows={10}>
              {o.message.text}
            </textarea>
            <button type="button" data-copy={`#mail-text-${i}`}>
              文面をコピー
            </button>
          </div>
        </section>
      ))}
    </Layout>
  );
}
