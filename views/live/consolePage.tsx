// The facilitator console of a meeting's group work (/group-work): join code, controls, cards, groups, prompts.
import { Layout } from '../layout/layout.tsx';
import { CsrfField, ErrorSummary, Field, Notice } from '../components/form.tsx';
import type { Project } from '../../src/context.ts';
import type { Meeting } from '../../src/meetings/queries.ts';
import type { BoardView } from '../../src/live/boardViewModel.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { JoinQr, spacedCode, Timer } from './parts.tsx';
import { ConsoleBoard, PostButton } from './consoleBoard.tsx';
import { ConsoleLiveSheets, type FieldValue } from './liveSheet.tsx';
import type { GroupRow } from '../../src/live/consoleViewModel.ts';
import { SESSION_STATUS_LABEL } from '../../src/lib/labels/live.ts';
import { consolePath, wallPath } from '../../src/lib/paths/live.ts';
import { meetingPath } from '../../src/lib/paths/meetings.ts';

export function ConsolePage(p: {
  project: Project;
  meeting: Meeting;
  board: BoardView;
  groups: GroupRow[];
  agencies: { id: number; name: string }[];
  joinUrl: string;
  qr: string;
  csrf: string;
  eventsUrl: string;
  fields: Map<string, FieldValue>;
  links: { label: string; href: string }[];
  values?: FormValues;
  errors?: FieldErrors;
  notice?: string;
}) {
  const { session, prompts, current, ranked } = p.board;
  const base = consolePath(p.project.id, p.meeting.id);
  const wall = wallPath(p.project.id, p.meeting.id);
  const open = session.status === 'open';
  const frozen = session.status === 'closed';
  const values = p.values ?? {};
  return (
    <Layout title={`グループワーク：${p.meeting.title}`} project={p.project} bodyClass="live-console">
      <link rel="stylesheet" href="/static/wall.css" />
      <script src="/static/htmx-sse.js" defer></script>
      <script src="/static/live.js" defer></script>
      <p class="muted">
        <a href={meetingPath(p.project.id, p.meeting.id)}>{p.meeting.title}</a> ＞ グループワーク
      </p>
      <div class="page-head">
        <h1>
          グループワーク進行{' '}
          <span class={`badge ${session.status === 'draft' ? 'draft' : `status-${session.status}`}`}>
            {SESSION_STATUS_LABEL[session.status]}
          </span>
        </h1>
        <p class="actions">
          <a class="button" href={wall} target="_blank" rel="noopener">
            投影画面を開く
          </a>
          <a href={`${wall}?all=1`} target="_blank" rel="noopener">
            すべてのお題を投影
          </a>
          <a href={`${wall}?show=top`} target="_blank" rel="noopener">
            投票の多いカードを投影
          </a>
          {p.links.map((l) => (
            <a href={l.href}>{l.label}</a>
          ))}
        </p>
        <p class="muted">
          投影画面のキー：1〜9・0 でグループを1つ大きく、T で投票の多いカード、Esc で全体、J で参加方法の大小。
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
                confirm="会議を終了すると参加コードは無効になり、参加者はカードを書けなくなります。カードと投票は確定し、課題候補のカードは問題点→課題表に加わります。会議資料を発行するまでは「会議を再開する」で元に戻せます。終了しますか？"
              />
            </div>
            <div class="c-qr">
              <JoinQr svg={p.qr} />
            </div>
          </div>
        )}
        {frozen && (
          <>
            <p>
              {`この会議は ${formatDateTime(session.closedAt)} に終了しました。結果は確定しており、参加コードは無効です。`}
            </p>
            <p class="hint">
              誤って終了した場合は、会議資料を発行するまで再開できます（新しい参加コードを発行します）。
            </p>
            <PostButton
              action={`${base}/reopen`}
              label="会議を再開する"
              csrf={p.csrf}
              confirm="会議を再開すると新しい参加コードを発行し、参加者は再びカードを書けるようになります。再開しますか？"
            />
          </>
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
              <p>
                {session.wallModeration === 'approval'
                  ? 'カードは確認してから投影します。'
                  : 'カードはすぐ投影します（個人情報の可能性があるカードは確認待ち）。'}
                <PostButton
                  action={`${base}/moderation`}
                  name="mode"
                  value={session.wallModeration === 'approval' ? 'immediate' : 'approval'}
                  label={session.wallModeration === 'approval' ? 'すぐ投影にする' : '確認してから投影にする'}
                  cls="small"
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
        <div sse-swap="state,card,field" hx-swap="none" hidden></div>
        <h2>カード</h2>
        <p class="hint">参加者のカードがリアルタイムに表示されます。重複したカードは「移動・統合」から統合できます。</p>
        <ConsoleBoard board={p.board} csrf={p.csrf} />
      </section>

      <section class="c-section">
        <h2>グループのシート（リアルタイム）</h2>
        <ConsoleLiveSheets groups={p.board.groups} fields={p.fields} />
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
