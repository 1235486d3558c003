// Staff log in with e-mail and password.
import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';
import { forgotPasswordPath } from '../../src/lib/paths/accounts.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { Layout } from '../layout/layout.tsx';

export function LoginPage({
  values,
  errors,
  message,
  notice,
}: {
  values?: FormValues;
  errors?: FieldErrors;
  message?: string;
  /** What just happened (password reset, logged out everywhere). */
  notice?: string;
}) {
  return (
    <Layout title="ログイン" bare>
      <section class="narrow">
        <h1>ログイン</h1>
        {notice && <Notice kind="success">{notice}</Notice>}
        <ErrorSummary errors={errors} message={message} />
        <form method="post" action="/login" class="stack" novalidate>
          <CsrfField />
          <input type="hidden" name="next" value={String(values?.next ?? '')} />
          <Field
            name="email"
            label="メールアドレス"
            type="email"
            required
            values={values}
            errors={errors}
            autocomplete="username"
          />
          <Field
            name="password"
            label="パスワード"
            type="password"
            required
            errors={errors}
            autocomplete="current-password"
          />
          <button type="submit" class="primary">
            ログイン
          </button>
        </form>
        <p>
          <a href={forgotPasswordPath()}>パスワードを忘れた場合</a>
        </p>
        <p class="muted">支援機関の方は、保健所から届いた専用リンクから回答してください（ログインは不要です）。</p>
      </section>
    </Layout>
  );
}
