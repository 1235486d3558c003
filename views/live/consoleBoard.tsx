// Fragments of the facilitator console that the SSE stream re-renders: the card board and its cells.
import type { BoardView, ShownCard } from '../../src/live/boardViewModel.ts';
import type { LiveSession } from '../../src/live/sessionQueries.ts';
import { consoleCardPath } from '../../src/lib/paths/live.ts';

/** A one-button form; with `csrf` a plain post, without (SSE fragments) an htmx post. */
export function PostButton(p: {
  action: string;
  label: string;
  csrf?: string;
  cls?: string;
  confirm?: string;
  name?: string;
  value?: string;
}) {
  return (
    <form
      method="post"
      action={p.action}
      class="inline"
      hx-post={p.csrf ? undefined : p.action}
      hx-swap={p.csrf ? undefined : 'none'}
      // a plain form (with the CSRF field) asks through app.js; an htmx one through hx-confirm
      hx-confirm={p.csrf ? undefined : p.confirm}
      data-confirm={p.csrf ? p.confirm : undefined}
    >
      {p.csrf && <input type="hidden" name="_csrf" value={p.csrf} />}
      {p.name && <input type="hidden" name={p.name} value={p.value ?? ''} />}
      <button type="submit" class={p.cls}>
        {p.label}
      </button>
    </form>
  );
}

export const consoleCellId = (groupId: number, promptId: number) => `c-cards-${groupId}-${promptId}`;
export const CONSOLE_QUEUE_ID = 'c-queue';

/**
 * One card on the facilitator's board, with its actions; also the SSE delta that puts it in place
 * (live.js moves it by `data-cell`): a held card waits in the 確認待ち queue, a merged one says
 * where it went, a hidden one can be shown again.
 */
export function ConsoleCard({ session, card, csrf }: { session: LiveSession; card: ShownCard; csrf?: string }) {
  const path = consoleCardPath(session.projectId, session.meetingId, card.id);
  const frozen = session.status === 'closed';
  const merged = card.mergedIntoId !== null;
  if (card.deletedAt && !merged)
    return (
      <li
        class="c-card deleted"
        id={`c-card-${card.id}`}
        data-id={card.id}
        data-cell={consoleCellId(card.groupId, card.promptId)}
      >
        <span class="c-text">{`削除しました：「${card.text}」`}</span>
        {!frozen && <PostButton action={`${path}/restore`} label="元に戻す" cls="small" csrf={csrf} />}
      </li>
    );
  const cls = `c-card${card.candidate ? ' candidate' : ''}${card.hiddenAt ? ' hidden-card' : ''}${merged ? ' merged' : ''}`;
  return (
    <li
      class={cls}
      id={`c-card-${card.id}`}
      data-id={card.id}
      data-cell={card.held ? CONSOLE_QUEUE_ID : consoleCellId(card.groupId, card.promptId)}
    >
      <span class="c-text">{card.text}</span>
      <span class="c-meta">
        {card.held && <span class="badge status-draft">{card.heldReason ? '個人情報の可能性' : '確認待ち'}</span>}
        {card.hiddenAt && <span class="badge">投影から非表示</span>}
        {merged && <span class="c-merged">{`統合済み → 「${card.intoText || `#${card.mergedIntoId}`}」`}</span>}
        {card.votes > 0 && <span class="c-votes">{`${card.votes}票`}</span>}
        {card.candidate && <span class="badge">課題候補</span>}
      </span>
      {card.held && card.heldReason && <span class="c-reason">{card.heldReason}</span>}
      {!frozen && !merged && (
        <span class="c-actions">
          {card.held ? (
            <>
              <PostButton action={`${path}/release`} label="そのまま投影" cls="small" csrf={csrf} />
              <a href={path} class="small">
                編集して投影
              </a>
            </>
          ) : (
            <>
              <PostButton
                action={`${path}/candidate`}
                name="candidate"
                value={card.candidate ? '0' : '1'}
                label={card.candidate ? '候補から外す' : '課題候補にする'}
                cls="small"
                csrf={csrf}
              />
              <PostButton
                action={`${path}/hide`}
                name="hidden"
                value={card.hiddenAt ? '0' : '1'}
                label={card.hiddenAt ? '投影に戻す' : '投影から隠す'}
                cls="small"
                csrf={csrf}
              />
              <a href={path} class="small">
                移動・統合
              </a>
            </>
          )}
          <PostButton
            action={`${path}/delete`}
            label="削除"
            cls="small danger"
            csrf={csrf}
            confirm="このカードを削除しますか？（取り消せます）"
          />
        </span>
      )}
    </li>
  );
}

export function ConsoleBoard({ board, csrf, oob }: { board: BoardView; csrf?: string; oob?: boolean }) {
  const { session, rows, groups, queue } = board;
  return (
    <div id="c-board" class="c-board" hx-swap-oob={oob ? 'outerHTML' : undefined}>
      <section class="c-queue-box" aria-labelledby="c-queue-h">
        <h3 id="c-queue-h">
          {`確認待ち（${session.wallModeration === 'approval' ? 'すべてのカードを確認してから投影' : '個人情報の可能性があるカードだけ'}）`}
        </h3>
        <ul id={CONSOLE_QUEUE_ID} class="c-cards c-queue">
          {queue.map((card) => (
            <ConsoleCard session={session} card={card} csrf={csrf} />
          ))}
        </ul>
      </section>
      {groups.length === 0 ? (
        <p class="empty">グループを作成すると、ここにカードが表示されます。</p>
      ) : (
        rows.map(({ prompt, cells }, i) => (
          <details class="c-prompt" open={prompt.id === session.currentPromptId}>
            <summary>
              {`${i + 1}. ${prompt.text}`}
              {prompt.id === session.currentPromptId && <span class="badge status-open">進行中</span>}
            </summary>
            <div class="c-groups">
              {cells.map(({ group, cards }) => (
                <section class="c-group">
                  <h3>{group.name}</h3>
                  <ul id={consoleCellId(group.id, prompt.id)} class="c-cards">
                    {cards.map((card) => (
                      <ConsoleCard session={session} card={card} csrf={csrf} />
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </details>
        ))
      )}
    </div>
  );
}
