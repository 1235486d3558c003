import { CsrfField, ErrorSummary, Field, Notice, Select } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { AgencyOption, Meeting } from '../../src/meetings/queries.ts';
import type { MeetingInput } from '../../src/meetings/schemas.ts';
import { MEETING_KIND_LABEL, MEETING_KINDS } from '../../src/meetings/schemas.ts';
import { FormActions } from '../components/actions.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { formatDate, reiwa } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';

const base = (pid: number) => `/projects/${pid}/meetings`;

function timeRange(m: { startTime: string; endTime: string }): string {
  if (!m.startTime && !m.endTime) return '';
  return `${m.startTime}〜${m.endTime}`;
}

type Numbered = Meeting & { number: number };

export function MeetingListPage(props: {
  project: Project;
  meetings: Numbered[];
  standard: MeetingInput[];
  notice?: string;
}) {
  const { project, meetings } = props;
  const pid = project.id;
  return (
    <Layout title="会議" project={project}>
      <div class="page-head">
        <h1>会議</h1>
        <a class="button primary" href={`${base(pid)}/new`}>
          新しい会議
        </a>
      </div>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {meetings.length === 0 ? (
        <StandardScheduleOffer project={project} standard={props.standard} />
      ) : (
        MEETING_KINDS.map(({ value: kind }) => {
          const rows = meetings.filter((m) => m.kind === kind);
          return (
            <section aria-labelledby={`kind-${kind}`}>
              <div class="page-head" style="align-items: baseline">
                <h2 id={`kind-${kind}`}>{MEETING_KIND_LABEL[kind]}</h2>
                <a href={`${base(pid)}/new?kind=${kind}`}>＋ {MEETING_KIND_LABEL[kind]}を追加</a>
              </div>
              {rows.length === 0 ? (
                <p class="muted">まだ登録されていません。</p>
              ) : (
                <ol class="cards">
                  {rows.map((m) => (
                    <li>
                      <a href={`${base(pid)}/${m.id}`} class="card-link">
                        <span class="kind">第{m.number}回</span>
                        <strong>{m.title}</strong>
                        {formatDate(m.date)}
                        {timeRange(m) && ` ${timeRange(m)}`}
                        <br />
                        <span class="muted">
                          {m.place || '会場未定'}・
                          {m.attendeeAgencyIds.length ? `出席 ${m.attendeeAgencyIds.length}機関` : '出席機関未設定'}
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
      <form method="post" action={`${base(project.id)}/standard`}>
        <CsrfField />
        <button type="submit" class="primary">
          標準スケジュールで5件の会議を作成する
        </button>
      </form>
    </div>
  );
}

export function MeetingDetailPage(props: {
  project: Project;
  meeting: Meeting;
  number: number;
  attendees: { id: number; name: string }[];
  tools: { label: string; description: string; href: string }[];
  notice?: string;
}) {
  const { project, meeting: m, attendees, tools } = props;
  const url = `${base(project.id)}/${m.id}`;
  return (
    <Layout title={m.title} project={project}>
      <p class="muted">
        <a href={base(project.id)}>会議一覧</a> ›
      </p>
      <div class="page-head">
        <div>
          <h1>{m.title}</h1>
          <p class="muted">
            <span class={`kind kind-${m.kind}`}>{MEETING_KIND_LABEL[m.kind]}</span> 第{props.number}回・
            {formatDate(m.date)}
            {timeRange(m) && ` ${timeRange(m)}`}
          </p>
        </div>
        <div class="actions">
          <a class="button" href={`${url}/edit`}>
            編集
          </a>
          <a class="button" href={`${url}/delete`}>
            削除
          </a>
        </div>
      </div>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <dl class="meta">
        <dt>種類</dt>
        <dd>
          {MEETING_KIND_LABEL[m.kind]}（第{props.number}回）
        </dd>
        <dt>開催日</dt>
        <dd>{formatDate(m.date)}</dd>
        <dt>時間</dt>
        <dd>{timeRange(m) || <span class="muted">未定</span>}</dd>
        <dt>会場</dt>
        <dd>{m.place || <span class="muted">未定</span>}</dd>
        <dt>目的</dt>
        <dd>{m.purpose || <span class="muted">未記入</span>}</dd>
        <dt>識別キー</dt>
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

export function MeetingFormPage(props: {
  project: Project;
  meeting?: Meeting;
  agencies: AgencyOption[];
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { project, meeting, agencies, values, errors } = props;
  const action = meeting ? `${base(project.id)}/${meeting.id}/edit` : base(project.id);
  const title = meeting ? '会議の編集' : '新しい会議';
  const raw = values.attendeeAgencyIds;
  const selected = new Set((Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map(String));
  const attendeeError = errors?.attendeeAgencyIds;
  return (
    <Layout title={title} project={project}>
      <h1>{title}</h1>
      <ErrorSummary errors={errors} />
      <form method="post" action={action} class="stack" novalidate>
        <CsrfField />
        <Select name="kind" label="会議の種類" required options={MEETING_KINDS} values={values} errors={errors} />
        <Field name="title" label="会議名" required values={values} errors={errors} hint="例：第1回ネットワーク会議" />
        <Field name="date" label="開催日" type="date" required values={values} errors={errors} />
        <div class="row">
          <Field name="startTime" label="開始時刻" type="time" values={values} errors={errors} hint="例：14:00" />
          <Field name="endTime" label="終了時刻" type="time" values={values} errors={errors} hint="例：16:00" />
        </div>
        <Field name="place" label="会場" values={values} errors={errors} />
        <Field name="purpose" label="目的" multiline rows={3} values={values} errors={errors} />
        <Field
          name="agenda"
          label="議題"
          multiline
          rows={6}
          values={values}
          errors={errors}
          hint="1行に1項目ずつ、進める順に入力してください。空行は無視されます。"
        />
        <fieldset aria-describedby={attendeeError ? 'f-attendeeAgencyIds-error' : undefined}>
          <legend>出席機関</legend>
          {agencies.length === 0 ? (
            <p class="hint">
              支援機関がまだ登録されていません。<a href={`/projects/${project.id}/agencies`}>支援機関</a>
              を登録すると、ここで出席機関を選べます。
            </p>
          ) : (
            <div class="checks">
              {agencies.map((a) => (
                <label>
                  <input
                    type="checkbox"
                    name="attendeeAgencyIds"
                    value={String(a.id)}
                    checked={selected.has(String(a.id))}
                  />
                  {a.name}
                  {a.archived && <span class="badge archived">アーカイブ済み</span>}
                </label>
              ))}
            </div>
          )}
          {attendeeError && (
            <p class="error" id="f-attendeeAgencyIds-error" role="alert">
              {attendeeError}
            </p>
          )}
        </fieldset>
        <FormActions
          submit={meeting ? '保存する' : '作成する'}
          cancel={meeting ? `${base(project.id)}/${meeting.id}` : base(project.id)}
        />
      </form>
    </Layout>
  );
}

export function MeetingDeletePage(props: {
  project: Project;
  meeting: Meeting;
  blockers: { label: string; count: number }[];
}) {
  const { project, meeting, blockers } = props;
  const url = `${base(project.id)}/${meeting.id}`;
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
          <form method="post" action={`${url}/delete`} class="stack">
            <CsrfField />
            <p>議題や出席機関の記録も削除され、元に戻せません。よろしいですか？</p>
            <FormActions submit="削除する" cancel={url} danger />
          </form>
        )}
      </section>
    </Layout>
  );
}
