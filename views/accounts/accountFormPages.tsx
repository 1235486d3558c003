// Pages reached through a one-time link or from the login page, without an account session:
// accepting an invitation, setting a new password, asking for a reset link.
import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { Layout } from '../layout/layout.tsx';
import { forgotPasswordPath, invitationPath, passwordResetPath } from '../../src/lib/paths/accounts.ts';

type FormProps = { values?: FormValues; errors?: FieldErrors; message?: string };

function NewPasswordFields({ errors }: { errors?: FieldErrors }) {
  return (
    <>
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
    </>
  );
}

/** A used, expired or mistyped link: say so and what to do instead. */
export function InvalidLinkPage({ kind }: { kind: 'invite' | 'reset' }) {
  return (
    <Layout title="リンクが使えません" bare>
      <section class="narrow">
        <h1>このリンクは使えません</h1>
        <p>
          リンクの有効期限が切れたか、すでに使われたか、途中で切れています。
          {kind === 'invite'
            ? '招待した管理者に、新しい招待リンクの発行を依頼してください。'
            : 'ログイン画面の「パスワードを忘れた場合」から、もう一度手続きしてください。'}
        </p>
        <p>
          <a href="/login">ログイン画面へ</a>
        </p>
      </section>
    </Layout>
  );
}

export function AcceptInvitationPage(props: FormProps & { token: string; email: string }) {
  return (
    <Layout title="アカウントの作成" bare>
      <section class="narrow">
        <h1>職員アカウントの作成</h1>
        <p>
          renkei（連携）に招待されました。氏名とパスワードを設定すると、<strong>{props.email}</strong>
          でログインできるようになります。
        </p>
        <ErrorSummary errors={props.errors} message={props.message} />
        <form method="post" action={invitationPath(props.token)} class="stack" novalidate>
          <CsrfField />
          <input type="text" name="username" value={props.email} autocomplete="username" hidden readonly />
          <Field name="name" label="氏名" required values={props.values} errors={props.errors} autocomplete="name" />
          <NewPasswordFields errors={props.errors} />
          <button type="submit" class="primary">
            アカウントを作成
          </button>
        </form>
      </section>
    </Layout>
  );
}

export function ResetPasswordPage(props: FormProps & { token: string; email: string }) {
  return (
    <Layout title="パスワードの再設定" bare>
      <section class="narrow">
        <h1>パスワードの再設定</h1>
        <p>
          <strong>{props.email}</strong>
          の新しいパスワードを設定します。設定すると、ログイン中のすべての端末がログアウトします。
        </p>
        <ErrorSummary errors={props.errors} message={props.message} />
        <form method="post" action={passwordResetPath(props.token)} class="stack" novalidate>
          <CsrfField />
          <input type="text" name="username" value={props.email} autocomplete="username" hidden readonly />
          <NewPasswordFields errors={props.errors} />
          <button type="submit" class="primary">
            パスワードを再設定
          </button>
        </form>
      </section>
    </Layout>
  );
}

/** 「パスワードを忘れた場合」: the answer never tells whether the address has an account. */
export function ForgotPasswordPage(props: FormProps & { sent?: boolean; mailEnabled: boolean }) {
  return (
    <Layout title="パスワードを忘れた場合" bare>
      <section class="narrow">
        <h1>パスワードを忘れた場合</h1>
        {props.sent ? (
          <Notice kind="success">
            {props.mailEnabled
              ? '登録されているメールアドレスであれば、パスワード再設定のリンクを送信しました。メールが届かない場合は、管理者に再設定リンクの発行を依頼してください。'
              : 'この renkei はメールを送信しない設定です。管理者に連絡し、パスワード再設定リンクの発行を依頼してください（管理者は「職員アカウント」画面で発行できます）。'}
          </Notice>
        ) : (
          <>
            <p>
              {props.mailEnabled
                ? 'ログインに使うメールアドレスを入力してください。パスワード再設定のリンクをお送りします。'
                : 'この renkei はメールを送信しない設定です。管理者に、パスワード再設定リンクの発行を依頼してください。'}
            </p>
            {props.mailEnabled && (
              <>
                <ErrorSummary errors={props.errors} />
                <form method="post" action={forgotPasswordPath()} class="stack" novalidate>
                  <CsrfField />
                  <Field
                    name="email"
                    label="メールアドレス"
                    type="email"
                    required
                    values={props.values}
                    errors={props.errors}
                    autocomplete="username"
                  />
                  <button type="submit" class="primary">
                    再設定リンクを送る
                  </button>
                </form>
              </>
            )}
          </>
        )}
        <p>
          <a href="/login">ログイン画面へ戻る</a>
        </p>
      </section>
    </Layout>
  );
}
