// How staff search, sort and filter the case list (state in the URL, see src/http/listQuery.ts).
import type { ListSpec } from '../http/listQuery.ts';
import type { CaseListItem } from './queries.ts';

const byNumber = (a: CaseListItem, b: CaseListItem) => a.id - b.id;

export const CASE_LIST: ListSpec<CaseListItem> = {
  text: (c) => [c.key, c.agencyName, c.summary, c.startText, c.whatWorked, c.gapText, c.missing].join(' '),
  sorts: {
    number: byNumber,
    recent: (a, b) => (b.submittedAt ?? b.savedAt).localeCompare(a.submittedAt ?? a.savedAt) || byNumber(a, b),
    agency: (a, b) => a.agencyName.localeCompare(b.agencyName, 'ja') || byNumber(a, b),
  },
  filters: {
    status: (c, value) => c.status === value,
    classification: (c, value) => c.classification === value,
  },
};

export const CASE_SORT_LABELS = [
  { value: 'number', label: '番号順' },
  { value: 'recent', label: '保存・提出の新しい順' },
  { value: 'agency', label: '機関名順' },
];
