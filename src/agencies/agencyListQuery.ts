// How staff search, sort and filter the agency list (state in the URL, see src/http/listQuery.ts).
import type { ListSpec } from '../http/listQuery.ts';
import type { Agency } from './queries.ts';
import { fieldLabel } from '../lib/labels/agencies.ts';

const byName = (a: Agency, b: Agency) => a.name.localeCompare(b.name, 'ja');

export const AGENCY_LIST: ListSpec<Agency> = {
  text: (a) => [a.name, a.kind, fieldLabel(a.field), a.contactName, a.contactEmail, a.key].join(' '),
  sorts: {
    registered: (a, b) => a.id - b.id,
    name: byName,
    field: (a, b) => fieldLabel(a.field).localeCompare(fieldLabel(b.field), 'ja') || byName(a, b),
    link: (a, b) => Number(!!b.tokenHash) - Number(!!a.tokenHash) || byName(a, b),
  },
  filters: {
    field: (a, value) => a.field === value,
  },
};

export const AGENCY_SORT_LABELS = [
  { value: 'registered', label: '登録順' },
  { value: 'name', label: '機関名順' },
  { value: 'field', label: '分野順' },
  { value: 'link', label: 'リンク発行済みを先に' },
];
