// The problems → issues table's (問題点→課題) statuses and origins, in Japanese.
export const ISSUE_STATUSES = [
  { value: 'not_started', label: '未着手' },
  { value: 'discussing', label: '検討中' },
  { value: 'in_progress', label: '取組中' },
  { value: 'done', label: '完了' },
] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number]['value'];
export const ISSUE_STATUS_LABEL = Object.fromEntries(ISSUE_STATUSES.map((s) => [s.value, s.label])) as Record<
  IssueStatus,
  string
>;

/** How a problems → issues row was started, shown when it has no linked source. */
export const ISSUE_ORIGIN_LABEL = {
  hearing: 'ヒアリング',
  case: '支援事例',
  meeting: '会議',
  manual: '事務局',
} as const;

/** One dated follow-up note as printed: "2024年11月5日(火)　取組中に変更（第2回WGで確認）　メモ" (`day` formats the date). */
export const historyLine = (
  h: { onDate: string; status: IssueStatus | null; note: string; meetingTitle: string | null },
  day: (ymd: string) => string,
) =>
  [
    day(h.onDate),
    h.status ? `　${ISSUE_STATUS_LABEL[h.status]}に変更` : '',
    h.meetingTitle ? `（${h.meetingTitle}で確認）` : '',
    h.note ? `　${h.note}` : '',
  ].join('');
