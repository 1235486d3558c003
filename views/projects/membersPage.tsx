import { CsrfField, ErrorSummary, Field, Notice, Select } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import type { Member } from '../../src/projects/queries.ts';
import type { PendingInvitation } from '../../src/accounts/queries.ts';
import { Layout } from '../layout/layout.tsx';
import { memberRemovePath, membersPath } from '../../src/lib/paths/projects.ts';
import {
  accountActionPath,
  accountsPath,
  invitationCancelPath,
  inviteStaffPath,
} from '../../src/lib/paths/accounts.ts';
import { ROLE_LABEL, ROLE_OPTIONS } from '../../src/lib/labels/accounts.ts';
import { formatDateTime } from '../../src/lib/format.ts';

function PostButton(props: { action: string; label: string; aria: string; confirm?: string }) {
  return (
    <form method="post" action={props.action} class="inline" data-confirm={props.confirm}>
      <CsrfField />
      <button type="submit" class="link" aria-label={props.aria}>
        {props.label}
      </button>
    </form>
  );
}

function InviteSection(props: {
  project: Project;
  invitations: PendingInvitation[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { project, errors } = props;
  return (
    <section aria-labelledby="invite-member">
      <h2 id="invite-member">新しい職員を招待</h2>
      <p class="muted">
        アカウントのない職員を、メールアドレスで招待します。1回だけ使えるリンク（72時間有効）ができるので、コピーして本人に届けてください（メール送信を設定していれば自動で送られます）。本人が氏名とパスワードを設定すると、このプロジェクトのメンバーになります。
      </p>
      <ErrorSummary errors={errors} />
      <form method="post" action={inviteStaffPath(project.id)} class="stack" novalidate>
        <CsrfField />
        <Field
          name="inviteEmail"
          label="招待する職員のメールアドレス"
          type="email"
          required
          autocomplete="off"
          values={props.values}
          errors={errors}
        />
        <Select name="role" label="権限" required options={ROLE_OPTIONS} values={props.values} errors={errors} />
        <div class="actions">
          <button type="submit" class="primary">
            招待リンクを作成
          </button>
        </div>
      </form>
      {props.invitations.length > 0 && (
        <>
          <h3>承諾待ちの招待</h3>
          <ul>
            {props.invitations.map((i) => (
              <li>
                {i.email}（{ROLE_LABEL[i.role]}、{formatDateTime(i.expiresAt)}まで有効）{' '}
                <PostButton
                  action={invitationCancelPath(project.id, i.id)}
                  label="取り消す"
                  aria={`${i.email}への招待を取り消す`}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function MembersPage(props: {
  project: Project;
  members: Member[];
  invitations: PendingInvitation[];
  canManage: boolean;
  /** The administrator looking (who cannot deactivate their own account). */
  selfId: number;
  notice?: string;
  values?: FormValues;
  errors?: FieldErrors;
  inviteValues?: FormValues;
  inviteErrors?: FieldErrors;
}) {
  const { project, members, canManage, errors } = props;
  return (
    <Layout title="メンバー" project={project}>
      <h1>メンバー</h1>
      <p class="muted">
        このプロジェクトを閲覧・編集できる職員です。管理者はメンバーでなくてもすべてのプロジェクトを扱えます。
        {canManage && (
          <>
            すべての職員アカウントは<a href={accountsPath()}>職員アカウント</a>で確認できます。
          </>
        )}
      </p>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {members.length === 0 ? (
        <p class="empty">まだメンバーがいません。</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">氏名</th>
                <th scope="col">メールアドレス</th>
                <th scope="col">権限</th>
                {canManage && <th scope="col">操作</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr>
                  <td>
                    {m.name}
                    {m.deactivatedAt && <span class="badge archived">停止中</span>}
                  </td>
                  <td>{m.email}</td>
                  <td>{ROLE_LABEL[m.role]}</td>
                  {canManage && (
                    <td>
                      <div class="actions">
                        <PostButton
                          action={memberRemovePath(project.id, m.id)}
                          label="外す"
                          aria={`${m.name}をメンバーから外す`}
                        />
                        {!m.deactivatedAt && m.id !== props.selfId && (
                          <>
                            <PostButton
                              action={accountActionPath(m.id, 'reset-link')}
                              label="パスワード再設定リンク"
                              aria={`${m.name}のパスワード再設定リンクを発行`}
                            />
                            <PostButton
                              action={accountActionPath(m.id, 'deactivate')}
                              label="アカウント停止"
                              aria={`${m.name}のアカウント停止`}
                              confirm={`${m.name}さんのアカウントを停止します。ログイン中の端末はすぐにログアウトし、すべてのプロジェクトにログインできなくなります。よろしいですか？`}
                            />
                          </>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage && (
        <section aria-labelledby="add-member">
          <h2 id="add-member">メンバーを追加</h2>
          <ErrorSummary errors={errors} />
          <form method="post" action={membersPath(project.id)} class="stack" novalidate>
            <CsrfField />
            <Field
              name="email"
              label="職員のメールアドレス"
              type="email"
              required
              autocomplete="off"
              values={props.values}
              errors={errors}
              hint="アカウントのある職員を追加します。アカウントがない場合は、下の「新しい職員を招待」を使います。"
            />
            <div class="actions">
              <button type="submit" class="primary">
                追加する
              </button>
            </div>
          </form>
        </section>
      )}
      {canManage && (
        <InviteSection
          project={project}
          invitations={props.invitations}
          values={props.inviteValues}
          errors={props.inviteErrors}
        />
      )}
    </Layout>
  );
}
