import { Layout } from './layout.tsx';

export function ErrorPage({ status, message }: { status: number; message: string }) {
  return (
    <Layout title={status === 404 ? 'ページが見つかりません' : 'エラー'} bare>
      <section class="narrow">
        <h1>
          {status === 404 ? 'ページが見つかりません' : status === 403 ? 'アクセスできません' : 'エラーが発生しました'}
        </h1>
        <p>{message}</p>
        <p>
          <a href="/">トップへ戻る</a>
        </p>
      </section>
    </Layout>
  );
}
