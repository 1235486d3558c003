import { Layout } from '../layout/layout.tsx';
import { CsrfField, ErrorSummary, Field, Notice, Select } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { Meeting } from '../../src/meetings/queries.ts';
import type { Board } from '../../src/live/board.ts';
import { cellKey, currentPrompt, rankByVotes } from '../../src/live/board.ts';
import type { LiveCard, LiveGroup, LiveSession } from '../../src/live/queries.ts';
import { JoinQr, spacedCode, STATUS_LABEL, Timer } from './parts.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { formatDateTime } from '../../src/lib/format.ts';

const consoleBase = (s: LiveSession) => `/projects/${s.projectId}/meetings/${s.meetingId}/group-work`;

function PostButton(p: {
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
      hx-confirm={p.confirm}
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
  const base = consoleBase(p.session);
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
                action={`${base}/cards/${card.id}/candidate`}
                name="candidate"
                value={card.candidate ? '0' : '1'}
                label={card.candidate ? '候補から外す' : '課題候補にする'}
                cls="small"
                csrf={p.csrf}
              />
              <a href={`${base}/cards/${card.id}`} class="small">
                移動・統合
              </a>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ConsoleBoard({ board, csrf, oob }: { board: Board; csrf?: string; oob?: boolean }) {
  const { session, prompts, groups, cells } = board;
  return (
    <div id="c-board" class="c-board" hx-swap-oob={oob ? 'outerHTML' : undefined}>
      {groups.length === 0 ? (
        <p class="empty">グループを作成すると、ここにカードが表示されます。</p>
      ) : (
        prompts.map((prompt, i) => (
          <details class="c-prompt" open={prompt.id === session.currentPromptId}>
            <summary>
              {`${i + 1}. ${prompt.text}`}
              {prompt.id === session.currentPromptId && <span class="badge status-open">進行中</span>}
            </summary>
            <div class="c-groups">
              {groups.map((g) => (
                <section class="c-group">
                  <h3>{g.name}</h3>
                  <ConsoleCards
                    session={session}
                    groupId={g.id}
                    promptId={prompt.id}
                    cards={cells.get(cellKey(g.id, prompt.id)) ?? []}
                    csrf={csrf}
                  />
                </section>
              ))}
            </div>
          </details>
        ))
      )}
    </div>
  );
}

export type GroupRow = LiveGroup & { agencyNames: string[]; participants: number; cards: number };

export function ConsolePage(p: {
  project: Project;
  meeting: Meeting;
  board: Board;
  groups: GroupRow[];
  agencies: { id: number; name: string }[];
  joinUrl: string;
  qr: string;
  csrf: string;
  eventsUrl: string;
  links: { label: string; href: string }[];
  values?: FormValues;
  errors?: FieldErrors;
  notice?: string;
}) {
  const { session, prompts } = p.board;
  const base = consoleBase(session);
  const wall = `/projects/${p.project.id}/meetings/${p.meeting.id}/wall`;
  const current = currentPrompt(session, prompts);
  const open = session.status === 'open';
  const frozen = session.status === 'closed';
  const allCards = [...p.board.cells.values()].flat();
  const ranked = rankByVotes(allCards);
  const values = p.values ?? {};
  return (
    <Layout title={`グループワーク：${p.meeting.title}`} project={p.project} bodyClass="live-console">
      <link rel="stylesheet" href="/static/wall.css" />
      <script src="/static/htmx-sse.js" defer></script>
      <script src="/static/live.js" defer></script>
      <p class="muted">
        <a href={`/projects/${p.project.id}/meetings/${p.meeting.id}`}>{p.meeting.title}</a> ＞ グループワーク
      </p>
      <div class="page-head">
        <h1>
          グループワーク進行{' '}
          <span class={`badge ${session.status === 'draft' ? 'draft' : `status-${session.status}`}`}>
            {STATUS_LABEL[session.status]}
          </span>
        </h1>
        <p class="actions">
          <a class="button" href={wall} target="_blank" rel="noopener">
            投影画面を開く
          </a>
          <a href={`${wall}?all=1`} target="_blank" rel="noopener">
            すべてのお題を投影
          </a>
          {p.links.map((l) => (
            <a href={l.href}>{l.label}</a>
          ))}
        </p>
      </div>
      {p.notice && <Notice kind="warn">{p.notice}</Notice>}
      <ErrorSummary errors={p.errors} />

      <section class="c-section c-join">
        {session.status === 'draft' && (
          <>
            <p>グループとお題を準備してから会議を開始してください。開始すると6桁の参加コードが発行されます。</p>
            <PostButton action={`${base}/open`} label="会議を開始して参加コードを発行" cls="primary" csrf={p.csrf} />
          </>
        )}
        {open && session.joinCode && (
          <div class="c-code">
            <div>
              <p>参加者はスマートフォンで次のページを開き、コードを入力します。</p>
              <p class="c-join-url">{p.joinUrl}</p>
              <p class="c-code-digits" aria-label="参加コード">
                {spacedCode(session.joinCode)}
              </p>
              <PostButton
                action={`${base}/close`}
                label="会議を終了する（結果を確定）"
                cls="danger"
                csrf={p.csrf}
                confirm="会議を終了すると参加コードは無効になり、カードと投票は確定します。よろしいですか？"
              />
            </div>
            <div class="c-qr">
              <JoinQr svg={p.qr} />
            </div>
          </div>
        )}
        {frozen && (
          <p>
            {`この会議は ${formatDateTime(session.closedAt)} に終了しました。結果は確定しており、参加コードは無効です。`}
          </p>
        )}
      </section>

      {!frozen && (
        <section class="c-section">
          <h2>進行</h2>
          <div class="c-controls">
            <div>
              <h3>お題</h3>
              <ol class="c-phases">
                {prompts.map((prompt) => (
                  <li class={prompt.id === session.currentPromptId ? 'current' : undefined}>
                    <span>{prompt.text}</span>
                    {prompt.id === session.currentPromptId ? (
                      <span class="badge status-open">進行中</span>
                    ) : (
                      <PostButton
                        action={`${base}/phase`}
                        name="promptId"
                        value={String(prompt.id)}
                        label="このお題へ"
                        cls="small"
                        csrf={p.csrf}
                      />
                    )}
                  </li>
                ))}
              </ol>
            </div>
            <div>
              <h3>タイマー</h3>
              <p>{session.timerEndsAt ? <Timer endsAt={session.timerEndsAt} /> : <span class="muted">停止中</span>}</p>
              <form method="post" action={`${base}/timer`} class="row-inline" novalidate>
                <CsrfField />
                <Field
                  name="minutes"
                  label="時間（分）"
                  inputmode="numeric"
                  values={{ minutes: values.minutes ?? '10' }}
                  errors={p.errors}
                />
                <button type="submit">開始</button>
              </form>
              {session.timerEndsAt && (
                <PostButton action={`${base}/timer/stop`} label="タイマーを止める" csrf={p.csrf} />
              )}
            </div>
            <div>
              <h3>入力と投影</h3>
              <p>
                <PostButton
                  action={`${base}/lock`}
                  name="locked"
                  value={session.inputLocked ? '0' : '1'}
                  label={session.inputLocked ? '入力を再開する' : '入力を締め切る'}
                  csrf={p.csrf}
                />
              </p>
              <p>
                <PostButton
                  action={`${base}/wall-visibility`}
                  name="hidden"
                  value={session.wallHidden ? '0' : '1'}
                  label={session.wallHidden ? '投影にカードを表示する' : '投影のカードを隠す'}
                  csrf={p.csrf}
                />
              </p>
            </div>
            <div>
              <h3>投票（ドット投票）</h3>
              {session.votingStatus === 'open' ? (
                <>
                  <p>{`投票中：1人${session.votesPerPerson}票。課題候補のカード（候補がなければ全カード）が対象です。`}</p>
                  <PostButton action={`${base}/voting/end`} label="投票を締め切る" csrf={p.csrf} />
                </>
              ) : (
                <form method="post" action={`${base}/voting/start`} class="row-inline" novalidate>
                  <CsrfField />
                  <Field
                    name="votesPerPerson"
                    label="1人あたりの票数"
                    inputmode="numeric"
                    values={{ votesPerPerson: values.votesPerPerson ?? String(session.votesPerPerson) }}
                    errors={p.errors}
                  />
                  <button type="submit">{session.votingStatus === 'closed' ? '投票をやり直す' : '投票を始める'}</button>
                </form>
              )}
            </div>
          </div>
          {current && <p class="muted">{`いまのお題：${current.prompt.text}`}</p>}
        </section>
      )}

      {ranked.length > 0 && (
        <section class="c-section">
          <h2>投票結果</h2>
          <ol class="c-ranking">
            {ranked.slice(0, 10).map((card) => (
              <li>
                <strong>{`${card.votes}票`}</strong> {card.text}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section class="c-section" hx-ext="sse" sse-connect={p.eventsUrl}>
        <div sse-swap="cell,state" hx-swap="none" hidden></div>
        <h2>カード</h2>
        <p class="hint">参加者のカードがリアルタイムに表示されます。重複したカードは「移動・統合」から統合できます。</p>
        <ConsoleBoard board={p.board} csrf={p.csrf} />
      </section>

      <section class="c-section">
        <h2>グループ</h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th>グループ</th>
                <th>機関</th>
                <th class="num">参加者</th>
                <th class="num">カード</th>
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {p.groups.map((g) => (
                <tr>
                  <td>{g.name}</td>
                  <td>{g.agencyNames.join('、')}</td>
                  <td class="num">{g.participants}</td>
                  <td class="num">{g.cards}</td>
                  <td>
                    {!frozen && g.cards === 0 && (
                      <PostButton
                        action={`${base}/groups/${g.id}/delete`}
                        label="削除"
                        cls="small danger"
                        csrf={p.csrf}
                        confirm={`${g.name}を削除しますか？`}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {!frozen && (
          <form method="post" action={`${base}/groups`} class="stack c-group-form" novalidate>
            <CsrfField />
            <h3>グループを追加</h3>
            <Field name="name" label="グループ名" required values={values} errors={p.errors} hint="例：Aグループ" />
            {p.agencies.length > 0 && (
              <fieldset>
                <legend>このグループの機関（任意）</legend>
                <div class="checks">
                  {p.agencies.map((a) => (
                    <label>
                      <input type="checkbox" name="agencyIds" value={String(a.id)} />
                      {a.name}
                    </label>
                  ))}
                </div>
              </fieldset>
            )}
            <button type="submit">グループを追加</button>
          </form>
        )}
      </section>

      {!frozen && (
        <section class="c-section">
          <h2>お題の編集</h2>
          <form method="post" action={`${base}/prompts`} class="stack" novalidate>
            <CsrfField />
            <Field
              name="prompts"
              label="お題（1行に1つ、進行順）"
              multiline
              rows={Math.max(5, prompts.length + 1)}
              values={{ prompts: values.prompts ?? prompts.map((x) => x.text).join('\n') }}
              errors={p.errors}
              hint="行を書き換えるとお題の文言が変わり、カードはそのまま残ります。カードのあるお題は削除できません。"
            />
            <button type="submit">お題を保存</button>
          </form>
        </section>
      )}
    </Layout>
  );
}

export function CardManagePage(p: {
  project: Project;
  meeting: Meeting;
  session: LiveSession;
  card: LiveCard;
  board: Board;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const base = consoleBase(p.session);
  const others = [...p.board.cells.values()].flat().filter((c) => c.id !== p.card.id);
  const promptText = new Map(p.board.prompts.map((x) => [x.id, x.text]));
  const groupName = new Map(p.board.groups.map((g) => [g.id, g.name]));
  const values = { groupId: String(p.card.groupId), promptId: String(p.card.promptId), ...p.values };
  return (
    <Layout title="カードの移動・統合" project={p.project}>
      <p class="muted">
        <a href={base}>グループワーク進行</a> ＞ カードの移動・統合
      </p>
      <h1>カードの移動・統合</h1>
      <blockquote class="c-card-quote">{p.card.text}</blockquote>
      <p class="muted">{`${groupName.get(p.card.groupId) ?? ''}・${promptText.get(p.card.promptId) ?? ''}・${p.card.votes}票`}</p>
      <ErrorSummary errors={p.errors} />
      <form method="post" action={`${base}/cards/${p.card.id}/move`} class="stack" novalidate>
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
      <form method="post" action={`${base}/cards/${p.card.id}/merge`} class="stack" novalidate>
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
