// Constant lists, limits and labels of the live group work (pure leaf: views may import it).

/** Default group-work prompts, from the health centre booklet's group-work sheet; staff edit them per meeting. */
export const DEFAULT_PROMPTS = [
  '自機関の強み',
  '自機関でできること',
  '他機関に期待すること',
  '連携上の課題',
  '今後の取組',
] as const;

export const CARD_MAX = 200;
export const GROUP_NAME_MAX = 30;
export const PROMPT_MAX = 100;

/** The session status as the console shows it. */
export const SESSION_STATUS_LABEL: Record<'draft' | 'open' | 'closed', string> = {
  draft: '準備中',
  open: '開催中',
  closed: '終了',
};

/** The fields of a group's sheet written live at the meeting (事例検討シート), saved field by field. */
export const LIVE_SHEET_FIELDS = [
  { key: 'can_do', label: '各機関ができること' },
  { key: 'needs', label: 'そのために必要なこと' },
  { key: 'gaps', label: '制度のはざま（どの制度にも当てはまらない点）' },
  { key: 'conclusion', label: 'グループの結論' },
] as const;
export type LiveSheetField = (typeof LIVE_SHEET_FIELDS)[number]['key'];
export const SHEET_FIELD_MAX = 2000;

/** Why the facilitator's console refused an action (shown above the board, status 409). */
export const CONSOLE_NOTICES = {
  closed: 'この会議は終了しているため、変更できません。',
  unchanged: 'このカードはすでにその状態です（ほかの画面で操作された可能性があります）。表示を更新しました。',
} as const;
