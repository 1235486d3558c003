// The project's meetings by kind, or the offer to create the standard schedule.
import { CsrfField, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { Meeting } from '../../src/meetings/queries.ts';
import type { MeetingInput } from '../../src/meetings/schemas.ts';
import { formatDate, reiwa } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { MEETING_KIND_LABEL, MEETING_KINDS, timeRange, titleHasNumber } from '../../src/lib/labels/meetings.ts';
import { meetingPath, meetingNewPath, meetingsPath, meetingStandardPath } from '../../src/lib/paths/meetings.ts';
import type { ListQuery } from '../../src/http/listQuery.ts';
import { ListControls } from '../components/listControls.tsx';
import type { AttendanceCounts } from '../../src/attendance/queries.ts';
import { attendanceLine } from '../../src/lib/labels/attendance.ts';

type Numbered = Meeting & { number: number; attendance?: AttendanceCounts };

export function MeetingListPage(props: {
  project: Project;
  meetings: Numbered[];
  standard: MeetingInput[];
  notice?: string;
  /** Search, sort and filters; `meetings` is already the result. */
  list: { query: ListQuery; sorts: { value: string; label: string }[]; total: number };
}) {
  const { project, meetings, list } = props;
  const kinds = MEETING_KINDS.filter((k) => !list.query.filters.kind || list.query.filters.kind === k.value);
  const searching = list.query.q !== '' || Object.keys(list.query.filters).length > 0;
  const pid = project.id;
  return (
    <Layout title="会議" project={project}>
      <div class="page-head">
        <h1>会議</h1>
        <a class="button primary" href={meetingNewPath(pid)}>
          新しい会議
        </a>
      </div>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {list.total > 0 && (
        <ListControls
          action={meetingsPath(pid)}
          query={list.query}
          searchLabel="会議名・会場・目的・次第で探す"
          sorts={list.sorts}
          filters={[{ name: 'kind', label: '会議の種類', options: MEETING_KINDS }]}
          shown={meetings.length}
          total={list.total}
        />
      )}
      {list.total === 0 ? (
        <StandardScheduleOffer project={project} standard={props.standard} />
      ) : (
        kinds.map(({ value: kind }) => {
          const rows = meetings.filter((m) => m.kind === kind);
          return (
            <section aria-labelledby={`kind-${kind}`}>
              <div class="page-head" style="align-items: baseline">
                <h2 id={`kind-${kind}`}>{MEETING_KIND_LABEL[kind]}</h2>
                <a href={meetingNewPath(pid, kind)}>＋ {MEETING_KIND_LABEL[kind]}を追加</a>
              </div>
              {rows.length === 0 ? (
                <p class="muted">{searching ? '条件に合う会議はありません。' : 'まだ登録されていません。'}</p>
              ) : (
                <ol class="cards">
                  {rows.map((m) => (
                    <li>
                      <a href={meetingPath(pid, m.id)} class="card-link">
                        {!titleHasNumber(m.title) && <span class="kind">第{m.number}回</span>}
                        <strong>{m.title}</strong>
                        {formatDate(m.date)}
                        {timeRange(m) && ` ${timeRange(m)}`}
                        <br />
                        <span class="muted">
                          {m.place || '会場未定'}・{m.attendance ? attendanceLine(m.attendance) : '出欠未設定'}
                        </span>
                      </a>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })
      )}
    </Layout>
  );
}

function StandardScheduleOffer({ project, standard }: { project: Project; standard: MeetingInput[] }) {
  return (
    <div class="empty stack">
      <p>まだ会議が登録されていません。</p>
      <p>
        モデル事業（武蔵野市・令和6年度）と同じ流れで、ワーキンググループ2回とネットワーク会議3回をまとめて作成できます。日付は
        {reiwa(project.fiscalYear)}度に合わせてあり、作成後に1件ずつ変更できます。
      </p>
      <div class="table-wrap">
        <table>
          <caption class="muted">作成される会議</caption>
          <thead>
            <tr>
              <th scope="col">開催日</th>
              <th scope="col">会議名</th>
              <th scope="col">目的</th>
            </tr>
          </thead>
          <tbody>
            {standard.map((m) => (
              <tr>
                <td>{formatDate(m.date)}</td>
                <td>{m.title}</td>
                <td>{m.purpose}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="hint">
        ネットワーク会議の出席機関には、現在登録されている支援機関（アーカイブ済みを除く）をすべて設定します。
      </p>
      <form method="post" action={meetingStandardPath(project.id)}>
        <CsrfField />
        <button type="submit" class="primary">
          標準スケジュールで5件の会議を作成する
        </button>
      </form>
    </div>
  );
}
