// The first administrator's account, on an empty installation.
import { CsrfField, ErrorSummary, Field } from '../components/form.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { Layout } from '../layout/layout.tsx';

export function SetupPage({ values, errors }: { values?: FormValues; errors?: FieldErrors }) {
  return (
    <Layout title="初期設定" bare>
      <section class="narrow">
        <h1>初期設定：管理者アカウントの作成</h1>
        <p>
          renkei（連携）へようこそ。はじめに、保健所の管理者アカウントを作成します。このアカウントでプロジェクト・支援機関・会議を準備できます。
        </p>
        <ErrorSummary errors={errors} />
        <form method="post" action="/setup" class="stack" novalidate>
          <CsrfField />
          <Field name="name" label="氏名" required values={values} errors={errors} autocomplete="name" />
          <Field
            name="email"
            label="メールアドレス"
            type="email"
            required
            values={values}
            errors={errors}
            autocomplete="email"
            validate="/setup/validate"
          />
          <Field
            name="password"
            label="パスワード"
            type="password"
            required
            hint="12文字以上。長い文を使うと覚えやすく安全です。"
            errors={errors}
            autocomplete="new-password"
            validate="/setup/validate"
          />
          <Field
            name="passwordConfirm"
            label="パスワード（確認）"
            type="password"
            required
            errors={errors}
            autocomplete="new-password"
            validate="/setup/validate"
          />
          <button type="submit" class="primary">
            管理者アカウントを作成
          </button>
        </form>
      </section>
    </Layout>
  );
}
