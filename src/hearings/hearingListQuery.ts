// How staff search, sort and filter the hearing records (state in the URL, see src/http/listQuery.ts).
import type { ListSpec } from '../http/listQuery.ts';
import type { HearingListItem } from './queries.ts';

const byDate = (a: HearingListItem, b: HearingListItem) => a.date.localeCompare(b.date) || a.id - b.id;

export const HEARING_LIST: ListSpec<HearingListItem> = {
  text: (h) =>
    [h.agencyName, h.agencyKey, h.place, h.interviewees, ...h.interviewers, ...Object.values(h.sections)].join(' '),
  sorts: {
    date: byDate,
    recent: (a, b) => byDate(b, a),
    agency: (a, b) => a.agencyName.localeCompare(b.agencyName, 'ja') || byDate(a, b),
  },
  filters: {
    method: (h, value) => h.method === value,
    shared: (h, value) => (value === 'yes' ? h.sharedAt !== null : value === 'no' ? h.sharedAt === null : true),
  },
};

export const HEARING_SORT_LABELS = [
  { value: 'date', label: '実施日の古い順' },
  { value: 'recent', label: '実施日の新しい順' },
  { value: 'agency', label: '機関名順' },
];
