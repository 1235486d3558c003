import type { HearingRecord } from '../../src/hearings/queries.ts';
import { formatDate } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { agencyPortalPath } from '../../src/lib/paths/agencies.ts';
import { agencyHearingPath } from '../../src/lib/paths/hearings.ts';

export function AgencyHearingListPage(p: { token: string; agencyName: string; hearings: HearingRecord[] }) {
  return (
    <Layout title="ヒアリング記録の確認" bare>
      <p>
        <a href={agencyPortalPath(p.token)}>← {p.agencyName} 様のページへ戻る</a>
      </p>
      <h1>ヒアリング記録の確認</h1>
      <p>
        保健所がまとめたヒアリングの記録です。内容に誤りや追記があれば、各記録のページから修正依頼をお送りください。
      </p>
      {p.hearings.length === 0 ? (
        <p class="empty">共有された記録はまだありません。</p>
      ) : (
        <ul>
          {p.hearings.map((h) => (
            <li>
              <a href={agencyHearingPath(p.token, h.id)}>{formatDate(h.date)} のヒアリング</a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
