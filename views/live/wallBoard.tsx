// Fragments of the projector wall that the SSE stream re-renders: the board and its cells.
import type { BoardView } from '../../src/live/boardViewModel.ts';
import { spacedCode, Timer } from './parts.tsx';
import type { LiveCard } from '../../src/live/cardQueries.ts';

export const wallCellId = (groupId: number, promptId: number) => `w-cards-${groupId}-${promptId}`;

/** One card on the wall; also the SSE delta that puts it in its cell (live.js places it by `data-cell`). */
export function WallCard({ card, showVotes }: { card: LiveCard; showVotes: boolean }) {
  return (
    <li
      class={`w-card${card.candidate ? ' candidate' : ''}`}
      id={`w-card-${card.id}`}
      data-id={card.id}
      data-cell={wallCellId(card.groupId, card.promptId)}
    >
      <span class="w-text">{card.text}</span>
      {(card.candidate || (showVotes && card.votes > 0)) && (
        <span class="w-meta">
          {card.candidate && <span class="w-cand">課題候補</span>}
          {showVotes && card.votes > 0 && <span class="w-votes">{`● ${card.votes}票`}</span>}
        </span>
      )}
    </li>
  );
}

/** One group's cards under one prompt. */
function WallCards(p: { groupId: number; promptId: number; cards: LiveCard[]; showVotes: boolean }) {
  return (
    <ul id={wallCellId(p.groupId, p.promptId)} class="w-cards">
      {p.cards.map((card) => (
        <WallCard card={card} showVotes={p.showVotes} />
      ))}
    </ul>
  );
}

export function WallBoard({ title, board, oob }: { title: string; board: BoardView; oob?: boolean }) {
  const { session, prompts, groups, rows, current } = board;
  const showVotes = session.votingStatus !== 'none';
  return (
    <div id="wall-board" class="wall-board" hx-swap-oob={oob ? 'outerHTML' : undefined}>
      <header class="wall-head">
        <div class="wall-title">
          <p class="wall-meeting">{title}</p>
          {current ? (
            <h1 class="wall-prompt">
              <span class="wall-step">{`お題 ${current.index + 1}/${prompts.length}`}</span>
              {current.prompt.text}
            </h1>
          ) : (
            <h1 class="wall-prompt">グループワーク</h1>
          )}
        </div>
        <div class="wall-status">
          <Timer endsAt={session.status === 'open' ? session.timerEndsAt : null} />
          {session.status === 'open' && session.joinCode && (
            <p class="wall-code">
              参加コード <strong>{spacedCode(session.joinCode)}</strong>
            </p>
          )}
          <p class="wall-badges">
            {session.status === 'draft' && <span class="w-badge">準備中</span>}
            {session.status === 'closed' && <span class="w-badge closed">終了しました</span>}
            {session.status === 'open' && session.inputLocked && <span class="w-badge locked">入力締切</span>}
            {session.status === 'open' && session.votingStatus === 'open' && (
              <span class="w-badge voting">{`投票中（1人${session.votesPerPerson}票）`}</span>
            )}
            {session.votingStatus === 'closed' && <span class="w-badge">投票結果</span>}
          </p>
        </div>
      </header>
      {session.wallHidden ? (
        <div class="wall-hidden">
          <p>しばらくお待ちください</p>
        </div>
      ) : groups.length === 0 ? (
        <div class="wall-hidden">
          <p>グループがまだありません</p>
        </div>
      ) : (
        rows.map(({ prompt, cells }, i) => (
          <section
            class={`prompt-section${prompt.id === session.currentPromptId ? ' current' : ''}`}
            aria-label={prompt.text}
          >
            <h2 class="prompt-heading">{`${i + 1}. ${prompt.text}`}</h2>
            <div class="w-groups" style={`--groups:${groups.length}`}>
              {cells.map(({ group, cards }) => (
                <section class="w-group">
                  <h3>{group.name}</h3>
                  <WallCards groupId={group.id} promptId={prompt.id} cards={cards} showVotes={showVotes} />
                </section>
              ))}
            </div>
          </section>
        ))
      )}
    </div>
  );
}
