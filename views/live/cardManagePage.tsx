// The console's page for one card: move it to another group or prompt, or merge it into a duplicate.
import { Layout } from '../layout/layout.tsx';
import { CsrfField, ErrorSummary, Field, Select } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { Meeting } from '../../src/meetings/queries.ts';
import type { BoardView } from '../../src/live/boardViewModel.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import type { LiveSession } from '../../src/live/sessionQueries.ts';
import type { LiveCard } from '../../src/live/cardQueries.ts';
import { consoleCardPath, consolePath } from '../../src/lib/paths/live.ts';

export function CardManagePage(p: {
  project: Project;
  meeting: Meeting;
  session: LiveSession;
  card: LiveCard;
  board: BoardView;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const base = consolePath(p.session.projectId, p.session.meetingId);
  const cardPath = consoleCardPath(p.session.projectId, p.session.meetingId, p.card.id);
  const others = p.board.cards.filter((c) => c.id !== p.card.id);
  const promptText = new Map(p.board.prompts.map((x) => [x.id, x.text]));
  const groupName = new Map(p.board.groups.map((g) => [g.id, g.name]));
  const values = { groupId: String(p.card.groupId), promptId: String(p.card.promptId), ...p.values };
  return (
    <Layout title="カードの移動・統合" project={p.project}>
      <p class="muted">
        <a href={base}>グループワーク進行</a> ＞ カードの移動・統合
      </p>
      <h1>{p.card.held ? 'カードの確認・移動・統合' : 'カードの移動・統合'}</h1>
      <blockquote class="c-card-quote">{p.card.text}</blockquote>
      <p class="muted">{`${groupName.get(p.card.groupId) ?? ''}・${promptText.get(p.card.promptId) ?? ''}・${p.card.votes}票`}</p>
      <ErrorSummary errors={p.errors} />
      {p.card.held && (
        <form method="post" action={`${cardPath}/release`} class="stack c-release" novalidate>
          <CsrfField />
          <h2>確認待ち：編集して投影する</h2>
          <p class="alert warn">
            {p.card.heldReason
              ? `個人情報の確認：${p.card.heldReason}`
              : 'この会議では、カードは進行役が確認してから投影します。'}
          </p>
          <Field
            name="text"
            label="投影する内容"
            hint="個人が特定できる語句を書き換えてから投影してください。"
            multiline
            rows={3}
            values={{ text: p.card.text, ...p.values }}
            errors={p.errors}
          />
          <button type="submit" class="primary">
            この内容で投影する
          </button>
        </form>
      )}
      <form method="post" action={`${cardPath}/move`} class="stack" novalidate>
        <CsrfField />
        <h2>移動する</h2>
        <div class="row">
          <Select
            name="groupId"
            label="グループ"
            options={p.board.groups.map((g) => ({ value: String(g.id), label: g.name }))}
            values={values}
            errors={p.errors}
            required
          />
          <Select
            name="promptId"
            label="お題"
            options={p.board.prompts.map((x) => ({ value: String(x.id), label: x.text }))}
            values={values}
            errors={p.errors}
            required
          />
        </div>
        <button type="submit">移動する</button>
      </form>
      <form method="post" action={`${cardPath}/merge`} class="stack" novalidate>
        <CsrfField />
        <h2>重複カードとして統合する</h2>
        <Select
          name="intoId"
          label="統合先のカード"
          hint="このカードを選んだカードにまとめます。このカードの票は統合先に移り、このカードは一覧から消えます。"
          options={others.map((c) => ({
            value: String(c.id),
            label: `${groupName.get(c.groupId) ?? ''}／${promptText.get(c.promptId) ?? ''}：${c.text.slice(0, 40)}`,
          }))}
          values={values}
          errors={p.errors}
        />
        <button type="submit">統合する</button>
      </form>
    </Layout>
  );
}
