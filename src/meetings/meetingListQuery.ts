// How staff search, sort and filter the meetings (state in the URL, see src/http/listQuery.ts).
import type { ListSpec } from '../http/listQuery.ts';
import type { Meeting } from './queries.ts';

const byDate = (a: Meeting, b: Meeting) => a.date.localeCompare(b.date) || a.id - b.id;

export const MEETING_LIST: ListSpec<Meeting> = {
  text: (m) => [m.title, m.place, m.purpose, ...m.agenda].join(' '),
  sorts: { date: byDate, recent: (a, b) => byDate(b, a) },
  filters: { kind: (m, value) => m.kind === value },
};

export const MEETING_SORT_LABELS = [
  { value: 'date', label: '開催日の古い順' },
  { value: 'recent', label: '開催日の新しい順' },
];
