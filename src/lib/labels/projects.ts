// The survey's three parts and the timeline's step states, with their Japanese labels. A pure leaf: views import it.

export const SURVEY_PARTS = [
  { part: 'questionnaire', label: 'アンケート調査' },
  { part: 'cases', label: '事例提供' },
  { part: 'hearing', label: 'ヒアリング調査' },
] as const;
export type SurveyPart = (typeof SURVEY_PARTS)[number]['part'];

export type StepStatus = 'unscheduled' | 'not_started' | 'open' | 'closed';
export const STEP_STATUS_LABEL: Record<StepStatus, string> = {
  unscheduled: '日程未設定',
  not_started: '未開始',
  open: '実施中',
  closed: '終了',
};

/** Outcome messages on the members page after a redirect (`?done=…`). */
export const MEMBER_NOTICES: Record<string, string> = {
  added: 'メンバーを追加しました。',
  already: 'この職員はすでにメンバーです。',
  removed: 'メンバーから外しました。',
  cancelled: '招待を取り消しました。そのリンクはもう使えません。',
};

/** Outcome messages on the dashboard after a redirect (`?done=…`). */
export const DASHBOARD_NOTICES: Record<string, string> = {
  next_year:
    '次年度のプロジェクトを作成しました。支援機関のリンクは新しくなっています。各機関へ新しいリンクを送ってください。',
};
