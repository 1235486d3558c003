// Words of the audit log (操作履歴): who acted, what they did and to what. Features record short
// English verbs and nouns; one not listed here is shown as recorded.

export const ACTOR_KIND_LABEL: Record<'staff' | 'agency' | 'participant' | 'system', string> = {
  staff: '職員',
  agency: '機関',
  participant: '参加者',
  system: 'システム',
};

export const AUDIT_ACTION_LABEL: Record<string, string> = {
  view: '閲覧',
  login: 'ログイン',
  login_failed: 'ログイン失敗',
  create: '作成',
  update: '更新',
  delete: '削除',
  draft: '下書き保存',
  submit: '提出',
  reopen: '差し戻し',
  archive: 'アーカイブ',
  restore: '復元',
  issue: '発行',
  issue_link: 'リンク発行',
  revoke_link: 'リンク無効化',
  add_member: 'メンバー追加',
  remove_member: 'メンバー解除',
  import: '取り込み',
  export: '書き出し',
  'bundle.import': 'バンドル取り込み',
  'bundle.export': 'バンドル書き出し',
  merge: '統合',
  move: '移動',
  invite: '招待',
  deactivate: 'アカウント停止',
  change_password: 'パスワード変更',
  reset_password: 'パスワード再設定',
};

export const AUDIT_ENTITY_LABEL: Record<string, string> = {
  project: 'プロジェクト',
  user: '職員アカウント',
  agency: '支援機関',
  meeting: '会議',
  questionnaire: 'アンケート',
  questionnaire_response: 'アンケート回答',
  hearing: 'ヒアリング',
  case: '支援事例',
  case_study: '事例検討',
  group_work: 'グループワーク',
  issue: '問題点と課題',
  issue_row: '問題点と課題',
  packet: '会議資料',
  resource_map: '社会資源マップ',
  audit: '操作履歴',
};

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABEL[action] ?? action;
export const auditEntityLabel = (entity: string) => AUDIT_ENTITY_LABEL[entity] ?? entity;

/** Where the entries come from: this project's, or the installation's own (logins, deletions). */
export const AUDIT_SCOPES = [
  { value: 'project', label: 'このプロジェクト' },
  { value: 'installation', label: 'インストール全体' },
] as const;
