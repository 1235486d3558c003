// The projects the user works on.
import type { Project } from '../../src/context.ts';
import { reiwa } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { projectNewPath, projectPath } from '../../src/lib/paths/projects.ts';

export function ProjectListPage({ projects }: { projects: Project[] }) {
  return (
    <Layout title="プロジェクト一覧">
      <div class="page-head">
        <h1>プロジェクト一覧</h1>
        <a class="button primary" href={projectNewPath()}>
          新しいプロジェクト
        </a>
      </div>
      {projects.length === 0 ? (
        <div class="empty">
          <p>まだプロジェクトがありません。市区町村と年度ごとに、ネットワーク構築のプロジェクトを作成してください。</p>
          <p class="muted">
            例を見たい場合は、サーバーで <code>npm run cli -- demo</code>{' '}
            を実行するとデモ用のプロジェクトが読み込まれます。
          </p>
        </div>
      ) : (
        <ul class="cards">
          {projects.map((p) => (
            <li>
              <a href={projectPath(p.id)} class="card-link">
                <strong>{p.name}</strong>
                <span class="muted">
                  {p.municipality}・{reiwa(p.fiscalYear)}度（{p.fiscalYear}年度）
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
