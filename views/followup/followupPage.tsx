// One issue row's follow-up: who carries it, by when (or by which meeting), and its dated history
// with "reviewed at meeting X".
import { CsrfField, ErrorSummary, Field, Notice, Select } from '../components/form.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import type { Project } from '../../src/context.ts';
import type { IssueRowView } from '../../src/issuesTable/queries.ts';
import type { Followup, HistoryEntry } from '../../src/followup/queries.ts';
import { Layout } from '../layout/layout.tsx';
import { formatDate } from '../../src/lib/format.ts';
import { ISSUE_STATUSES, ISSUE_STATUS_LABEL } from '../../src/lib/labels/issuesTable.ts';
import { issueFollowupPath, issuesPath } from '../../src/lib/paths/issuesTable.ts';

export function FollowupPage(p: {
  project: Project;
  row: IssueRowView;
  followup?: Followup;
  history: HistoryEntry[];
  agencies: { id: number; name: string }[];
  meetings: { id: number; title: string; date: string }[];
  today: string;
  notice?: string;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const base = issueFollowupPath(p.project.id, p.row.id);
  const f = p.followup;
  const owner = f?.ownerKind === 'agency' ? `agency:${f.ownerAgencyId}` : (f?.ownerKind ?? '');
  const meetingOptions = [
    { value: '', label: '指定しない' },
    ...p.meetings.map((m) => ({ value: String(m.id), label: `${m.title}（${formatDate(m.date)}）` })),
  ];
  return (
    <Layout title="課題の進捗" project={p.project}>
      <p class="muted">
        <a href={issuesPath(p.project.id)}>問題点と課題</a> ›
      </p>
      <h1>課題の進捗</h1>
      <p>
        <strong>{p.row.problem}</strong>
        {p.row.issue && ` → ${p.row.issue}`}（{ISSUE_STATUS_LABEL[p.row.status]}）
      </p>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <ErrorSummary errors={p.errors} />
      <form method="post" action={base}>
        <CsrfField />
        <Select
          name="owner"
          label="担当"
          options={[
            { value: '', label: '未定' },
            { value: 'centre', label: '保健所（事務局）' },
            ...p.agencies.map((a) => ({ value: `agency:${a.id}`, label: a.name })),
          ]}
          values={{ owner }}
        />
        <Field name="dueOn" label="期限" type="date" values={{ dueOn: f?.dueOn ?? '' }} errors={p.errors} />
        <Select
          name="targetMeetingId"
          label="目標の会議（この会議までに）"
          options={meetingOptions}
          values={{ targetMeetingId: f?.targetMeetingId ?? '' }}
        />
        <button type="submit" class="primary">
          担当・期限を保存
        </button>
      </form>

      <h2>経過</h2>
      {p.history.length ? (
        <ol>
          {p.history.map((h) => (
            <li>
              {formatDate(h.onDate)}
              {h.status && `：${ISSUE_STATUS_LABEL[h.status]}に変更`}
              {h.meetingTitle && `（${h.meetingTitle}で確認）`}
              {h.note && ` ${h.note}`}
            </li>
          ))}
        </ol>
      ) : (
        <p class="muted">経過はまだ記録されていません。</p>
      )}
      <form method="post" action={`${base}/history`}>
        <CsrfField />
        <Field
          name="onDate"
          label="日付"
          type="date"
          required
          values={p.values ?? { onDate: p.today }}
          errors={p.errors}
        />
        <Select
          name="status"
          label="状況の変更"
          options={[{ value: '', label: '変更しない' }, ...ISSUE_STATUSES]}
          values={p.values}
        />
        <Select name="meetingId" label="確認した会議" options={meetingOptions} values={p.values} />
        <Field name="note" label="メモ" multiline rows={3} values={p.values} errors={p.errors} />
        <button type="submit">経過を記録</button>
      </form>
    </Layout>
  );
}
