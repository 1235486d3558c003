// The sections a meeting packet can hold, in catalogue order, with their Japanese headings.
export const SECTIONS = [
  { id: 'cover', label: '表紙' },
  { id: 'agenda', label: '次第' },
  { id: 'attendance', label: '出席機関' },
  { id: 'survey_overview', label: '実態調査の概要（回収状況）' },
  { id: 'questionnaire', label: 'アンケート調査の結果' },
  { id: 'question_summaries', label: 'アンケートの設問別集計' },
  { id: 'hearings', label: 'ヒアリング調査の結果' },
  { id: 'cases', label: '支援事例の分析' },
  { id: 'case_studies', label: '事例検討の結果' },
  { id: 'group_work', label: 'これまでの会議のグループワークの結果' },
  { id: 'issues', label: '見えてきた問題点と課題' },
  { id: 'issue_progress', label: '前回からの課題の進捗' },
  { id: 'resource_map', label: '社会資源マップ' },
  { id: 'next_steps', label: '今後の予定' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];
export const SECTION_IDS = SECTIONS.map((s) => s.id) as SectionId[];
export const SECTION_LABEL = Object.fromEntries(SECTIONS.map((s) => [s.id, s.label])) as Record<SectionId, string>;
