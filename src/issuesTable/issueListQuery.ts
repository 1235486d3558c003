// How staff search, sort and filter the 問題点→課題 table (state in the URL, see
// src/http/listQuery.ts). The default order is the table's own (the order staff arranged).
import type { ListSpec } from '../http/listQuery.ts';
import type { IssueRowView } from './queries.ts';

const byPosition = (a: IssueRowView, b: IssueRowView) => a.position - b.position || a.id - b.id;

export const ISSUE_LIST: ListSpec<IssueRowView> = {
  text: (r) => [r.problem, r.issue, r.nextStep, ...r.sources.map((s) => s.label)].join(' '),
  sorts: {
    position: byPosition,
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt) || byPosition(a, b),
  },
  filters: {
    status: (r, value) => r.status === value,
    origin: (r, value) => r.origin === value,
  },
};

export const ISSUE_SORT_LABELS = [
  { value: 'position', label: '表の順' },
  { value: 'updated', label: '更新の新しい順' },
];
