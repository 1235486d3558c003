// Two staff editing one hearing record: what the stored record and the refused input say, field
// by field, so the second person sees both versions before deciding what to keep.
import type { VersionDifference } from '../cases/versionConflict.ts';
import { HEARING_METHOD_LABEL, HEARING_SECTIONS } from '../lib/labels/hearings.ts';
import type { HearingRecord } from './queries.ts';
import type { HearingInput } from './schemas.ts';

type Comparable = Pick<HearingRecord, keyof HearingInput>;

const text = (s: string | undefined) => (s ?? '').replace(/\r\n?/g, '\n').trim();

/** The fields where they differ (empty: they say the same, so the save may go through). */
export function hearingVersionDifferences(
  stored: Comparable,
  typed: Comparable,
  agencyName: (id: number) => string,
): VersionDifference[] {
  const fields: [string, (h: Comparable) => string][] = [
    ['ヒアリング先の機関', (h) => agencyName(h.agencyId)],
    ['実施日', (h) => h.date],
    ['実施方法', (h) => HEARING_METHOD_LABEL[h.method] ?? h.method],
    ['場所', (h) => text(h.place)],
    ['聞き手', (h) => h.interviewers.map(text).join('\n')],
    ['対応者（職種・役割）', (h) => text(h.interviewees)],
    ...HEARING_SECTIONS.map((s): [string, (h: Comparable) => string] => [s.label, (h) => text(h.sections[s.id])]),
  ];
  const out: VersionDifference[] = [];
  for (const [label, read] of fields) {
    const a = read(stored);
    const b = read(typed);
    if (a !== b) out.push({ label, stored: a, typed: b });
  }
  return out;
}
