import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import type { Member } from '../../src/projects/queries.ts';
import { Layout } from '../layout/layout.tsx';
import { memberRemovePath, membersPath } from '../../src/lib/paths/projects.ts';

export function MembersPage(props: {
  project: Project;
  members: Member[];
  canManage: boolean;
  notice?: string;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { project, members, canManage, errors } = props;
  return (
    <Layout title="メンバー" project={project}>
      <h1>メンバー</h1>
      <p class="muted">
        このプロジェクトを閲覧・編集できる職員です。管理者はメンバーでなくてもすべてのプロジェクトを扱えます。
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
                  <td>{m.name}</td>
                  <td>{m.email}</td>
                  <td>{m.role === 'admin' ? '管理者' : '職員'}</td>
                  {canManage && (
                    <td>
                      <form method="post" action={memberRemovePath(project.id, m.id)} class="inline">
                        <CsrfField />
                        <button type="submit" class="link" aria-label={`${m.name}をメンバーから外す`}>
                          外す
                        </button>
                      </form>
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
              hint="登録済みの職員アカウントを追加します。アカウントは npm run cli -- user:create で作成します。"
            />
            <div class="actions">
              <button type="submit" class="primary">
                追加する
              </button>
            </div>
          </form>
        </section>
      )}
    </Layout>
  );
}
