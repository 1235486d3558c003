// Fragments of the projector wall that the SSE stream re-renders: the board, its cells and the
// join code; and the board of a wall in presenter mode (one group, or the most-voted cards).
import type { BoardView } from '../../src/live/boardViewModel.ts';
import type { WallFocusView } from '../../src/live/wallViewModel.ts';
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

/** The join code in the wall's 参加方法 panel; `data-joining` shows or hides the panel (wall.css). */
export function WallJoining({ board, oob }: { board: BoardView; oob?: boolean }) {
  const { status, joinCode } = board.session;
  const open = status === 'open' && !!joinCode;
  return (
    <div id="wall-joining" data-joining={open ? 'open' : 'closed'} hx-swap-oob={oob ? 'outerHTML' : undefined}>
      {open && (
        <p class="wall-join-code">
          参加コード<strong>{spacedCode(joinCode)}</strong>
        </p>
      )}
    </div>
  );
}

// keys 1–9 and 0 put up the first ten groups, T the most-voted cards, Esc the whole wall (wall.js)
const groupKey = (i: number) => (i < 9 ? String(i + 1) : i === 9 ? '0' : undefined);

/** Presenter mode's switches: plain links, so they work by mouse, by key (wall.js) and without script. */
function WallTools({ board, focus }: { board: BoardView; focus: WallFocusView | null }) {
  const current = (on: boolean) => (on ? 'page' : undefined);
  return (
    <nav class="wall-tools" aria-label="投影の切り替え">
      <a href="?" data-key="Escape" data-keep="all join" aria-current={current(!focus)}>
        全体<kbd>Esc</kbd>
      </a>
      {board.groups.map((g, i) => (
        <a
          href={`?show=g${g.id}`}
          data-key={groupKey(i)}
          data-keep="all join"
          aria-current={current(focus?.kind === 'group' && focus.group.id === g.id)}
        >
          {g.name}
          {groupKey(i) && <kbd>{groupKey(i)}</kbd>}
        </a>
      ))}
      <a href="?show=top" data-key="t" data-keep="all join" aria-current={current(focus?.kind === 'top')}>
        投票上位<kbd>T</kbd>
      </a>
    </nav>
  );
}

/** Presenter mode's body: one group's cards (live.js still places new ones), or the ranked cards. */
function WallFocusBody({ board, focus }: { board: BoardView; focus: WallFocusView }) {
  const showVotes = board.session.votingStatus !== 'none';
  const promptId = board.current?.prompt.id;
  const title = focus.kind === 'group' ? focus.group.name : '投票の多いカード';
  const empty = focus.kind === 'group' ? 'まだカードがありません' : 'まだ投票がありません';
  return (
    <section class="w-focus" aria-label={title}>
      <h2 class="w-focus-title">{title}</h2>
      {!focus.cards.length ? (
        <p class="w-focus-empty">{empty}</p>
      ) : focus.kind === 'group' ? (
        // under the current prompt the list is the group's cell, so live.js adds new cards to it
        <ul id={promptId === undefined ? undefined : wallCellId(focus.group.id, promptId)} class="w-cards w-tiles">
          {focus.cards.map((card) => (
            <WallCard card={card} showVotes={showVotes} />
          ))}
        </ul>
      ) : (
        <ol class="w-cards w-tiles w-ranked">
          {focus.cards.map((card) => (
            <li class={`w-card${card.candidate ? ' candidate' : ''}`} id={`w-top-${card.id}`}>
              <span class="w-rank">{`${card.rank}位`}</span>
              <span class="w-text">{card.text}</span>
              <span class="w-meta">
                <span class="w-from">{card.groupName}</span>
                <span class="w-votes">{`● ${card.votes}票`}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The starting size of the cards' text from how many are up; wall.js then fits it to the screen. */
function density(board: BoardView, focus: WallFocusView | null): string {
  const rows = board.current ? board.rows.filter((r) => r.prompt.id === board.current!.prompt.id) : board.rows;
  const n = focus ? focus.cards.length : rows.reduce((s, r) => s + r.cells.reduce((m, c) => m + c.cards.length, 0), 0);
  return n <= 8 ? 'xl' : n <= 30 ? 'l' : n <= 60 ? 'm' : n <= 120 ? 's' : 'xs';
}

export function WallBoard(p: { title: string; board: BoardView; oob?: boolean; focus?: WallFocusView | null }) {
  const { board, oob } = p;
  const focus = p.focus ?? null;
  const { session, prompts, groups, rows, current } = board;
  const showVotes = session.votingStatus !== 'none';
  // up to five groups side by side; more go on two rows (wall.js may choose another split)
  const cols = groups.length <= 5 ? groups.length : Math.ceil(groups.length / 2);
  return (
    <>
      <div
        id="wall-board"
        class="wall-board"
        data-density={density(board, focus)}
        hx-swap-oob={oob ? 'outerHTML' : undefined}
      >
        <header class="wall-head">
          <div class="wall-title">
            <p class="wall-meeting">{p.title}</p>
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
        <div class="wall-body">
          {session.wallHidden ? (
            <div class="wall-hidden">
              <p>しばらくお待ちください</p>
            </div>
          ) : groups.length === 0 ? (
            <div class="wall-hidden">
              <p>グループがまだありません</p>
            </div>
          ) : focus ? (
            <WallFocusBody board={board} focus={focus} />
          ) : (
            rows.map(({ prompt, cells }, i) => (
              <section
                class={`prompt-section${prompt.id === session.currentPromptId ? ' current' : ''}`}
                aria-label={prompt.text}
              >
                <h2 class="prompt-heading">{`${i + 1}. ${prompt.text}`}</h2>
                <div class="w-groups" data-groups={groups.length} style={`--cols:${cols}`}>
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
        <WallTools board={board} focus={focus} />
      </div>
      {oob && <WallJoining board={board} oob />}
    </>
  );
}
