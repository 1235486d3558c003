import type { Project } from '../../src/context.ts';
import type { FieldErrors } from '../../src/http/form.ts';
import type { GuideSettingsView } from '../../src/publicGuide/staffViewModel.ts';
import { guideLeafletPath, guidePosterPath, guideSettingsPath } from '../../src/lib/paths/publicGuide.ts';
import { resourceMapPath } from '../../src/lib/paths/resourceMap.ts';
import { Layout } from '../layout/layout.tsx';
import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';

/** Staff: publish the guide, word it, and see which agencies have checked their entries. */
export function GuideSettingsPage({
  project,
  view,
  errors,
  done,
}: {
  project: Project;
  view: GuideSettingsView;
  errors?: FieldErrors;
  done?: string;
}) {
  const slug = view.guide?.slug;
  return (
    <Layout title="相談先ガイド（公開ページ）" project={project}>
      <h1>相談先ガイド（公開ページ）</h1>
      <p>
        {'住民やご家族が、年齢と相談したいことから相談先をさがせる公開ページです。ログインなしで誰でも見られます。' +
          '掲載されるのは、各機関が専用ページで自ら掲載に同意し、内容を確認した機関だけです。' +
          '支援事例やアンケートの回答など、機関以外の情報は一切載りません。'}
        <a href={resourceMapPath(project.id)}>社会資源マップへ戻る</a>
      </p>
      {done && <Notice kind="success">{done}</Notice>}
      <ErrorSummary errors={errors} />
      <form method="post" action={guideSettingsPath(project.id)} class="stack">
        <CsrfField />
        <div class="field">
          <label>
            <input type="checkbox" name="enabled" checked={view.values.enabled === true} /> 公開する
          </label>
          <p class="hint">外すと公開ページ・チラシ・ポスターのURLは「見つかりません」になります。</p>
        </div>
        <Field name="title" label="ガイドの題名" values={view.values} errors={errors} />
        <Field name="intro" label="紹介文" multiline rows={3} values={view.values} errors={errors} />
        <div class="actions">
          <button type="submit" class="primary">
            保存する
          </button>
        </div>
      </form>
      {slug && view.publicUrl && (
        <section>
          <h2>公開ページと印刷物</h2>
          {!view.guide?.enabled && (
            <Notice kind="warn">
              まだ公開していません。「公開する」にチェックして保存すると見られるようになります。
            </Notice>
          )}
          <p>
            公開ページのURL：<code class="link-text">{view.publicUrl}</code>
          </p>
          <ul>
            <li>
              <a href={`/guide/${slug}`}>公開ページを開く</a>
            </li>
            <li>
              <a href={guideLeafletPath(slug)}>チラシ（A4）</a>／<a href={guideLeafletPath(slug, true)}>ふりがな付き</a>
            </li>
            <li>
              <a href={guidePosterPath(slug)}>ポスター（A3）</a>／<a href={guidePosterPath(slug, true)}>ふりがな付き</a>
            </li>
          </ul>
        </section>
      )}
      <section>
        <h2>各機関の掲載状況（{view.publishedCount}機関が掲載中）</h2>
        <p class="muted">
          掲載内容は、各機関が専用ページ（依頼状のリンク）の「相談先ガイドの掲載」で入力・確認します。
        </p>
        <table class="data">
          <thead>
            <tr>
              <th scope="col">機関</th>
              <th scope="col">状況</th>
            </tr>
          </thead>
          <tbody>
            {view.agencies.map((a) => (
              <tr>
                <td>{a.name}</td>
                <td>
                  <span class={`badge guide-${a.state}`}>{a.label}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  );
}
