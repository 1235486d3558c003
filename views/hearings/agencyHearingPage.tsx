import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';
import type { HearingComment, HearingRecord } from '../../src/hearings/queries.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { HearingRecordView } from './hearingRecordView.tsx';
import { SheetStyles } from '../cases/sheetStyles.tsx';
import { agencyHearingPath, agencyHearingsPath } from '../../src/lib/paths/hearings.ts';

export function AgencyHearingPage(p: {
  token: string;
  agencyName: string;
  hearing: HearingRecord;
  comments: HearingComment[];
  values?: FormValues;
  errors?: FieldErrors;
  sent?: boolean;
}) {
  return (
    <Layout title="ヒアリング記録の確認" bare>
      <SheetStyles />
      <p>
        <a href={agencyHearingsPath(p.token)}>← ヒアリング記録の一覧へ</a>
      </p>
      <h1>ヒアリング記録（{formatDate(p.hearing.date)}）</h1>
      {p.sent && <Notice kind="success">修正依頼を送信しました。保健所の担当者が確認します。</Notice>}
      <HearingRecordView hearing={p.hearing} agencyName={p.agencyName} />
      <h2>修正依頼・コメント</h2>
      <p class="hint">記録はこのページでは変更されません。修正してほしい箇所と内容を書いてお送りください。</p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`${agencyHearingPath(p.token, p.hearing.id)}/comments`} class="stack" novalidate>
        <CsrfField />
        <Field name="body" label="修正依頼・コメント" multiline rows={4} required values={p.values} errors={p.errors} />
        <button type="submit" class="primary">
          送信する
        </button>
      </form>
      {p.comments.length > 0 && (
        <>
          <h3>送信済みの修正依頼</h3>
          <ul>
            {p.comments.map((cm) => (
              <li>
                <span class="muted">{formatDateTime(cm.createdAt)}</span>{' '}
                {cm.resolvedAt ? <span class="badge">対応済み</span> : <span class="badge draft">確認待ち</span>}
                <p class="sheet-text">{cm.body}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}
