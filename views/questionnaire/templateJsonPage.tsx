// The advanced editor: the whole template as JSON, checked on save.
import { CsrfField } from '../components/form.tsx';
import { FormActions } from '../components/actions.tsx';
import type { Project } from '../../src/context.ts';
import type { QuestionnaireWindow } from '../../src/questionnaire/window.ts';
import { QuestionnaireShell } from './questionnaireShell.tsx';
import { Problems } from './templateProblems.tsx';
import { templateJsonPath, templatePath } from '../../src/lib/paths/questionnaire.ts';

export function TemplateJsonPage(props: {
  project: Project;
  window: QuestionnaireWindow;
  json: string;
  problems?: string[];
}) {
  return (
    <QuestionnaireShell project={props.project} tab="template" title="JSONで編集" window={props.window}>
      <h2>設問全体をJSONで編集</h2>
      <p class="hint">
        設問の追加・並べ替え・削除ができます。種類（type）は single / multi / number / age_bands / text
        のいずれかです。保存時に形式を検査し、問題があれば場所と理由を表示します。回答がある設問・選択肢の削除や種類の変更はできません。
      </p>
      <Problems problems={props.problems} />
      <form method="post" action={templateJsonPath(props.project.id)} class="stack" novalidate>
        <CsrfField />
        <div class="field">
          <label for="f-json">設問定義（JSON形式：設問を決まった書式で書き表したテキスト）</label>
          <textarea id="f-json" name="json" rows={30} class="code" spellcheck={false}>
            {props.json}
          </textarea>
        </div>
        <FormActions submit="検査して保存する" cancel={templatePath(props.project.id)} />
      </form>
    </QuestionnaireShell>
  );
}
