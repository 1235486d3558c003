// The project's agencies: the active list, then the archived ones.
import { CsrfField, Notice } from '../components/form.tsx';
import { DoneNotice } from './doneNotice.tsx';
import type { Project } from '../../src/context.ts';
import type { Agency } from '../../src/agencies/queries.ts';
import { Layout } from '../layout/layout.tsx';
import { AGENCY_FIELDS, fieldLabel, formatAgeRange } from '../../src/lib/labels/agencies.ts';
import { ListControls } from '../components/listControls.tsx';
import type { ListQuery } from '../../src/http/listQuery.ts';
import {
  agencyPath,
  agencyNewPath,
  agencyImportPath,
  agencyLettersPath,
  agenciesPath,
  agencyExportPath,
  agencyRemindersPath,
  agencyLinkMailPath,
} from '../../src/lib/paths/agencies.ts';
import { CsvDownloadLinks } from '../components/csvDownloadLinks.tsx';

export function AgencyListPage(props: {
  project: Project;
  active: Agency[];
  archived: Agency[];
  notice?: string;
  imported?: number;
  /** Search, sort and filter of the active list; `active` is already the result. */
  list: { query: ListQuery; sorts: { value: string; label: string }[]; total: number };
  /** SMTP_URL set (else the reminder texts are shown to copy); the questionnaire window is open. */
  mail: { enabled: boolean; remindersOpen: boolean };
}) {
  const { project, active, archived } = props;
  return (
    <Layout title="支援機関" project={project}>
      <div class="page-head">
        <h1>支援機関</h1>
        <div class="actions">
          <a class="button primary" href={agencyNewPath(project.id)}>
            機関を登録
          </a>
          <a class="button" href={agencyImportPath(project.id)}>
            CSVで一括登録
          </a>
          {active.length > 0 && (
            <a class="button" href={agencyLettersPath(project.id)}>
              依頼文をまとめて印刷
            </a>
          )}
          {active.length > 0 && (
            <a class="button" href={agencyExportPath(project.id, 'xlsx')} download>
              一覧を Excel で出力
            </a>
          )}
          {active.length > 0 && (
            <CsvDownloadLinks href={agencyExportPath(project.id, 'csv')} label="一覧 CSV（取り込み用の列）" button />
          )}
        </div>
      </div>
      <DoneNotice message={props.notice} />
      {active.length > 0 && props.mail.remindersOpen && (
        <form method="post" action={agencyRemindersPath(project.id)} class="actions reminder-form">
          <CsrfField />
          <button type="submit">
            {props.mail.enabled ? '未回答の機関にリマインダーを送る' : '未回答の機関へのリマインダー文面を表示'}
          </button>
          <span class="muted small">アンケートを提出していない機関に、各機関の専用リンクを添えて送ります。</span>
        </form>
      )}
      {props.imported !== undefined && (
        <Notice kind="success">{`CSVから${props.imported}件の機関を登録し、それぞれの専用リンクを発行しました。`}</Notice>
      )}
      <p class="muted">
        調査に協力いただく機関の一覧です。機関ごとに専用リンク（ログイン不要）を発行し、依頼文と一緒にお送りします。
      </p>
      {props.list.total > 0 && (
        <ListControls
          action={agenciesPath(project.id)}
          query={props.list.query}
          searchLabel="機関名・種別・担当者で探す"
          sorts={props.list.sorts}
          filters={[{ name: 'field', label: '分野', options: AGENCY_FIELDS }]}
          shown={active.length}
          total={props.list.total}
        />
      )}
      {props.list.total > 0 && active.length === 0 ? (
        <p class="empty">条件に合う機関はありません。</p>
      ) : active.length === 0 ? (
        <div class="empty">
          <p>
            まだ機関が登録されていません。「機関を登録」から1件ずつ、または「CSVで一括登録」からExcelの一覧をまとめて登録できます。
          </p>
        </div>
      ) : (
        <AgencyTable project={project} agencies={active} mailEnabled={props.mail.enabled} />
      )}
      {archived.length > 0 && (
        <>
          <h2>アーカイブ済み（{archived.length}件）</h2>
          <p class="muted">
            アーカイブした機関は一覧・集計から外れ、専用リンクも使えません。元に戻すと同じリンクが再び使えます。
          </p>
          <AgencyTable project={project} agencies={archived} />
        </>
      )}
    </Layout>
  );
}

function LinkStatus({ agency }: { agency: Agency }) {
  if (agency.archivedAt) return <span class="badge archived">無効（アーカイブ）</span>;
  return agency.tokenHash ? <span class="badge status-open">発行済み</span> : <span class="badge draft">停止中</span>;
}

function AgencyTable(props: { project: Project; agencies: Agency[]; mailEnabled?: boolean }) {
  const { project, agencies } = props;
  return (
    <div class="table-wrap">
      <table class="agency-table">
        <thead>
          <tr>
            <th scope="col">機関名</th>
            <th scope="col">種別</th>
            <th scope="col">分野</th>
            <th scope="col">対象年齢</th>
            <th scope="col">担当者</th>
            <th scope="col">専用リンク</th>
            <th scope="col">記号</th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr>
              <td>
                <a href={agencyPath(project.id, a.id)}>{a.name}</a>
              </td>
              <td>{a.kind}</td>
              <td>{fieldLabel(a.field)}</td>
              <td>{formatAgeRange(a.ageMin, a.ageMax)}</td>
              <td>
                {a.contactName}
                {a.contactEmail && <div class="muted small">{a.contactEmail}</div>}
              </td>
              <td>
                <LinkStatus agency={a} />
                {props.mailEnabled !== undefined && a.contactEmail && a.tokenHash && !a.archivedAt && (
                  <form method="post" action={agencyLinkMailPath(project.id, a.id)}>
                    <CsrfField />
                    <button
                      type="submit"
                      class="small"
                      aria-label={`${props.mailEnabled ? 'リンクをメールで送る' : 'メール文面'}（${a.name}）`}
                    >
                      {props.mailEnabled ? 'リンクをメールで送る' : 'メール文面'}
                    </button>
                  </form>
                )}
              </td>
              <td>
                <code>{a.key}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
