// The agency's case sheets (/a/:token/cases): its own sheets and the button that starts one.
import { CsrfField, Notice, OnceField } from '../components/form.tsx';
import { Layout } from '../layout/layout.tsx';
import type { CaseSheet } from '../../src/cases/queries.ts';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';
import { SheetStyles } from './sheetStyles.tsx';
import { StatusBadge } from './statusBadge.tsx';
import { CLASSIFICATION_LABEL } from '../../src/lib/labels/cases.ts';
import { agencyPortalPath } from '../../src/lib/paths/agencies.ts';
import { agencyCasePath, agencyCasesPath } from '../../src/lib/paths/cases.ts';

export function AgencyCaseListPage(p: {
  token: string;
  agencyName: string;
  cases: CaseSheet[];
  closesOn: string | null;
  open: boolean;
  notice?: string;
}) {
  return (
    <Layout title="事例シートの提出" bare>
      <SheetStyles />
      <p>
        <a href={agencyPortalPath(p.token)}>← {p.agencyName} 様のページへ戻る</a>
      </p>
      <h1>事例シートの提出</h1>
      <p>
        支援がうまくいった事例（好事例）と難しかった事例（困難事例）をお寄せください。ネットワーク会議の事例検討と、連携上の課題の整理に使います。氏名・住所・生年月日など、個人を特定できる情報は書かないでください。
      </p>
      {p.closesOn && <p>提出締切：{formatDate(p.closesOn)}</p>}
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      {p.open ? (
        <form method="post" action={`${agencyCasesPath(p.token)}/new`}>
          <CsrfField />
          <OnceField />
          <button type="submit" class="primary">
            新しい事例を書く
          </button>
        </form>
      ) : (
        <Notice kind="warn">事例の受付期間外です。追加・修正が必要な場合は保健所の担当者にご連絡ください。</Notice>
      )}
      <h2>貴機関の事例</h2>
      {p.cases.length === 0 ? (
        <p class="empty">まだ事例はありません。</p>
      ) : (
        <ul>
          {p.cases.map((c) => (
            <li>
              <a href={agencyCasePath(p.token, c.id)}>
                事例 {c.key}
                {c.classification && `（${CLASSIFICATION_LABEL[c.classification]}）`}
              </a>{' '}
              <StatusBadge status={c.status} /> <span class="muted">{formatDateTime(c.submittedAt ?? c.savedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
