// Fragments of a participant's group sheet that the SSE stream re-renders: the status strip,
// the card form's prompt and button, and the cards under each prompt.
import { CsrfField } from '../components/form.tsx';
import type { BoardView, ShownCard } from '../../src/live/boardViewModel.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { Timer } from './parts.tsx';
import type { LivePrompt, LiveSession } from '../../src/live/sessionQueries.ts';
import type { LiveGroup } from '../../src/live/groupQueries.ts';
import { CARD_MAX } from '../../src/lib/labels/live.ts';
import { sheetCardPath, sheetPath, votePath } from '../../src/lib/paths/live.ts';

export const canWrite = (s: LiveSession) => s.status === 'open' && !s.inputLocked;

/** The session status strip at the top of a group sheet. */
export function ParticipantState(p: { code: string; board: BoardView; group: LiveGroup; oob?: boolean }) {
  const { session, prompts, current } = p.board;
  return (
    <section id="p-state" class="p-state" hx-swap-oob={p.oob ? 'outerHTML' : undefined} aria-live="polite">
      <h1 class="p-group">{p.group.name}</h1>
      {session.status === 'closed' ? (
        <p class="alert warn">会議は終了しました。ご参加ありがとうございました。カードは記録として保存されています。</p>
      ) : (
        <>
          {current && (
            <p class="p-prompt">
              <span class="muted">{`いまのお題 ${current.index + 1}/${prompts.length}`}</span>
              <strong>{current.prompt.text}</strong>
            </p>
          )}
          <Timer endsAt={session.timerEndsAt} />
          {session.inputLocked && <p class="alert warn">ただいま入力を締め切っています。</p>}
          {session.votingStatus === 'open' && (
            <p class="alert info">
              投票の時間です。<a href={votePath(p.code)}>{`投票する（1人${session.votesPerPerson}票）`}</a>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** The part of the card form that follows the facilitator (prompt and lock); the text box is never replaced. */
export function FormPrompt(p: { session: LiveSession; prompt: LivePrompt | null; promptId?: string; oob?: boolean }) {
  const promptId = p.promptId ?? (p.prompt ? String(p.prompt.id) : '');
  return (
    <div id="p-form-prompt" hx-swap-oob={p.oob ? 'outerHTML' : undefined}>
      <input type="hidden" name="promptId" value={promptId} />
      <label for="f-text">{p.prompt ? `「${p.prompt.text}」についてカードを書く` : 'カードを書く'}</label>
    </div>
  );
}

export function FormSubmit(p: { session: LiveSession; oob?: boolean }) {
  return (
    <div id="p-form-submit" class="actions" hx-swap-oob={p.oob ? 'outerHTML' : undefined}>
      <button type="submit" class="primary big" disabled={!canWrite(p.session)}>
        カードを追加
      </button>
    </div>
  );
}

export function CardForm(p: {
  code: string;
  group: LiveGroup;
  session: LiveSession;
  prompt: LivePrompt | null;
  values?: FormValues;
  errors?: FieldErrors;
  focus?: boolean;
}) {
  const action = `${sheetPath(p.code, p.group.id)}/cards`;
  const err = p.errors?.text ?? p.errors?.promptId ?? p.errors?._form;
  return (
    <form
      id="card-form"
      method="post"
      action={action}
      hx-post={action}
      hx-swap="outerHTML"
      class="card-form"
      novalidate
    >
      <CsrfField />
      <FormPrompt session={p.session} prompt={p.prompt} promptId={p.values?.promptId as string | undefined} />
      <textarea
        id="f-text"
        name="text"
        rows={3}
        maxlength={CARD_MAX}
        required
        autofocus={p.focus}
        aria-invalid={err ? 'true' : undefined}
        aria-describedby={err ? 'f-text-error' : undefined}
      >
        {String(p.values?.text ?? '')}
      </textarea>
      {err && (
        <p class="error" id="f-text-error" role="alert">
          {err}
        </p>
      )}
      <FormSubmit session={p.session} />
    </form>
  );
}

export const sheetCellId = (promptId: number) => `p-cards-${promptId}`;

/**
 * One card of the group's sheet; also the SSE delta that puts it in place. A held card says why
 * it is not on the wall yet (and can be rewritten), a merged one where it went.
 */
export function ParticipantCard(p: { code: string; card: ShownCard; editable: boolean; csrf?: string }) {
  const { card } = p;
  const path = sheetCardPath(p.code, card.groupId, card.id);
  const merged = card.mergedIntoId !== null;
  return (
    <li
      class={`p-card${card.held ? ' held' : ''}${merged ? ' merged' : ''}`}
      id={`p-card-${card.id}`}
      data-id={card.id}
      data-cell={sheetCellId(card.promptId)}
    >
      <span class="p-text">{card.text}</span>
      {card.held && (
        <span class="p-held" role="note">
          {card.heldReason
            ? `投影を保留しています：${card.heldReason}「編集」から書き直せます。`
            : '進行役が確認してから投影されます。'}
        </span>
      )}
      {card.hiddenAt && <span class="p-held">進行役が投影から外しました。</span>}
      {merged && (
        <span class="p-held">
          {card.intoText ? `「${card.intoText}」に統合されました。` : '別のカードに統合されました。'}
        </span>
      )}
      {p.editable && !merged && (
        <span class="p-actions">
          <a href={`${path}/edit`}>編集</a>
          <form
            method="post"
            action={`${path}/delete`}
            hx-post={`${path}/delete`}
            hx-swap="none"
            hx-confirm="このカードを削除しますか？"
            class="inline"
          >
            {p.csrf && <input type="hidden" name="_csrf" value={p.csrf} />}
            <button type="submit" class="link danger">
              削除
            </button>
          </form>
        </span>
      )}
    </li>
  );
}

/** Every prompt of the group's sheet with its cards; the current prompt is marked. */
export function ParticipantSheet(p: {
  code: string;
  group: LiveGroup;
  board: BoardView;
  csrf?: string;
  oob?: boolean;
}) {
  const { session, rows } = p.board;
  return (
    <div id="p-sheet" hx-swap-oob={p.oob ? 'outerHTML' : undefined}>
      {rows.map(({ prompt, cells }, i) => (
        <section class={`p-prompt-section${prompt.id === session.currentPromptId ? ' current' : ''}`}>
          <h2>{`${i + 1}. ${prompt.text}`}</h2>
          <ul id={sheetCellId(prompt.id)} class="p-cards">
            <li class="p-empty muted">まだカードはありません</li>
            {(cells.find((cell) => cell.group.id === p.group.id)?.cards ?? []).map((card) => (
              <ParticipantCard code={p.code} card={card} editable={canWrite(session)} csrf={p.csrf} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
