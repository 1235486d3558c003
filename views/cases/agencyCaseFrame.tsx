import type { Child } from 'hono/jsx';
import { Layout } from '../layout/layout.tsx';
import type { CaseSheet } from '../../src/cases/queries.ts';
import { SheetStyles } from './sheetStyles.tsx';
import { StatusBadge } from './statusBadge.tsx';
import { agencyCasesPath } from '../../src/lib/paths/cases.ts';

/** Page frame of one agency case sheet (edit or read-only): back link and the sheet's title. */
export function AgencyCaseFrame({ token, sheet, children }: { token: string; sheet: CaseSheet; children: Child }) {
  return (
    <Layout title={`事例 ${sheet.key}`} bare>
      <SheetStyles />
      <p>
        <a href={agencyCasesPath(token)}>← 事例の一覧へ</a>
      </p>
      <h1>
        事例シート {sheet.key} <StatusBadge status={sheet.status} />
      </h1>
      {children}
    </Layout>
  );
}
