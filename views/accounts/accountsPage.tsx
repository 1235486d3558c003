// 「職員アカウント」: administrators see every account and reset, deactivate or log it out.
import { CsrfField, Notice } from '../components/form.tsx';
import type { AccountRow } from '../../src/accounts/queries.ts';
import { Layout } from '../layout/layout.tsx';
import { formatDateTime } from '../../src/lib/format.ts';
import { ROLE_LABEL } from '../../src/lib/labels/accounts.ts';
import { accountActionPath } from '../../src/lib/paths/accounts.ts';

function ActionButton(props: { href: string; label: string; aria: string; confirm?: string }) {
  return (
    <form method="post" action={props.href} class="inline" data-confirm={props.confirm}>
      <CsrfField />
      <button type="submit" class="link" aria-label={props.aria}>
        {props.label}
      </button>
    </form>
  );
}

export function AccountsPage(props: { accounts: AccountRow[]; selfId: number; notice?: string; error?: string }) {
  return (
    <Layout title="職員アカウント">
      <h1>職員アカウント</h1>
      <p class="muted">
        新しい職員は、各プロジェクトの「メンバー」画面から招待します。パスワードを忘れた職員には、ここで再設定リンクを発行して渡してください。
      </p>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.error && <Notice kind="warn">{props.error}</Notice>}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">氏名</th>
              <th scope="col">メールアドレス</th>
              <th scope="col">権限</th>
              <th scope="col">状態</th>
              <th scope="col">ログイン中の端末</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {props.accounts.map((a) => {
              const self = a.id === props.selfId;
              return (
                <tr>
                  <td>
                    {a.name}
                    {self && <span class="muted small">（あなた）</span>}
                  </td>
                  <td>{a.email}</td>
                  <td>{ROLE_LABEL[a.role]}</td>
                  <td>
                    {a.deactivatedAt ? (
                      <span class="badge archived">停止中（{formatDateTime(a.deactivatedAt)}から）</span>
                    ) : (
                      '有効'
                    )}
                  </td>
                  <td>{a.sessions}台</td>
                  <td>
                    <div class="actions">
                      {!a.deactivatedAt && (
                        <ActionButton
                          href={accountActionPath(a.id, 'reset-link')}
                          label="パスワード再設定リンク"
                          aria={`${a.name}のパスワード再設定リンクを発行`}
                        />
                      )}
                      {!self && a.sessions > 0 && (
                        <ActionButton
                          href={accountActionPath(a.id, 'end-sessions')}
                          label="ログアウトさせる"
                          aria={`${a.name}の端末をすべてログアウトさせる`}
                        />
                      )}
                      {!self &&
                        (a.deactivatedAt ? (
                          <ActionButton
                            href={accountActionPath(a.id, 'reactivate')}
                            label="再開する"
                            aria={`${a.name}のアカウントを再開する`}
                          />
                        ) : (
                          <ActionButton
                            href={accountActionPath(a.id, 'deactivate')}
                            label="停止する"
                            aria={`${a.name}のアカウントを停止する`}
                            confirm={`${a.name}さんのアカウントを停止します。ログイン中の端末はすぐにログアウトし、再開するまでログインできません。よろしいですか？`}
                          />
                        ))}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Layout>
  );
}
