// The answer status: one row per agency, and a reminder text for each agency yet to submit.
import type { Project } from '../../src/context.ts';
import type { QuestionnaireWindow } from '../../src/questionnaire/window.ts';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';
import { QuestionnaireShell } from './questionnaireShell.tsx';
import { StatusBadge } from './statusBadge.tsx';
import { RESPONSE_STATUS_LABEL } from '../../src/lib/labels/questionnaire.ts';
import { agenciesPath, agencyPath } from '../../src/lib/paths/agencies.ts';
import { responseEditPath, responsePath } from '../../src/lib/paths/questionnaire.ts';

export type StatusRow = {
  agency: { id: number; name: string; contactName: string; contactEmail: string };
  status: 'none' | 'draft' | 'submitted';
  savedAt: string | null;
  submittedAt: string | null;
  enteredByStaff: boolean;
  answered: number;
  /** The agency's personal link, or null when it has none (revoked / never issued). */
  url: string | null;
};

function reminderText(p: { project: Project; row: StatusRow; closesOn: string | null; title: string }): string {
  const r = p.row;
  return [
    `${r.agency.name}${r.agency.contactName ? ` ${r.agency.contactName}様` : ' ご担当者様'}`,
    '',
    `いつもお世話になっております。${p.project.hostHealthCentre || '保健所'}です。`,
    `「${p.title}」へのご回答をお願いしております。`,
    r.status === 'draft' ? '途中まで入力いただいた内容は下書きとして保存されています。' : '',
    p.closesOn ? `締切は ${formatDate(p.closesOn)} です。` : '',
    '下記の貴機関専用のリンクからご回答ください（他の機関とは共有しないでください）。',
    r.url ?? '',
    '',
    'ご不明な点がありましたらお問い合わせください。',
  ]
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n');
}

export function StatusPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  rows: StatusRow[];
  questionCount: number;
  title: string;
}) {
  const { project, rows } = props;
  const count = (s: StatusRow['status']) => rows.filter((r) => r.status === s).length;
  const pending = rows.filter((r) => r.status !== 'submitted');
  return (
    <QuestionnaireShell project={project} tab="status" title="回答状況" window={props.window}>
      <ul class="stats">
        <li>
          <span class="stat">
            <strong>{count('submitted')}</strong>/ {rows.length} 機関 提出済み
          </span>
        </li>
        <li>
          <span class="stat">
            <strong>{count('draft')}</strong> 下書き
          </span>
        </li>
        <li>
          <span class="stat">
            <strong>{count('none')}</strong> 未着手
          </span>
        </li>
      </ul>
      {rows.length === 0 ? (
        <p class="empty">
          支援機関がまだ登録されていません。<a href={agenciesPath(project.id)}>支援機関</a>
          を登録すると、ここに回答状況が表示されます。
        </p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">機関ごとの回答状況</caption>
            <thead>
              <tr>
                <th scope="col">機関</th>
                <th scope="col">状況</th>
                <th scope="col">最終保存（日本時間）</th>
                <th scope="col" class="num">
                  回答済みの設問
                </th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <th scope="row">{r.agency.name}</th>
                  <td>
                    <StatusBadge status={r.status} />
                    {r.enteredByStaff && <span class="muted"> （事務局が代理入力）</span>}
                  </td>
                  <td>{r.savedAt ? formatDateTime(r.savedAt) : '—'}</td>
                  <td class="num">
                    {r.answered} / {props.questionCount}
                  </td>
                  <td>
                    {r.status !== 'none' && <a href={responsePath(project.id, r.agency.id)}>回答を見る</a>}
                    {r.status !== 'none' && '　'}
                    <a href={responseEditPath(project.id, r.agency.id)}>代理入力</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pending.length > 0 && (
        <>
          <h2>未提出の機関への連絡文</h2>
          <p class="hint">本文をコピーして、各機関へのメールに貼り付けてください。リンクは機関ごとに異なります。</p>
          {pending.map((r) => (
            <details class="reminder">
              <summary>
                {r.agency.name}（{RESPONSE_STATUS_LABEL[r.status]}）
                {r.agency.contactEmail && <span class="muted">　宛先：{r.agency.contactEmail}</span>}
              </summary>
              {r.url ? (
                <>
                  <label for={`reminder-${r.agency.id}`} class="visually-hidden">
                    {r.agency.name}への連絡文
                  </label>
                  <textarea id={`reminder-${r.agency.id}`} rows={10} readonly>
                    {reminderText({ project, row: r, closesOn: props.window.closesOn, title: props.title })}
                  </textarea>
                  <button type="button" data-copy={`#reminder-${r.agency.id}`}>
                    連絡文をコピー
                  </button>
                </>
              ) : (
                <p class="muted">
                  この機関の回答用リンクが発行されていません。
                  <a href={agencyPath(project.id, r.agency.id)}>機関のページ</a>
                  でリンクを発行してください。
                </p>
              )}
            </details>
          ))}
        </>
      )}
    </QuestionnaireShell>
  );
}
