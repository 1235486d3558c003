// Fragments of the facilitator console that the SSE stream re-renders: the card board and its cells.
import type { BoardView } from '../../src/live/boardViewModel.ts';
import type { LiveSession } from '../../src/live/sessionQueries.ts';
import type { LiveCard } from '../../src/live/cardQueries.ts';
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

/** A cell of the facilitator's board: cards with their votes and the candidate-issue toggle. */
export function ConsoleCards(p: {
  session: LiveSession;
  groupId: number;
  promptId: number;
  cards: LiveCard[];
  csrf?: string;
  oob?: boolean;
}) {
  const frozen = p.session.status === 'closed';
  return (
    <ul id={`c-cards-${p.groupId}-${p.promptId}`} class="c-cards" hx-swap-oob={p.oob ? 'outerHTML' : undefined}>
      {p.cards.map((card) => (
        <li class={`c-card${card.candidate ? ' candidate' : ''}`} id={`c-card-${card.id}`}>
          <span class="c-text">{card.text}</span>
          <span class="c-meta">
            {card.votes > 0 && <span class="c-votes">{`${card.votes}票`}</span>}
            {card.candidate && <span class="badge">課題候補</span>}
          </span>
          {!frozen && (
            <span class="c-actions">
              <PostButton
                action={`${consoleCardPath(p.session.projectId, p.session.meetingId, card.id)}/candidate`}
                name="candidate"
                value={card.candidate ? '0' : '1'}
                label={card.candidate ? '候補から外す' : '課題候補にする'}
                cls="small"
                csrf={p.csrf}
              />
              <a href={consoleCardPath(p.session.projectId, p.session.meetingId, card.id)} class="small">
                移動・統合
              </a>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ConsoleBoard({ board, csrf, oob }: { board: BoardView; csrf?: string; oob?: boolean }) {
  const { session, rows, groups } = board;
  return (
    <div id="c-board" class="c-board" hx-swap-oob={oob ? 'outerHTML' : undefined}>
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
                  <ConsoleCards session={session} groupId={group.id} promptId={prompt.id} cards={cards} csrf={csrf} />
                </section>
              ))}
            </div>
          </details>
        ))
      )}
    </div>
  );
}
