// One agency: its details, its secret link and archiving.
import { CsrfField } from '../components/form.tsx';
import { DoneNotice } from './doneNotice.tsx';
import type { Project } from '../../src/context.ts';
import type { Agency } from '../../src/agencies/queries.ts';
import type { AgencyLink } from '../../src/agencies/letterViewModel.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { fieldLabel, formatAgeRange } from '../../src/lib/labels/agencies.ts';
import {
  agenciesPath,
  agencyEditPath,
  agencyLetterPath,
  agencyLinkPath,
  agencyArchivePath,
  agencyLinkMailPath,
} from '../../src/lib/paths/agencies.ts';

export function AgencyDetailPage(props: {
  project: Project;
  agency: Agency;
  link: AgencyLink | null;
  /** SMTP_URL is set: 「リンクをメールで送る」 mails; otherwise it shows the text to copy. */
  mailEnabled: boolean;
  notice?: string;
}) {
  const { project, agency, link } = props;
  return (
    <Layout title={agency.name} project={project}>
      <p class="muted">
        <a href={agenciesPath(project.id)}>支援機関</a> ＞
      </p>
      <div class="page-head">
        <h1>
          {agency.name} {agency.archivedAt && <span class="badge archived">アーカイブ済み</span>}
        </h1>
        <a class="button" href={agencyEditPath(project.id, agency.id)}>
          編集
        </a>
      </div>
      <DoneNotice message={props.notice} />
      <dl class="meta">
        <dt>種別</dt>
        <dd>{agency.kind}</dd>
        <dt>分野</dt>
        <dd>{fieldLabel(agency.field)}</dd>
        <dt>対象年齢</dt>
        <dd>{formatAgeRange(agency.ageMin, agency.ageMax)}</dd>
        <dt>担当者</dt>
        <dd>{agency.contactName || '未登録'}</dd>
        <dt>メールアドレス</dt>
        <dd>{agency.contactEmail ? <a href={`mailto:${agency.contactEmail}`}>{agency.contactEmail}</a> : '未登録'}</dd>
        <dt>機関の記号（データ連携用）</dt>
        <dd>
          <code>{agency.key}</code>
        </dd>
        <dt>登録日時</dt>
        <dd>{formatDateTime(agency.createdAt)}</dd>
      </dl>

      <section class="agency-link" aria-labelledby="link-heading">
        <h2 id="link-heading">専用リンク</h2>
        {agency.archivedAt ? (
          <p>
            アーカイブ中のため、この機関の専用リンクは使えません。アーカイブを解除すると、以前と同じリンクが再び使えます。
          </p>
        ) : link ? (
          <>
            <p class="muted">
              この機関の方はこのリンクから回答します（ログイン不要）。依頼文に印刷されるのと同じURLです。
            </p>
            <div class="copy-row">
              <label for="agency-link" class="visually-hidden">
                専用リンクのURL
              </label>
              <input id="agency-link" type="text" readonly value={link.url} />
              <button type="button" data-copy="#agency-link">
                コピー
              </button>
            </div>
            <p class="muted">短いアドレス（依頼文のQRコードの横に印刷。電話で伝えるときや手で入力するときに）：</p>
            <div class="copy-row">
              <label for="agency-short-link" class="visually-hidden">
                短いアドレス
              </label>
              <input id="agency-short-link" type="text" readonly value={link.shortUrl} />
              <button type="button" data-copy="#agency-short-link">
                コピー
              </button>
            </div>
            <p class="muted small">発行日時：{formatDateTime(agency.tokenIssuedAt)}</p>
            <div class="actions">
              <a class="button primary" href={agencyLetterPath(project.id, agency.id)}>
                依頼文を印刷
              </a>
              <a class="button" href={agencyLinkPath(project.id, agency.id, 'reissue')}>
                リンクを再発行
              </a>
              <a class="button" href={agencyLinkPath(project.id, agency.id, 'revoke')}>
                リンクを停止
              </a>
            </div>
            {agency.contactEmail ? (
              <form method="post" action={agencyLinkMailPath(project.id, agency.id)} class="actions link-mail">
                <CsrfField />
                <button type="submit">
                  {props.mailEnabled ? 'リンクをメールで送る' : 'リンクを送るメールの文面を表示'}
                </button>
                <span class="muted small">宛先：{agency.contactEmail}</span>
              </form>
            ) : (
              <p class="muted small">メールアドレスを登録すると、リンクをメールで送れます。</p>
            )}
          </>
        ) : (
          <>
            {agency.tokenHash ? (
              // the link key beside the database was lost or replaced: the URL cannot be shown again
              <p>
                リンクの鍵ファイルが変わったため、このリンクのURLを表示できません。お送り済みのリンクはそのまま使えます。依頼文やURLが必要なときは、新しいリンクを発行してください（以前のリンクは使えなくなります）。
              </p>
            ) : (
              <p>リンクは停止中です。この機関は専用ページを開けません。</p>
            )}
            <form method="post" action={agencyLinkPath(project.id, agency.id, 'issue')}>
              <CsrfField />
              <button type="submit" class="primary">
                新しいリンクを発行する
              </button>
            </form>
          </>
        )}
      </section>

      <section aria-labelledby="archive-heading">
        <h2 id="archive-heading">{agency.archivedAt ? 'アーカイブの解除' : 'アーカイブ'}</h2>
        {agency.archivedAt ? (
          <form method="post" action={agencyArchivePath(project.id, agency.id, false)}>
            <CsrfField />
            <p class="muted">アーカイブ日時：{formatDateTime(agency.archivedAt)}</p>
            <button type="submit">アーカイブを解除する</button>
          </form>
        ) : (
          <form
            method="post"
            action={agencyArchivePath(project.id, agency.id, true)}
            data-confirm={`「${agency.name}」をアーカイブします。専用リンクは使えなくなり、アンケートや事例の依頼先から外れます。入力済みのデータは残り、いつでも解除できます。アーカイブしますか？`}
          >
            <CsrfField />
            <p class="muted">
              調査の対象から外す機関はアーカイブします。入力済みのデータは消えず、いつでも元に戻せます。アーカイブ中は専用リンクが使えません。
            </p>
            <button type="submit" class="danger">
              アーカイブする
            </button>
          </form>
        )}
      </section>
    </Layout>
  );
}
