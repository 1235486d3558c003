// One meeting: when and where, agenda, attendees and its tools.
import { Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { Meeting } from '../../src/meetings/queries.ts';
import { formatDate } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { MEETING_KIND_LABEL, MEETING_KIND_RULE, timeRange, titleHasNumber } from '../../src/lib/labels/meetings.ts';
import { meetingsPath, meetingEditPath, meetingDeletePath } from '../../src/lib/paths/meetings.ts';

export function MeetingDetailPage(props: {
  project: Project;
  meeting: Meeting;
  number: number;
  attendees: { id: number; name: string }[];
  tools: { label: string; description: string; href: string }[];
  notice?: string;
}) {
  const { project, meeting: m, attendees, tools } = props;
  return (
    <Layout title={m.title} project={project}>
      <p class="muted">
        <a href={meetingsPath(project.id)}>会議一覧</a> ›
      </p>
      <div class="page-head">
        <div>
          <h1>{m.title}</h1>
          <p class="muted">
            <span class={`kind kind-${m.kind}`}>{MEETING_KIND_LABEL[m.kind]}</span>
            {titleHasNumber(m.title) ? ' ' : ` 第${props.number}回・`}
            {formatDate(m.date)}
            {timeRange(m) && ` ${timeRange(m)}`}
          </p>
        </div>
        <div class="actions">
          <a class="button" href={meetingEditPath(project.id, m.id)}>
            編集
          </a>
          <a class="button" href={meetingDeletePath(project.id, m.id)}>
            削除
          </a>
        </div>
      </div>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <dl class="meta">
        <dt>種類</dt>
        <dd>
          {MEETING_KIND_LABEL[m.kind]}（第{props.number}回）
          <p class="hint">{MEETING_KIND_RULE[m.kind]}</p>
        </dd>
        <dt>開催日</dt>
        <dd>{formatDate(m.date)}</dd>
        <dt>時間</dt>
        <dd>{timeRange(m) || <span class="muted">未定</span>}</dd>
        <dt>会場</dt>
        <dd>{m.place || <span class="muted">未定</span>}</dd>
        <dt>目的</dt>
        <dd>{m.purpose || <span class="muted">未記入</span>}</dd>
        <dt>会議の記号（データ連携用）</dt>
        <dd>
          <code>{m.key}</code>
        </dd>
      </dl>

      <h2>議題</h2>
      {m.agenda.length ? (
        <ol>
          {m.agenda.map((item) => (
            <li>{item}</li>
          ))}
        </ol>
      ) : (
        <p class="muted">議題はまだありません。</p>
      )}

      <h2>出席機関（{attendees.length}機関）</h2>
      {attendees.length ? (
        <ul style="columns: 16em">
          {attendees.map((a) => (
            <li>{a.name}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">出席機関はまだ選ばれていません。</p>
      )}

      <section aria-labelledby="meeting-tools">
        <h2 id="meeting-tools">この会議の資料・運営</h2>
        {tools.length ? (
          <ul class="cards">
            {tools.map((t) => (
              <li>
                <a href={t.href} class="card-link">
                  <strong>{t.label}</strong>
                  <span class="muted">{t.description}</span>
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">この会議で使える資料・運営の機能はまだありません。</p>
        )}
      </section>
    </Layout>
  );
}
