// A meeting's attendance on one page, usable on a tablet at the door: invited agencies with their
// reply, a large tick per agency and guest, then who is invited and the guests' list.
import { CsrfField, ErrorSummary, Field, Notice, Select } from '../components/form.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import type { Project } from '../../src/context.ts';
import type { Meeting } from '../../src/meetings/queries.ts';
import type { Guest, Invitation } from '../../src/attendance/queries.ts';
import { Layout } from '../layout/layout.tsx';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';
import { meetingPath } from '../../src/lib/paths/meetings.ts';
import { attendancePath, attendanceXlsxPath } from '../../src/lib/paths/attendance.ts';
import { attendanceLine, GUEST_ROLE_LABEL, RSVP_LABEL } from '../../src/lib/labels/attendance.ts';

export function RollCallPage(p: {
  project: Project;
  meeting: Meeting;
  invitations: Invitation[];
  guests: Guest[];
  options: { id: number; name: string }[];
  notice?: string;
  errors?: FieldErrors;
  values?: FormValues;
}) {
  const { project, meeting: m } = p;
  const base = attendancePath(project.id, m.id);
  const counts = {
    invited: p.invitations.length,
    replied: p.invitations.filter((i) => i.rsvp).length,
    present: p.invitations.filter((i) => i.present).length,
  };
  const invited = new Set(p.invitations.map((i) => i.agencyId));
  return (
    <Layout title={`出欠：${m.title}`} project={project}>
      <p class="muted">
        <a href={meetingPath(project.id, m.id)}>{m.title}</a> ›
      </p>
      <h1>出欠（{formatDate(m.date)}）</h1>
      <p class="actions no-print">
        <a class="button" href={attendanceXlsxPath(project.id, m.id)} download>
          Excel（XLSX）で出力
        </a>
      </p>
      {p.notice && <Notice kind="success">{p.notice}</Notice>}
      <ErrorSummary errors={p.errors} />
      <p class="attendance-counts">
        <strong>{attendanceLine(counts)}</strong>（出席予定 {p.invitations.filter((i) => i.rsvp === 'attend').length}
        機関）
      </p>
      <form method="post" action={`${base}/roll-call`} class="roll-call">
        <CsrfField />
        <h2>当日の出席確認</h2>
        <p class="hint">来られた機関にチェックを付けて「出席を保存」を押してください。人数は空欄なら回答の人数です。</p>
        <table>
          <caption>招待した機関（{p.invitations.length}機関）</caption>
          <thead>
            <tr>
              <th scope="col">出席</th>
              <th scope="col">機関</th>
              <th scope="col">回答</th>
              <th scope="col" class="num">
                人数
              </th>
            </tr>
          </thead>
          <tbody>
            {p.invitations.map((i) => (
              <tr>
                <td>
                  <input
                    type="checkbox"
                    class="big-check"
                    id={`present-${i.agencyId}`}
                    name="present"
                    value={String(i.agencyId)}
                    checked={i.present}
                  />
                </td>
                <th scope="row">
                  <label for={`present-${i.agencyId}`}>{i.name}</label>
                </th>
                <td>
                  {i.rsvp ? `${RSVP_LABEL[i.rsvp]}${i.headcount ? `（${i.headcount}名）` : ''}` : '未回答'}
                  {i.names && <span class="muted"> {i.names}</span>}
                  {i.respondedAt && <span class="muted"> {formatDateTime(i.respondedAt)}</span>}
                </td>
                <td class="num">
                  <input
                    type="number"
                    min={0}
                    max={50}
                    inputmode="numeric"
                    aria-label={`${i.name}の出席人数`}
                    name={`counts.${i.agencyId}`}
                    value={i.presentCount === null ? '' : String(i.presentCount)}
                    style="width: 5em"
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3>助言者・オブザーバー</h3>
        {p.guests.length ? (
          <ul class="plain">
            {p.guests.map((g) => (
              <li>
                <label>
                  <input
                    type="checkbox"
                    class="big-check"
                    name="guestsPresent"
                    value={String(g.id)}
                    checked={g.present}
                  />{' '}
                  {GUEST_ROLE_LABEL[g.role]}：{g.name}
                  {g.affiliation && `（${g.affiliation}）`}
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">まだ登録されていません（下で追加できます）。</p>
        )}
        <p>
          <button type="submit" class="primary big">
            出席を保存
          </button>
        </p>
      </form>

      <section>
        <h2>助言者・オブザーバーを追加</h2>
        <form method="post" action={`${base}/guests`}>
          <CsrfField />
          <Select
            name="role"
            label="区分"
            required
            options={[
              { value: 'adviser', label: GUEST_ROLE_LABEL.adviser },
              { value: 'observer', label: GUEST_ROLE_LABEL.observer },
            ]}
            values={p.values}
            errors={p.errors}
          />
          <Field name="name" label="氏名" required values={p.values} errors={p.errors} />
          <Field name="affiliation" label="所属" values={p.values} errors={p.errors} />
          <button type="submit">追加</button>
        </form>
        {p.guests.map((g) => (
          <form method="post" action={`${base}/guests/${g.id}/delete`} class="inline">
            <CsrfField />
            <button type="submit" class="link">
              {g.name} を削除
            </button>
          </form>
        ))}
      </section>

      <details>
        <summary>招待する機関を変更（既定：すべての機関）</summary>
        <form method="post" action={`${base}/invited`}>
          <CsrfField />
          <fieldset>
            <legend>招待する機関</legend>
            {p.options.map((a) => (
              <label class="check">
                <input type="checkbox" name="agencyIds" value={String(a.id)} checked={invited.has(a.id)} /> {a.name}
              </label>
            ))}
          </fieldset>
          <button type="submit">招待する機関を保存</button>
        </form>
      </details>
    </Layout>
  );
}
