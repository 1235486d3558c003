import type { AgencyPrincipal, Project } from '../../src/context.ts';
import type { AgencyTask } from '../../src/agencies/tasks.ts';
import { Layout } from '../layout/layout.tsx';

export function AgencyHomePage({
  agency,
  project,
  tasks,
}: {
  agency: AgencyPrincipal;
  project: Project;
  tasks: AgencyTask[];
}) {
  return (
    <Layout title={`${agency.name} 様`} bare>
      <section class="agency-home">
        <p class="muted">
          {project.name}
          {project.hostHealthCentre && `（事務局：${project.hostHealthCentre}）`}
        </p>
        <h1>{agency.name} 様</h1>
        <p>
          ひきこもり支援ネットワークの実態調査へのご協力をお願いします。このページは貴機関専用です。リンクを他の機関と共有しないでください。入力内容は自動的に下書き保存されます。
        </p>
        <h2>ご回答・ご提出のお願い</h2>
        {tasks.length === 0 ? (
          <p class="empty">現在、ご回答いただく項目はありません。保健所からの案内をお待ちください。</p>
        ) : (
          <ul class="tasks">
            {tasks.map((t) => (
              <li>
                {t.href ? <a href={t.href}>{t.title}</a> : <span>{t.title}</span>} <span class="badge">{t.status}</span>
                {t.deadline && <span class="muted">　締切：{t.deadline}</span>}
                {t.note && <p class="muted">{t.note}</p>}
              </li>
            ))}
          </ul>
        )}
        <p class="muted small">
          このページのURLはブックマークしておくと便利です。リンクを紛失した場合や、他の人に知られた恐れがある場合は、
          {project.hostHealthCentre || '保健所'}の担当者にご連絡ください。リンクを再発行します。
        </p>
      </section>
    </Layout>
  );
}
