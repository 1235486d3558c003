// The status of a case sheet as a badge.
import type { CaseSheet } from '../../src/cases/queries.ts';

/** 提出済み or 下書き. */
export const StatusBadge = ({ status }: { status: CaseSheet['status'] }) =>
  status === 'submitted' ? <span class="badge submitted">提出済み</span> : <span class="badge draft">下書き</span>;
