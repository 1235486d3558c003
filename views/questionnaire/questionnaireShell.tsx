// The frame of every staff questionnaire page: the reply window, the exports and the tabs.
import type { Child } from 'hono/jsx';
import { Layout } from '../layout/layout.tsx';
import type { Project } from '../../src/context.ts';
import type { QuestionnaireWindow, WindowState } from '../../src/questionnaire/window.ts';
import { formatDate } from '../../src/lib/format.ts';
import { projectEditPath } from '../../src/lib/paths/projects.ts';
import { CsvDownloadLinks } from '../components/csvDownloadLinks.tsx';
import { exportPath, questionnairePath, resultsPath, templatePath } from '../../src/lib/paths/questionnaire.ts';

type Tab = 'status' | 'template' | 'results';

const TABS: { tab: Tab; label: string; path: (projectId: number) => string }[] = [
  { tab: 'status', label: '回答状況', path: questionnairePath },
  { tab: 'template', label: '設問', path: templatePath },
  { tab: 'results', label: '集計結果', path: resultsPath },
];

const WINDOW_LABEL: Record<WindowState, string> = {
  unscheduled: '受付期間未設定',
  not_open: '受付開始前',
  open: '受付中',
  closed: '締切済み',
};

export function QuestionnaireShell(props: {
  project: Project;
  tab: Tab;
  title: string;
  window: QuestionnaireWindow;
  children: Child;
}) {
  const pid = props.project.id;
  const w = props.window;
  return (
    <Layout title={`${props.title}｜アンケート`} project={props.project}>
      <div class="page-head">
        <div>
          <h1>アンケート調査</h1>
          <p class="muted">
            受付期間：{w.opensOn ? formatDate(w.opensOn) : '未設定'} 〜 {w.closesOn ? formatDate(w.closesOn) : '未設定'}{' '}
            <span class={`badge status-${w.state === 'open' ? 'open' : w.state === 'closed' ? 'closed' : 'none'}`}>
              {WINDOW_LABEL[w.state]}
            </span>{' '}
            <a href={projectEditPath(pid)}>期間を変更</a>
          </p>
        </div>
        <p class="actions no-print">
          <a class="button" href={exportPath(pid, 'xlsx')}>
            Excel（XLSX）で出力
          </a>
          <CsvDownloadLinks href={exportPath(pid, 'csv')} label="回答一覧 CSV" button />
        </p>
      </div>
      <nav class="tabs no-print" aria-label="アンケートの画面">
        {TABS.map((t) => (
          <a href={t.path(pid)} aria-current={t.tab === props.tab ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      {props.children}
    </Layout>
  );
}
