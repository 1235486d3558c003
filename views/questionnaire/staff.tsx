import type { Child } from 'hono/jsx';
import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { Answers } from '../../src/questionnaire/answers.ts';
import { choicesOf, type Question, type Template } from '../../src/questionnaire/template.ts';
import type { WindowState } from '../../src/questionnaire/window.ts';
import { AnswerList, QuestionnaireForm } from './form.tsx';
import { FormActions } from '../components/actions.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { formatDate, formatDateTime } from '../../src/lib/format.ts';
import { Layout } from '../layout/layout.tsx';
import { QUESTION_TYPE_LABEL } from '../../src/questionnaire/labels.ts';

type Tab = 'status' | 'template' | 'results';

const TABS: { tab: Tab; label: string; path: string }[] = [
  { tab: 'status', label: '回答状況', path: '' },
  { tab: 'template', label: '設問', path: '/template' },
  { tab: 'results', label: '集計結果', path: '/results' },
];

const WINDOW_LABEL: Record<WindowState, string> = {
  unscheduled: '受付期間未設定',
  not_open: '受付開始前',
  open: '受付中',
  closed: '締切済み',
};

/** The reply window every questionnaire page shows in its heading. */
export type QuestionnaireWindow = { opensOn: string | null; closesOn: string | null; state: WindowState };

export function QuestionnaireShell(props: {
  project: Project;
  tab: Tab;
  title: string;
  window: QuestionnaireWindow;
  children: Child;
}) {
  const base = `/projects/${props.project.id}/questionnaire`;
  const w = props.window;
  return (
    <Layout title={`${props.title}｜アンケート`} project={props.project}>
      <div class="page-head">
        <div>
          <h1>アンケート調査</h1>
          <p class="muted">
            受付期間：{w.opensOn ? formatDate(w.opensOn) : '未設定'} 〜 {w.closesOn ? formatDate(w.closesOn) : '未設定'}{' '}
            <span class={`badge status-${w.state === 'open' ? 'open' : w.state === 'closed' ? 'closed' : 'none'}`}>
              {WINDOW_LABEL[w.state]}
            </span>{' '}
            <a href={`/projects/${props.project.id}/edit`}>期間を変更</a>
          </p>
        </div>
        <p class="actions no-print">
          <a class="button" href={`${base}/export.xlsx`}>
            Excel（XLSX）で出力
          </a>
          <a class="button" href={`${base}/export.csv`}>
            CSVで出力
          </a>
        </p>
      </div>
      <nav class="tabs no-print" aria-label="アンケートの画面">
        {TABS.map((t) => (
          <a href={`${base}${t.path}`} aria-current={t.tab === props.tab ? 'page' : undefined}>
            {t.label}
          </a>
        ))}
      </nav>
      {props.children}
    </Layout>
  );
}

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

const STATUS = {
  none: { label: '未着手', cls: '' },
  draft: { label: '下書き', cls: 'draft' },
  submitted: { label: '提出済み', cls: 'submitted' },
} as const;

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
  const base = `/projects/${project.id}/questionnaire`;
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
          支援機関がまだ登録されていません。<a href={`/projects/${project.id}/agencies`}>支援機関</a>
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
                    <span class={`badge ${STATUS[r.status].cls}`}>{STATUS[r.status].label}</span>
                    {r.enteredByStaff && <span class="muted"> （事務局が代理入力）</span>}
                  </td>
                  <td>{r.savedAt ? formatDateTime(r.savedAt) : '—'}</td>
                  <td class="num">
                    {r.answered} / {props.questionCount}
                  </td>
                  <td>
                    {r.status !== 'none' && <a href={`${base}/responses/${r.agency.id}`}>回答を見る</a>}
                    {r.status !== 'none' && '　'}
                    <a href={`${base}/responses/${r.agency.id}/edit`}>代理入力</a>
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
                {r.agency.name}（{STATUS[r.status].label}）
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
                  <a href={`/projects/${project.id}/agencies/${r.agency.id}`}>機関のページ</a>
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

