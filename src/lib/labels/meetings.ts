// The two kinds of meeting and the meeting pages' notices, in Japanese. A pure leaf: views import it.

export const MEETING_KINDS = [
  { value: 'working_group', label: 'ワーキンググループ（WG）' },
  { value: 'network', label: 'ネットワーク会議' },
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number]['value'];

export const MEETING_KIND_LABEL: Record<MeetingKind, string> = {
  working_group: 'ワーキンググループ',
  network: 'ネットワーク会議',
};

// Shown once after a redirect (?done=…), so a reload does not repeat a write.
export const MEETING_NOTICES: Record<string, string> = {
  created: '会議を作成しました。',
  updated: '会議を保存しました。',
  deleted: '会議を削除しました。',
  standard: '標準スケジュールの会議5件を作成しました。日付・会場・時間を確認してください。',
};

/** Whether a title already says which meeting it is (第1回…, 第２回…, 第三回…): then no 第n回 is added. */
export function titleHasNumber(title: string): boolean {
  return /第\s*[0-9０-９一二三四五六七八九十]+\s*回/.test(title);
}

/** "14:00〜16:00", or '' when no time is set. */
export function timeRange(m: { startTime: string; endTime: string }): string {
  if (!m.startTime && !m.endTime) return '';
  return `${m.startTime}〜${m.endTime}`;
}
