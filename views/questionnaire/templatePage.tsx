// The questions of the project's questionnaire, with the ways to edit them.
import { CsrfField, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { QuestionnaireWindow } from '../../src/questionnaire/window.ts';
import type { Question, Template } from '../../src/questionnaire/template.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { QuestionnaireShell } from './questionnaireShell.tsx';
import { QUESTION_TYPE_LABEL } from '../../src/lib/labels/questionnaire.ts';
import {
  questionEditPath,
  sectionEditPath,
  templateCopyPath,
  templateJsonPath,
} from '../../src/lib/paths/questionnaire.ts';

function QuestionSummary({ q, choices }: { q: Question; choices: string[] }) {
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
  /** The choices shown per choice question (choicesByQuestion). */
  choices: Record<string, string[]>;
  custom: boolean;
  version: number;
  updatedAt: string | null;
  responseCount: number;
  flash?: string;
}) {
  const pid = props.project.id;
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
          <form method="post" action={templateCopyPath(pid)}>
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
              <a href={sectionEditPath(pid, si)} aria-label={`${s.heading}の見出しを編集`}>
                見出しを編集
              </a>
            )}
          </div>
          {s.help && <p class="hint">{s.help}</p>}
          <ol class="q-list">
            {s.questions.map((q) => (
              <li>
                <QuestionSummary q={q} choices={props.choices[q.id]} />
                {props.custom && (
                  <a href={questionEditPath(pid, q.id)} aria-label={`「${q.label}」を編集`}>
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
          <a href={templateJsonPath(pid)}>
            上級者向け：設問全体をテキスト（JSON形式）で編集する（設問の追加・並べ替え・削除）
          </a>
        </p>
      )}
    </QuestionnaireShell>
  );
}
