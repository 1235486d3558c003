// The result of making a one-time link (invitation or password reset): the link and the message
// to copy, and whether it was also mailed.
import { Notice } from '../components/form.tsx';
import { Layout } from '../layout/layout.tsx';
import { formatDateTime } from '../../src/lib/format.ts';

export type OneTimeLinkView = {
  title: string;
  /** What was made, for whom. */
  lead: string;
  url: string;
  expiresAt: string;
  mail: { subject: string; text: string };
  /** 'sent' mailed, 'failed' the mail server refused, 'off' no SMTP_URL. */
  mailed: 'sent' | 'failed' | 'off';
  to: string;
  back: { href: string; label: string };
  project?: { id: number; name: string };
};

export function OneTimeLinkPage(props: OneTimeLinkView) {
  return (
    <Layout title={props.title} project={props.project}>
      <h1>{props.title}</h1>
      <p>{props.lead}</p>
      {props.mailed === 'sent' && <Notice kind="success">{props.to} にメールで送信しました。</Notice>}
      {props.mailed === 'failed' && (
        <Notice kind="warn">
          メールを送信できませんでした（メールサーバーの設定をご確認ください）。下の文面をコピーして、{props.to}{' '}
          に届けてください。
        </Notice>
      )}
      {props.mailed === 'off' && (
        <Notice>
          メール送信は設定されていません。下のリンク（または文面）をコピーして、{props.to} に届けてください。
        </Notice>
      )}
      <section aria-labelledby="link-heading">
        <h2 id="link-heading">1回だけ使えるリンク</h2>
        <div class="copy-row">
          <label for="one-time-link" class="visually-hidden">
            リンクのURL
          </label>
          <input id="one-time-link" type="text" readonly value={props.url} />
          <button type="button" data-copy="#one-time-link">
            コピー
          </button>
        </div>
        <p class="muted small">
          有効期限：{formatDateTime(props.expiresAt)}
          まで。このリンクはこの画面でしか表示されません（保存されるのは照合用の値だけです）。
        </p>
      </section>
      <section aria-labelledby="mail-heading">
        <h2 id="mail-heading">送る文面</h2>
        <p class="muted small">件名：{props.mail.subject}</p>
        <div class="copy-row">
          <label for="mail-text" class="visually-hidden">
            文面
          </label>
          <textarea id="mail-text" readonly rows={9}>
            {props.mail.text}
          </textarea>
          <button type="button" data-copy="#mail-text">
            文面をコピー
          </button>
        </div>
      </section>
      <p>
        <a href={props.back.href}>{props.back.label}</a>
      </p>
    </Layout>
  );
}