export function ResponseViewPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  agencyName: string;
  agencyId: number;
  template: Template;
  answers: Answers;
  status: 'draft' | 'submitted';
  savedAt: string;
  submittedAt: string | null;
  enteredByStaff: boolean;
}) {
  const base = `/projects/${props.project.id}/questionnaire`;
  return (
    <QuestionnaireShell project={props.project} tab="status" title={`${props.agencyName}の回答`} window={props.window}>
      <h2>{props.agencyName}の回答</h2>
      <p>
        <span class={`badge ${STATUS[props.status].cls}`}>{STATUS[props.status].label}</span> 最終保存{' '}
        {formatDateTime(props.savedAt)}
        {props.submittedAt && `／提出 ${formatDateTime(props.submittedAt)}`}
        {props.enteredByStaff && '／事務局が代理入力'}
      </p>
      <p class="actions no-print">
        <a class="button" href={`${base}/responses/${props.agencyId}/edit`}>
          代理入力で修正
        </a>
        <button type="button" data-print>
          印刷
        </button>
        <a href={base}>回答状況に戻る</a>
      </p>
      <AnswerList template={props.template} answers={props.answers} />
    </QuestionnaireShell>
  );
}

export function OnBehalfPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  agencyName: string;
  agencyId: number;
  template: Template;
  answers: Answers;
  values: FormValues;
  errors?: FieldErrors;
  saved?: boolean;
}) {
  const base = `/projects/${props.project.id}/questionnaire`;
  return (
    <QuestionnaireShell
      project={props.project}
      tab="status"
      title={`${props.agencyName}の代理入力`}
      window={props.window}
    >
      <h2>{props.agencyName}の回答を代理入力</h2>
      <Notice kind="warn">
        紙やメールで受け取った回答を、事務局が機関に代わって入力します。保存・提出はこの機関の回答として扱われ、操作履歴に「事務局による代理入力」として記録されます。受付期間外でも入力できます。
      </Notice>
      {props.saved && <Notice kind="success">下書きを保存しました。</Notice>}
      <QuestionnaireForm
        template={props.template}
        answers={props.answers}
        values={props.values}
        errors={props.errors}
        action={`${base}/responses/${props.agencyId}/edit`}
        submitLabel="この機関の回答として提出"
      />
    </QuestionnaireShell>
  );
}

function QuestionSummary({ q }: { q: Question }) {
  const choices = choicesOf(q);
  return (
    <div class="q-summary">
      <span class="kind">{QUESTION_TYPE_LABEL[q.type]}</span> {q.label}
      {q.required && <span class="req">必須</span>} <code>{q.id}</code>
      {q.help && <p class="hint">{q.help}</p>}
      {choices.length > 0 && <p class="options muted">選択肢：{choices.join(' ／ ')}</p>}
      {q.type === 'number' && (
        <p class="muted">
          範囲：{q.min ?? '下限なし'} 〜 {q.max ?? '上限なし'} {q.unit}
        </p>
      )}
    </div>
  );
}

