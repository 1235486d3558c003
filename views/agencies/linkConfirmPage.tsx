// Confirm reissuing or stopping an agency's secret link.
import { CsrfField } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { Agency } from '../../src/agencies/queries.ts';
import { Layout } from '../layout/layout.tsx';
import { agencyPath, agencyLinkPath } from '../../src/lib/paths/agencies.ts';

export function LinkConfirmPage({
  project,
  agency,
  action,
}: {
  project: Project;
  agency: Agency;
  action: 'reissue' | 'revoke';
}) {
  const here = agencyPath(project.id, agency.id);
  const reissue = action === 'reissue';
  return (
    <Layout title={reissue ? 'リンクの再発行' : 'リンクの停止'} project={project}>
      <section class="narrow">
        <h1>{reissue ? 'リンクを再発行しますか？' : 'リンクを停止しますか？'}</h1>
        <p>
          <strong>{agency.name}</strong>
        </p>
        {reissue ? (
          <ul>
            <li>新しいリンクを発行し、今のリンクは使えなくなります。</li>
            <li>お送りした依頼文のURL・QRコードも使えなくなるため、新しい依頼文を印刷してお送りください。</li>
            <li>
              リンクが他の人に知られた恐れがあるときや、担当者が替わったときに使います。入力済みの回答は消えません。
            </li>
          </ul>
        ) : (
          <ul>
            <li>今のリンクは使えなくなり、この機関は専用ページを開けなくなります。</li>
            <li>あとで新しいリンクを発行できます（そのときは別のURLになります）。入力済みの回答は消えません。</li>
          </ul>
        )}
        <form method="post" action={agencyLinkPath(project.id, agency.id, action)} class="actions">
          <CsrfField />
          <button type="submit" class={reissue ? 'primary' : 'danger'}>
            {reissue ? '再発行する' : '停止する'}
          </button>
          <a href={here}>キャンセル</a>
        </form>
      </section>
    </Layout>
  );
}
