// The agency writes one of its case sheets while the window is open.
import { CsrfField, Notice } from '../components/form.tsx';
import type { CaseSheet } from '../../src/cases/queries.ts';
import { formatDate } from '../../src/lib/format.ts';
import { AgencyCaseFrame } from './agencyCaseFrame.tsx';
import { CaseForm, type CaseFormProps } from './caseSheetForm.tsx';
import { agencyCasePath } from '../../src/lib/paths/cases.ts';

export function AgencyCaseEditPage(p: {
  token: string;
  sheet: CaseSheet;
  closesOn: string | null;
  notice?: string;
  form: Omit<CaseFormProps, 'sheet'>;
}) {
  return (
    <AgencyCaseFrame token={p.token} sheet={p.sheet}>
      {p.closesOn && (
        <p class="muted">
          提出締切：{formatDate(p.closesOn)}
          。入力内容は自動的に下書き保存されます（JavaScriptが無効な場合は「下書き保存」を押してください）。
        </p>
      )}
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <CaseForm {...p.form} sheet={p.sheet} />
      {p.sheet.status === 'draft' && (
        <form method="post" action={`${agencyCasePath(p.token, p.sheet.id)}/delete`} class="stack">
          <CsrfField />
          <button type="submit" class="danger">
            この下書きを削除する
          </button>
        </form>
      )}
    </AgencyCaseFrame>
  );
}