export function TemplatePage(props: {
  project: Project;
  window: QuestionnaireWindow;
  template: Template;
  custom: boolean;
  version: number;
  updatedAt: string | null;
  responseCount: number;
  flash?: string;
}) {
  const base = `/projects/${props.project.id}/questionnaire/template`;
  const t = props.template;
  return (
    <QuestionnaireShell project={props.project} tab="template" title="設問" window={props.window}>
      {props.flash && <Notice kind="success">{props.flash}</Notice>}
      {props.custom ? (
        <p>
          このプロジェクト用に編集した設問（第{props.version}版、{formatDateTime(props.updatedAt)}{' '}
          更新）を使っています。
          {props.responseCount > 0 &&
            `回答が${props.responseCount}件あるため、回答済みの設問や選択肢は削除・変更できません（文言の修正はできます）。`}
        </p>
      ) : (
        <div class="alert info">
          <p>
            現在は、ツールに用意された既定の設問（資料をもとに作成）を使っています。設問の文言や選択肢を変えたい場合は、まずこのプロジェクトにコピーしてください。
          </p>
          <form method="post" action={`${base}/copy`}>
            <CsrfField />
            <button type="submit" class="primary">
              既定の設問をこのプロジェクトにコピーして編集する
            </button>
          </form>
        </div>
      )}
      <h2>{t.title}</h2>
      {t.intro && <p class="prewrap">{t.intro}</p>}
      {t.sections.map((s, si) => (
        <section class="q-section">
          <div class="page-head">
            <h3>{s.heading}</h3>
            {props.custom && (
              <a href={`${base}/sections/${si}`} aria-label={`${s.heading}の見出しを編集`}>
                見出しを編集
              </a>
            )}
          </div>
          {s.help && <p class="hint">{s.help}</p>}
          <ol class="q-list">
            {s.questions.map((q) => (
              <li>
                <QuestionSummary q={q} />
                {props.custom && (
                  <a href={`${base}/questions/${q.id}`} aria-label={`「${q.label}」を編集`}>
                    編集
                  </a>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      {props.custom && (
        <p>
          <a href={`${base}/json`}>上級者向け：JSONで設問全体を編集する（設問の追加・並べ替え・削除）</a>
        </p>
      )}
    </QuestionnaireShell>
  );
}

function Problems({ problems }: { problems?: string[] }) {
  if (!problems?.length) return null;
  return <ErrorSummary message="保存できませんでした。" items={problems} />;
}

export function QuestionEditPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  question: Question;
  values: FormValues;
  errors?: FieldErrors;
  problems?: string[];
}) {
  const q = props.question;
  const base = `/projects/${props.project.id}/questionnaire/template`;
  const { values, errors } = props;
  return (
    <QuestionnaireShell project={props.project} tab="template" title="設問の編集" window={props.window}>
      <h2>
        設問の編集 <code>{q.id}</code>（{QUESTION_TYPE_LABEL[q.type]}）
      </h2>
      <ErrorSummary errors={errors} />
      <Problems problems={props.problems} />
      <form method="post" action={`${base}/questions/${q.id}`} class="stack" novalidate>
        <CsrfField />
        <Field name="label" label="設問文" required values={values} errors={errors} />
        <Field name="help" label="補足説明" multiline rows={3} values={values} errors={errors} />
        <div class="field checks">
          <label>
            <input type="checkbox" name="required" value="on" checked={values.required === 'on'} />
            回答を必須にする
          </label>
        </div>
        {(q.type === 'single' || q.type === 'multi') && (
          <Field
            name="options"
            label="選択肢（1行に1つ）"
            multiline
            rows={Math.min(20, Math.max(4, String(values.options ?? '').split('\n').length + 1))}
            values={values}
            errors={errors}
            hint="回答で選ばれている選択肢は削除・文言変更できません。"
          />
        )}
        {q.type === 'multi' && (
          <div class="field checks">
            <label>
              <input type="checkbox" name="other" value="on" checked={values.other === 'on'} />
              「その他」と自由記述欄を付ける
            </label>
          </div>
        )}
        {q.type === 'number' && (
          <div class="row">
            <Field name="min" label="最小値" inputmode="numeric" values={values} errors={errors} />
            <Field name="max" label="最大値" inputmode="numeric" values={values} errors={errors} />
            <Field name="unit" label="単位" values={values} errors={errors} hint="例：人、回" />
          </div>
        )}
        {q.type === 'age_bands' && <Field name="unit" label="単位" values={values} errors={errors} />}
        {q.type === 'text' && (
          <div class="field checks">
            <label>
              <input type="checkbox" name="long" value="on" checked={values.long === 'on'} />
              複数行の入力欄にする
            </label>
          </div>
        )}
        <FormActions cancel={base} />
      </form>
    </QuestionnaireShell>
  );
}

export function SectionEditPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  index: number;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const base = `/projects/${props.project.id}/questionnaire/template`;
  return (
    <QuestionnaireShell project={props.project} tab="template" title="見出しの編集" window={props.window}>
      <h2>見出しと説明の編集</h2>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={`${base}/sections/${props.index}`} class="stack" novalidate>
        <CsrfField />
        <Field name="heading" label="見出し" required values={props.values} errors={props.errors} />
        <Field name="help" label="説明" multiline rows={3} values={props.values} errors={props.errors} />
        <FormActions cancel={base} />
      </form>
    </QuestionnaireShell>
  );
}

export function TemplateJsonPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  json: string;
  problems?: string[];
}) {
  const base = `/projects/${props.project.id}/questionnaire/template`;
  return (
    <QuestionnaireShell project={props.project} tab="template" title="JSONで編集" window={props.window}>
      <h2>設問全体をJSONで編集</h2>
      <p class="hint">
        設問の追加・並べ替え・削除ができます。種類（type）は single / multi / number / age_bands / text
        のいずれかです。保存時に形式を検査し、問題があれば場所と理由を表示します。回答がある設問・選択肢の削除や種類の変更はできません。
      </p>
      <Problems problems={props.problems} />
      <form method="post" action={`${base}/json`} class="stack" novalidate>
        <CsrfField />
        <div class="field">
          <label for="f-json">設問定義（JSON）</label>
          <textarea id="f-json" name="json" rows={30} class="code" spellcheck={false}>
            {props.json}
          </textarea>
        </div>
        <FormActions submit="検査して保存する" cancel={base} />
      </form>
    </QuestionnaireShell>
  );
}
