// Delete a meeting, unless something still refers to it.
import { FormActions } from '../components/actions.tsx';
import { CsrfField } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { Meeting } from '../../src/meetings/queries.ts';
import { formatDate } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { meetingPath, meetingDeletePath } from '../../src/lib/paths/meetings.ts';

export function MeetingDeletePage(props: {
  project: Project;
  meeting: Meeting;
  blockers: { label: string; count: number }[];
}) {
  const { project, meeting, blockers } = props;
  const url = meetingPath(project.id, meeting.id);
  return (
    <Layout title="会議の削除" project={project}>
      <section class="narrow stack">
        <h1>会議の削除</h1>
        <p>
          「{meeting.title}」（{formatDate(meeting.date)}）を削除します。
        </p>
        {blockers.length ? (
          <>
            <div class="alert warn" role="alert">
              この会議には次のデータが登録されているため、削除できません。先にそれらを削除するか、別の会議に移してください。
              <ul>
                {blockers.map((b) => (
                  <li>
                    {b.label}：{b.count}件
                  </li>
                ))}
              </ul>
            </div>
            <p>
              <a href={url}>会議の詳細へ戻る</a>
            </p>
          </>
        ) : (
          <form method="post" action={meetingDeletePath(project.id, meeting.id)} class="stack">
            <CsrfField />
            <p>議題や出席機関の記録も削除され、元に戻せません。よろしいですか？</p>
            <FormActions submit="削除する" cancel={url} danger />
          </form>
        )}
      </section>
    </Layout>
  );
}
