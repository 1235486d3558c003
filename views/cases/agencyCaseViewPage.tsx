// One of the agency's case sheets read-only (submitted, or the window is closed), with reopen.
import { CsrfField, Notice } from '../components/form.tsx';
import type { CaseSheet } from '../../src/cases/queries.ts';
import { AgencyCaseFrame } from './agencyCaseFrame.tsx';
import { CaseView } from './caseSheetView.tsx';
import type { FactorDef } from '../../src/lib/labels/cases.ts';
import { agencyCasePath } from '../../src/lib/paths/cases.ts';

export function AgencyCaseViewPage(p: {
  token: string;
  sheet: CaseSheet;
  factors: FactorDef[];
  agencyNames: Map<number, string>;
  canReopen: boolean;
  notice?: string;
}) {
  return (
    <AgencyCaseFrame token={p.token} sheet={p.sheet}>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <CaseView sheet={p.sheet} factors={p.factors} agencyNames={p.agencyNames} />
      {p.canReopen && (
        <form method="post" action={`${agencyCasePath(p.token, p.sheet.id)}/reopen`}>
          <CsrfField />
          <p class="hint">修正する場合は下書きに戻し、修正後にもう一度提出してください。</p>
          <button type="submit">修正する（下書きに戻す）</button>
        </form>
      )}
    </AgencyCaseFrame>
  );
}
