import { FormActions } from '../components/actions.tsx';
import { CsrfField, ErrorSummary, Field } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { TimelineStep } from '../../src/projects/timeline.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { formatDate, reiwa } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { STEP_STATUS_LABEL, SURVEY_PARTS } from '../../src/projects/labels.ts';

export function ProjectListPage({ projects }: { projects: Project[] }) {
  return (
    <Layout title="プロジェクト一覧">
      <div class="page-head">
        <h1>プロジェクト一覧</h1>
        <a class="button primary" href="/projects/new">
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
              <a href={`/projects/${p.id}`} class="card-link">
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

export function ProjectFormPage(props: { project?: Project; values?: FormValues; errors?: FieldErrors }) {
  const { project, errors } = props;
  const values = props.values ?? {};
  const action = project ? `/projects/${project.id}/edit` : '/projects';
  return (
    <Layout title={project ? 'プロジェクトの設定' : '新しいプロジェクト'} project={project}>
      <h1>{project ? 'プロジェクトの設定' : '新しいプロジェクト'}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField />
        <Field
          name="name"
          label="プロジェクト名"
          required
          values={values}
          errors={errors}
          validate="/projects/validate"
          hint="例：武蔵野市 ひきこもり支援ネットワーク構築（令和6年度）"
        />
        <Field
          name="municipality"
          label="市区町村"
          required
          values={values}
          errors={errors}
          validate="/projects/validate"
        />
        <Field
          name="fiscalYear"
          label="年度（西暦）"
          required
          values={values}
          errors={errors}
          inputmode="numeric"
          validate="/projects/validate"
          hint="例：2024（令和6年度）"
        />
        <Field name="hostHealthCentre" label="主催保健所" values={values} errors={errors} />
        <Field name="adviser" label="助言者（学識経験者など）" values={values} errors={errors} />
        {project && (
          <fieldset>
            <legend>実態調査の期間</legend>
            <p class="hint">各機関に案内する受付期間です。締切日を過ぎると、機関からの提出・修正はできなくなります。</p>
            {SURVEY_PARTS.map(({ part, label }) => (
              <div class="row">
                <Field name={`${part}_opensOn`} label={`${label} 開始日`} type="date" values={values} errors={errors} />
                <Field
                  name={`${part}_closesOn`}
                  label={`${label} 締切日`}
                  type="date"
                  values={values}
                  errors={errors}
                />
              </div>
            ))}
          </fieldset>
        )}
        <FormActions
          submit={project ? '保存する' : '作成する'}
          cancel={project ? `/projects/${project.id}` : '/projects'}
        />
      </form>
    </Layout>
  );
}

export function DashboardPage(props: {
  project: Project;
  steps: TimelineStep[];
  counts: { agencies: number; meetings: number };
  saved?: boolean;
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
          <a class="button" href={`/projects/${project.id}/members`}>
            メンバー
          </a>
          <a class="button" href={`/projects/${project.id}/edit`}>
            設定・調査期間
          </a>
        </div>
      </div>
      <ul class="stats">
        <li>
          <a href={`/projects/${project.id}/agencies`}>
            <strong>{counts.agencies}</strong> 支援機関
          </a>
        </li>
        <li>
          <a href={`/projects/${project.id}/meetings`}>
            <strong>{counts.meetings}</strong> 会議
          </a>
        </li>
      </ul>
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
              <div class="next">次にすること：{s.next}</div>
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}

function kindLabel(kind: TimelineStep['kind']): string {
  return kind === 'working_group' ? 'WG' : kind === 'network' ? 'ネットワーク会議' : '実態調査';
}
