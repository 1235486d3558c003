// Words of the account pages: roles and the one-time messages after a redirect (`?done=…`).

export const ROLE_LABEL: Record<'admin' | 'staff', string> = { admin: '管理者', staff: '職員' };

export const ROLE_OPTIONS = [
  { value: 'staff', label: '職員（メンバーになったプロジェクトを扱う）' },
  { value: 'admin', label: '管理者（すべてのプロジェクトと職員アカウントを扱う）' },
] as const;

/** Messages on the own account page. */
export const ACCOUNT_NOTICES: Record<string, string> = {
  password: 'パスワードを変更しました。他の端末のログインは終了しました。',
  revoked: 'その端末をログアウトさせました。',
  welcome: 'アカウントを作成しました。ようこそ。',
};

/** Messages on the administrators' account list. */
export const ACCOUNTS_NOTICES: Record<string, string> = {
  deactivated: 'アカウントを停止しました。その職員の端末はすべてログアウトしました。',
  reactivated: 'アカウントを再開しました。',
  ended: 'その職員の端末をすべてログアウトさせました。',
  none: 'ログイン中の端末はありませんでした。',
};

/** Messages on the login page after the account flows. */
export const LOGIN_NOTICES: Record<string, string> = {
  reset: 'パスワードを再設定しました。新しいパスワードでログインしてください。',
  everywhere: 'すべての端末からログアウトしました。',
};
