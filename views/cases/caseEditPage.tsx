// Staff edit a case sheet (any time; the window only limits the agency's link).
import { Notice } from '../components/form.tsx';
import { Layout } from '../layout/layout.tsx';
import type { Project } from '../../src/context.ts';
import type { CaseListItem } from '../../src/cases/queries.ts';
import { SheetStyles } from './sheetStyles.tsx';
import { StatusBadge } from './statusBadge.tsx';
import { CaseForm, type CaseFormProps } from './caseSheetForm.tsx';
import { casePath } from '../../src/lib/paths/cases.ts';

export function CaseEditPage(p: {
  project: Project;
  sheet: CaseListItem;
  notice?: string;
  form: Omit<CaseFormProps, 'sheet'>;
}) {
  return (
    <Layout title={`事例 ${p.sheet.key} の編集`} project={p.project}>
      <SheetStyles />
      <p>
        <a href={casePath(p.project.id, p.sheet.id)}>← 事例 {p.sheet.key} へ</a>
      </p>
      <h1>
        事例 {p.sheet.key}（{p.sheet.agencyName}） <StatusBadge status={p.sheet.status} />
      </h1>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <CaseForm {...p.form} sheet={p.sheet} />
    </Layout>
  );
}
