// 「アカウント」: every user changes their own password and sees where they are logged in.
import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import type { SessionUser } from '../../src/context.ts';
import type { SessionRow } from '../../src/accounts/sessionViewModel.ts';
import { Layout } from '../layout/layout.tsx';
import { formatDateTime } from '../../src/lib/format.ts';
import { ROLE_LABEL } from '../../src/lib/labels/accounts.ts';
import {
  accountLogoutEverywherePath,
  accountPasswordPath,
  accountSessionRevokePath,
  accountsPath,
} from '../../src/lib/paths/accounts.ts';

export function AccountPage(props: {
  user: SessionUser;
  sessions: SessionRow[];
  notice?: string;
  values?: FormValues;
  errors?: FieldErrors;
  message?: string;
}) {
  const { user, sessions, errors } = props;
  return (
    <Layout title="アカウント">
      <h1>アカウント</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <dl class="meta">
        <dt>氏名</dt>
        <dd>{user.name}</dd>
        <dt>メールアドレス</dt>
        <dd>{user.email}</dd>
        <dt>権限</dt>
        <dd>
          {ROLE_LABEL[user.role]}
          {user.role === 'admin' && (
            <>
              （<a href={accountsPath()}>職員アカウントの管理</a>）
            </>
          )}
        </dd>
      </dl>

      <section aria-labelledby="password-heading">
        <h2 id="password-heading">パスワードの変更</h2>
        <p class="muted">変更すると、この端末以外でのログインはすべて終了します。</p>
        <ErrorSummary errors={errors} message={props.message} />
        <form method="post" action={accountPasswordPath()} class="stack" novalidate>
          <CsrfField />
          <input type="text" name="username" value={user.email} autocomplete="username" hidden readonly />
          <Field
            name="currentPassword"
            label="現在のパスワード"
            type="password"
            required
            errors={errors}
            autocomplete="current-password"
          />
          <Field
            name="password"
            label="新しいパスワード"
            type="password"
            required
            hint="12文字以上。長い文を使うと覚えやすく安全です。"
            errors={errors}
            autocomplete="new-password"
          />
          <Field
            name="passwordConfirm"
            label="新しいパスワード（確認）"
            type="password"
            required
            errors={errors}
            autocomplete="new-password"
          />
          <div class="actions">
            <button type="submit" class="primary">
              パスワードを変更
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">ログイン中の端末</h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">端末</th>
                <th scope="col">ログイン</th>
                <th scope="col">最終利用</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr>
                  <td>
                    {s.device}
                    {s.current && (
                      <span class="badge submitted" style="white-space: nowrap">
                        この端末
                      </span>
                    )}
                  </td>
                  <td>{formatDateTime(s.createdAt)}</td>
                  <td>{formatDateTime(s.lastSeenAt)}</td>
                  <td>
                    {!s.current && (
                      <form method="post" action={accountSessionRevokePath()} class="inline">
                        <CsrfField />
                        <input type="hidden" name="handle" value={s.handle} />
                        <button type="submit" class="link" aria-label={`${s.device}をログアウトさせる`}>
                          ログアウトさせる
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <form method="post" action={accountLogoutEverywherePath()}>
          <CsrfField />
          <p class="muted">共用の端末でログアウトし忘れたときや、パスワードが漏れたおそれがあるときに使います。</p>
          <button type="submit" class="danger">
            すべての端末からログアウト
          </button>
        </form>
      </section>
    </Layout>
  );
}
