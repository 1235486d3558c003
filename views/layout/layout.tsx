import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../../src/context.ts';
import { agenciesPath } from '../../src/lib/paths/agencies.ts';
import { auditPath } from '../../src/lib/paths/audit.ts';
import { casesPath } from '../../src/lib/paths/cases.ts';
import { hearingsPath } from '../../src/lib/paths/hearings.ts';
import { issuesPath } from '../../src/lib/paths/issuesTable.ts';
import { meetingsPath } from '../../src/lib/paths/meetings.ts';
import { projectPath, projectsPath } from '../../src/lib/paths/projects.ts';
import { accountPath, accountsPath } from '../../src/lib/paths/accounts.ts';
import { questionnairePath } from '../../src/lib/paths/questionnaire.ts';
import { resourceMapPath } from '../../src/lib/paths/resourceMap.ts';
import { blankSheetsPath } from '../../src/lib/paths/blankSheets.ts';

export type LayoutProps = {
  title: string;
  children?: Child;
  /** Breadcrumb-like context above the page title. */
  project?: { id: number; name: string };
  /** Hide staff navigation (agency and participant pages). */
  bare?: boolean;
  bodyClass?: string;
};

const projectNav = (pid: number) => [
  { href: projectPath(pid), label: 'ダッシュボード' },
  { href: agenciesPath(pid), label: '支援機関' },
  { href: meetingsPath(pid), label: '会議' },
  { href: questionnairePath(pid), label: 'アンケート' },
  { href: hearingsPath(pid), label: 'ヒアリング' },
  { href: casesPath(pid), label: '支援事例' },
  { href: issuesPath(pid), label: '問題点と課題' },
  { href: resourceMapPath(pid), label: '社会資源マップ' },
  { href: blankSheetsPath(pid), label: '印刷用紙' },
  { href: auditPath(pid), label: '操作履歴' },
];

export function Layout({ title, children, project, bare, bodyClass }: LayoutProps) {
  const c = useRequestContext<AppEnv>();
  const user = c.get('user');
  const csrf = c.get('csrfToken');
  const path = c.req.path;
  return (
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta
          name="htmx-config"
          content='{"responseHandling":[{"code":"204","swap":false},{"code":"[23]..","swap":true},{"code":"422","swap":true},{"code":"[45]..","swap":false,"error":true}],"includeIndicatorStyles":false}'
        />
        <title>{`${title} | renkei 連携`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/htmx.min.js" defer></script>
        <script src="/static/app.js" defer></script>
      </head>
      <body class={bodyClass} hx-headers={JSON.stringify({ 'X-CSRF-Token': csrf })}>
        <a class="skip" href="#main">
          本文へ移動
        </a>
        <header class="site">
          <a class="brand" href={bare ? undefined : projectsPath()}>
            renkei <span>連携</span>
          </a>
          {!bare && user && (
            <nav class="site-nav" aria-label="全体">
              <a href={projectsPath()}>プロジェクト一覧</a>
              {user.role === 'admin' && <a href={accountsPath()}>職員アカウント</a>}
              <a class="who" href={accountPath()} title="パスワードの変更・ログイン中の端末">
                {user.name}
              </a>
              <form method="post" action="/logout" class="inline">
                <input type="hidden" name="_csrf" value={csrf} />
                <button type="submit" class="link">
                  ログアウト
                </button>
              </form>
            </nav>
          )}
        </header>
        {project && !bare && (
          <nav class="project-nav" aria-label="プロジェクト">
            <span class="project-name">{project.name}</span>
            {projectNav(project.id).map((item) => (
              <a
                href={item.href}
                aria-current={
                  path === item.href || (item.href !== projectPath(project.id) && path.startsWith(item.href))
                    ? 'page'
                    : undefined
                }
              >
                {item.label}
              </a>
            ))}
          </nav>
        )}
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
