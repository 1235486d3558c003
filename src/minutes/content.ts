// What minutes (議事録) hold: per agenda item notes, 決定事項, 助言者コメント and action items.
// An issued version also freezes the meeting's heading and attendance list as they were.
import type { AttendanceList } from '../attendance/summary.ts';

export type MinutesAction = { text: string; issueRowId?: number };

export type MinutesContent = {
  items: { title: string; notes: string }[];
  decisions: string;
  adviserComments: string;
  actions: MinutesAction[];
  /** Frozen at issue: title, date and attendance as printed. */
  issued?: { title: string; date: string; attendance: AttendanceList };
};

/** The text fields of the minutes, as the personal-information guard reads them. */
export function minutesTexts(c: MinutesContent): { field: string; text: string }[] {
  return [
    ...c.items.map((it, i) => ({ field: `items.${i}.notes`, text: it.notes })),
    { field: 'decisions', text: c.decisions },
    { field: 'adviserComments', text: c.adviserComments },
    ...c.actions.map((a, i) => ({ field: `actions.${i}.text`, text: a.text })),
  ];
}
