// Staff's page of one case sheet: the sheet read-only, its case-study candidacies and deletion.
import { CsrfField, Notice } from '../components/form.tsx';
import { Layout } from '../layout/layout.tsx';
import type { Project } from '../../src/context.ts';
import type { CaseListItem } from '../../src/cases/queries.ts';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';
import { SheetStyles } from './sheetStyles.tsx';
import { StatusBadge } from './statusBadge.tsx';
import { CaseView } from './caseSheetView.tsx';
import { CONSENT_LABEL, type FactorDef } from '../../src/lib/labels/cases.ts';
import { MEETING_KIND_LABEL, type MeetingKind } from '../../src/lib/labels/meetings.ts';
import { casePrintNote } from '../../src/lib/labels/privacy.ts';
import { caseEditPath, casePath } from '../../src/lib/paths/cases.ts';
import { newIssueRowPath } from '../../src/lib/paths/issuesTable.ts';

type MeetingOption = { id: number; kind: MeetingKind; title: string; date: string };

export function CaseDetailPage(p: {
  project: Project;
  sheet: CaseListItem;
  factors: FactorDef[];
  agencyNames: Map<number, string>;
  meetings: MeetingOption[];
  candidateIds: number[];
  notice?: string;
  /** Why the last proposal was refused (422). */
  error?: string;
}) {
  const base = casePath(p.project.id, p.sheet.id);
  return (
    <Layout title={`事例 ${p.sheet.key}`} project={p.project}>
      <SheetStyles />
      <div class="page-head">
        <h1>
          事例 {p.sheet.key}（{p.sheet.agencyName}） <StatusBadge status={p.sheet.status} />
        </h1>
        <div class="actions">
          <a class="button" href={caseEditPath(p.project.id, p.sheet.id)}>
            編集
          </a>
          <a class="button" href={newIssueRowPath(p.project.id, { case: p.sheet.id })}>
            問題点と課題の表に追加
          </a>
          <button type="button" data-print>
            印刷
          </button>
        </div>
      </div>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      {p.error && <Notice kind="warn">{p.error}</Notice>}
      <p class="muted">
        最終保存 {formatDateTime(p.sheet.savedAt)}
        {p.sheet.submittedAt && `・提出 ${formatDateTime(p.sheet.submittedAt)}`}
      </p>
      <CaseView sheet={p.sheet} factors={p.factors} agencyNames={p.agencyNames} />
      <h2>事例検討の候補</h2>
      <p class="hint">
        ネットワーク会議・支援会議の事例検討で取り上げる候補にします。提出済みの事例だけが会議の画面に表示されます。
        資料に何が載るかは、情報共有の同意（{p.sheet.consent ? CONSENT_LABEL[p.sheet.consent] : '未記録'}
        ）と会議の種類で決まります。
      </p>
      {!p.sheet.consent && (
        <Notice kind="warn">
          同意の状態が記録されていません。候補にする前に
          <a href={caseEditPath(p.project.id, p.sheet.id)}>編集画面</a>
          で「同意あり（本人・家族）／同意なし（支援会議内のみ）／不明」のいずれかを記録してください。
        </Notice>
      )}
      {p.meetings.length === 0 ? (
        <p class="muted">会議が登録されていません。</p>
      ) : (
        <ul>
          {p.meetings.map((m) => {
            const on = p.candidateIds.includes(m.id);
            return (
              <li>
                {m.title}（{formatDate(m.date)}・{MEETING_KIND_LABEL[m.kind]}）
                {on && <span class="badge submitted">候補</span>}{' '}
                <form method="post" action={`${base}/candidates`} class="inline">
                  <CsrfField />
                  <input type="hidden" name="meetingId" value={String(m.id)} />
                  <input type="hidden" name="on" value={on ? '0' : '1'} />
                  <button type="submit">{on ? '候補から外す' : '候補にする'}</button>
                </form>
                <span class="hint"> {casePrintNote(p.sheet.consent, m.kind)}</span>
              </li>
            );
          })}
        </ul>
      )}
      <h2>事例の削除</h2>
      <form method="post" action={`${base}/delete`} class="inline">
        <CsrfField />
        <label>
          <input type="checkbox" name="confirm" value="1" required /> この事例シートを削除することを確認しました
        </label>{' '}
        <button type="submit" class="danger">
          削除する
        </button>
      </form>
    </Layout>
  );
}
