// The minutes (議事録) of one meeting: the draft form (autosaved), the action items that can
// become issue rows, the issue button with the personal-information guard, and issued versions.
import { CsrfField, ErrorSummary, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { Meeting } from '../../src/meetings/queries.ts';
import type { MinutesView } from '../../src/minutes/minutesViewModel.ts';
import type { FieldFinding } from '../../src/cases/pii.ts';
import { Layout } from '../layout/layout.tsx';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';
import { meetingPath } from '../../src/lib/paths/meetings.ts';
import { minutesPath } from '../../src/lib/paths/attendance.ts';
import { issueRowEditPath } from '../../src/lib/paths/issuesTable.ts';
import { PII_KINDS } from '../../src/lib/labels/cases.ts';
import { AttendanceBlock } from '../attendance/attendanceBlock.tsx';

function Area(p: { name: string; label: string; value: string; rows?: number; hint?: string }) {
  return (
    <div class="field">
      <label for={`f-${p.name}`}>{p.label}</label>
      {p.hint && <p class="hint">{p.hint}</p>}
      <textarea id={`f-${p.name}`} name={p.name} rows={p.rows ?? 4}>
        {p.value}
      </textarea>
    </div>
  );
}

export function MinutesEditPage(p: {
  project: Project;
  meeting: Meeting;
  view: MinutesView;
  notice?: string;
  findings?: FieldFinding[];
}) {
  const { project, meeting: m, view } = p;
  const base = minutesPath(project.id, m.id);
  const c = view.content;
  return (
    <Layout title={`議事録：${m.title}`} project={project}>
      <p class="muted">
        <a href={meetingPath(project.id, m.id)}>{m.title}</a> ›
      </p>
      <h1>議事録（{formatDate(m.date)}）</h1>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      {p.findings && (
        <ErrorSummary
          message="個人を特定できる情報の可能性がある記載があります。確認して直すか、問題がなければ「確認したうえで発行」を押してください。"
          items={p.findings.map((f) => `${PII_KINDS[f.kind].label}：「${f.text}」`)}
        />
      )}
      <AttendanceBlock a={view.attendance} />
      <form
        id="minutes-form"
        method="post"
        action={base}
        data-unsaved-warning
        hx-post={`${base}/autosave`}
        hx-trigger="input changed delay:1500ms, change"
        hx-target="#save-status"
        hx-swap="innerHTML"
      >
        <CsrfField />
        <p id="save-status" aria-live="polite" class="muted">
          {view.savedAt
            ? `保存済み ${formatDateTime(view.savedAt)}`
            : '下書きは自動で保存されます（まだ保存していません）。'}
        </p>
        <h2>議事（次第の項目ごと）</h2>
        {[...c.items, { title: '', notes: '' }].map((it, i) => (
          <fieldset>
            <legend>{it.title || '項目を追加'}</legend>
            <div class="field">
              <label for={`f-items.${i}.title`}>議題</label>
              <input id={`f-items.${i}.title`} name={`items.${i}.title`} value={it.title} />
            </div>
            <Area name={`items.${i}.notes`} label="記録" value={it.notes} />
          </fieldset>
        ))}
        <Area name="decisions" label="決定事項" value={c.decisions} hint="1行に1件" />
        <Area name="adviserComments" label="助言者コメント" value={c.adviserComments} />
        <Area
          name="actions"
          label="今後の対応（アクション）"
          value={c.actions.map((a) => a.text).join('\n')}
          hint="1行に1件。保存後、各行を「問題点→課題」の表に追加できます。"
        />
        <button type="submit" class="primary">
          下書きを保存
        </button>
      </form>

      <h2>アクションを課題に追加</h2>
      {c.actions.length ? (
        <ul>
          {c.actions.map((a, i) => (
            <li>
              {a.text}{' '}
              {a.issueRowId ? (
                <a href={issueRowEditPath(project.id, a.issueRowId)}>課題の表に追加済み</a>
              ) : (
                <form method="post" action={`${base}/actions/${i}/issue`} class="inline">
                  <CsrfField />
                  <button type="submit">課題の表に追加</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">アクションはまだありません。</p>
      )}

      <h2>発行</h2>
      <p class="hint">発行した版は変更されません。発行後、招待した機関は各自のページで読めます。</p>
      {/* sends the minutes form, so text typed since the last autosave is issued too */}
      <p>
        {p.findings && <input type="hidden" name="confirmPii" value="1" form="minutes-form" />}
        <button type="submit" class="primary" form="minutes-form" formaction={`${base}/issue`}>
          {p.findings ? '確認したうえで発行' : `第${(view.versions[0]?.version ?? 0) + 1}版として発行`}
        </button>
      </p>
      {view.versions.length > 0 && (
        <ul>
          {view.versions.map((v) => (
            <li>
              <a href={`${base}/${v.version}`}>第{v.version}版</a>（{formatDateTime(v.issuedAt)}）・
              <a href={`${base}/${v.version}/docx`}>Word</a>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
