// The project's dashboard: its counts and the year's timeline.
import type { Project } from '../../src/context.ts';
import type { TimelineStep } from '../../src/projects/timeline.ts';
import { formatDate, reiwa } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { Notice } from '../components/form.tsx';
import { YearPanel } from '../followup/yearPanel.tsx';
import type { YearPanelProps } from '../../src/followup/yearPanel.ts';
import { STEP_STATUS_LABEL } from '../../src/lib/labels/projects.ts';
import { agenciesPath } from '../../src/lib/paths/agencies.ts';
import { meetingsPath } from '../../src/lib/paths/meetings.ts';
import { membersPath, projectEditPath } from '../../src/lib/paths/projects.ts';

export function DashboardPage(props: {
  project: Project;
  steps: TimelineStep[];
  counts: { agencies: number; meetings: number };
  year?: YearPanelProps;
  notice?: string;
}) {
  const { project, steps, counts } = props;
  return (
    <Layout title={project.name} project={project}>
      <div class="page-head">
        <div>
          <h1>{project.name}</h1>
          <p class="muted">
            {project.municipality}・{reiwa(project.fiscalYear)}度
            {project.hostHealthCentre && `・主催：${project.hostHealthCentre}`}
            {project.adviser && `・助言者：${project.adviser}`}
          </p>
        </div>
        <div class="actions">
          <a class="button" href={membersPath(project.id)}>
            メンバー
          </a>
          <a class="button" href={projectEditPath(project.id)}>
            設定・調査期間
          </a>
        </div>
      </div>
      <ul class="stats">
        <li>
          <a href={agenciesPath(project.id)}>
            <strong>{counts.agencies}</strong> 支援機関
          </a>
        </li>
        <li>
          <a href={meetingsPath(project.id)}>
            <strong>{counts.meetings}</strong> 会議
          </a>
        </li>
      </ul>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.year && <YearPanel {...props.year} />}
      <h2>年間の流れ</h2>
      {steps.length === 0 ? (
        <p class="empty">まだ予定がありません。会議を登録し、調査期間を設定してください。</p>
      ) : (
        <ol class="timeline">
          {steps.map((s) => (
            <li class={`step status-${s.status}${s.available ? '' : ' unavailable'}`}>
              <div class="when">
                {s.start ? formatDate(s.start) : '日程未設定'}
                {s.end && s.end !== s.start && <> 〜 {formatDate(s.end)}</>}
              </div>
              <div class="what">
                <span class={`kind kind-${s.kind}`}>{kindLabel(s.kind)}</span>
                {s.href ? <a href={s.href}>{s.title}</a> : <span>{s.title}</span>}
                {!s.available && <span class="badge muted">準備中</span>}
                {s.available && <span class={`badge status-${s.status}`}>{STEP_STATUS_LABEL[s.status]}</span>}
                {s.progress && <span class="progress">{s.progress}</span>}
              </div>
              <div class="next">
                次にすること：{s.next}
                {s.nextLinks.map((l) => (
                  <>
                    {' '}
                    <a href={l.href}>{l.label}</a>
                  </>
                ))}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}

function kindLabel(kind: TimelineStep['kind']): string {
  if (kind === 'working_group') return 'WG';
  return kind === 'network' ? 'ネットワーク会議' : kind === 'support_meeting' ? '支援会議' : '実態調査';
}
