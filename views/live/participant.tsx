import type { Child } from 'hono/jsx';
import { Layout } from '../layout/layout.tsx';
import { CsrfField, ErrorSummary, Field, Select } from '../components/form.tsx';
import type { Board } from '../../src/live/board.ts';
import { cellKey, currentPrompt } from '../../src/live/board.ts';
import type { LiveCard, LiveGroup, LivePrompt, LiveSession } from '../../src/live/queries.ts';
import { CARD_MAX, GROUP_NAME_MAX } from '../../src/live/prompts.ts';
import { Timer } from './parts.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';

/** Participant pages: the plain layout plus the live stylesheet and scripts (no build step). */
function LivePage({ title, children }: { title: string; children: Child }) {
  return (
    <Layout title={title} bare bodyClass="live-participant">
      <link rel="stylesheet" href="/static/wall.css" />
      <script src="/static/htmx-sse.js" defer></script>
      <script src="/static/live.js" defer></script>
      {children}
    </Layout>
  );
}

export function LiveMessagePage({
  title,
  message,
  link,
}: {
  title: string;
  message: string;
  link?: { href: string; label: string };
}) {
  return (
    <LivePage title={title}>
      <section class="narrow">
        <h1>{title}</h1>
        <p>{message}</p>
        {link && (
          <p>
            <a href={link.href}>{link.label}</a>
          </p>
        )}
      </section>
    </LivePage>
  );
}

export function JoinPage({ values, errors }: { values?: FormValues; errors?: FieldErrors }) {
  return (
    <LivePage title="会議に参加">
      <section class="narrow">
        <h1>会議に参加する</h1>
        <p>会場で案内された6桁の会議コードを入力してください。アカウントは不要です。</p>
        <ErrorSummary errors={errors} message={errors?._form} />
        <form method="post" action="/join" class="stack" novalidate>
          <CsrfField />
          <Field
            name="code"
            label="会議コード（6桁）"
            required
            inputmode="numeric"
            autocomplete="off"
            values={values}
            errors={errors}
          />
          <button type="submit" class="primary big">
            参加する
          </button>
        </form>
      </section>
    </LivePage>
  );
}

export type GroupOption = LiveGroup & { agencyNames: string[] };

export function ChooseGroupPage(p: {
  code: string;
  title: string;
  groups: GroupOption[];
  agencies: { id: number; name: string }[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const chosen = String(p.values?.groupId ?? '');
  const err = p.errors?.groupId;
  return (
    <LivePage title="グループを選ぶ">
      <section class="narrow">
        <p class="muted">{p.title}</p>
        <h1>グループを選んでください</h1>
        <ErrorSummary errors={p.errors} />
        <form method="post" action={`/m/${p.code}`} class="stack" novalidate>
          <CsrfField />
          <fieldset class={err ? 'has-error' : undefined} aria-describedby={err ? 'f-groupId-error' : undefined}>
            <legend>グループ</legend>
            {p.groups.length === 0 && (
              <p class="hint">まだグループがありません。下に新しいグループ名を入力してください。</p>
            )}
            <div class="group-choices">
              {p.groups.map((g) => (
                <label class="group-choice">
                  <input type="radio" name="groupId" value={String(g.id)} checked={chosen === String(g.id)} />
                  <span>
                    <strong>{g.name}</strong>
                    {g.agencyNames.length > 0 && <small>{g.agencyNames.join('、')}</small>}
                  </span>
                </label>
              ))}
            </div>
            {err && (
              <p class="error" id="f-groupId-error" role="alert">
                {err}
              </p>
            )}
          </fieldset>
          <Field
            name="newGroup"
            label="新しいグループを作る（グループ名）"
            hint={`一覧にない場合だけ入力してください（${GROUP_NAME_MAX}文字以内）。`}
            values={p.values}
            errors={p.errors}
          />
          <Select
            name="agencyId"
            label="所属機関（任意）"
            options={p.agencies.map((a) => ({ value: String(a.id), label: a.name }))}
            values={p.values}
            errors={p.errors}
          />
          <Field name="agencyLabel" label="一覧にない場合の所属機関名（任意）" values={p.values} errors={p.errors} />
          <button type="submit" class="primary big">
            このグループで参加する
          </button>
        </form>
      </section>
    </LivePage>
  );
}

const sheetBase = (code: string, groupId: number) => `/m/${code}/g/${groupId}`;
const canWrite = (s: LiveSession) => s.status === 'open' && !s.inputLocked;

/** The session status strip at the top of a group sheet. */
export function ParticipantState(p: { code: string; board: Board; group: LiveGroup; oob?: boolean }) {
  const { session, prompts } = p.board;
  const current = currentPrompt(session, prompts);
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
              投票の時間です。<a href={`/m/${p.code}/vote`}>{`投票する（1人${session.votesPerPerson}票）`}</a>
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
  const action = `${sheetBase(p.code, p.group.id)}/cards`;
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

export function ParticipantCards(p: {
  code: string;
  groupId: number;
  promptId: number;
  cards: LiveCard[];
  editable: boolean;
  csrf?: string;
  oob?: boolean;
}) {
  const base = sheetBase(p.code, p.groupId);
  return (
    <ul id={`p-cards-${p.promptId}`} class="p-cards" hx-swap-oob={p.oob ? 'outerHTML' : undefined}>
      {p.cards.length === 0 && <li class="p-empty muted">まだカードはありません</li>}
      {p.cards.map((card) => (
        <li class="p-card" id={`p-card-${card.id}`}>
          <span class="p-text">{card.text}</span>
          {p.editable && (
            <span class="p-actions">
              <a href={`${base}/cards/${card.id}/edit`}>編集</a>
              <form
                method="post"
                action={`${base}/cards/${card.id}/delete`}
                hx-post={`${base}/cards/${card.id}/delete`}
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
      ))}
    </ul>
  );
}

/** Every prompt of the group's sheet with its cards; the current prompt is marked. */
export function ParticipantSheet(p: { code: string; group: LiveGroup; board: Board; csrf?: string; oob?: boolean }) {
  const { session, prompts, cells } = p.board;
  return (
    <div id="p-sheet" hx-swap-oob={p.oob ? 'outerHTML' : undefined}>
      {prompts.map((prompt, i) => (
        <section class={`p-prompt-section${prompt.id === session.currentPromptId ? ' current' : ''}`}>
          <h2>{`${i + 1}. ${prompt.text}`}</h2>
          <ParticipantCards
            code={p.code}
            groupId={p.group.id}
            promptId={prompt.id}
            cards={cells.get(cellKey(p.group.id, prompt.id)) ?? []}
            editable={canWrite(session)}
            csrf={p.csrf}
          />
        </section>
      ))}
    </div>
  );
}

export function GroupSheetPage(p: {
  code: string;
  title: string;
  group: LiveGroup;
  board: Board;
  eventsUrl: string;
  csrf: string;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const current = currentPrompt(p.board.session, p.board.prompts);
  return (
    <LivePage title={`${p.group.name}のシート`}>
      <div class="p-page" hx-ext="sse" sse-connect={p.eventsUrl} sse-close="closed">
        <div sse-swap="cell,state" hx-swap="none" hidden></div>
        <p class="muted p-meeting">
          {p.title}・<a href={`/m/${p.code}`}>グループを変更</a>
        </p>
        <ParticipantState code={p.code} board={p.board} group={p.group} />
        <CardForm
          code={p.code}
          group={p.group}
          session={p.board.session}
          prompt={current?.prompt ?? null}
          values={p.values}
          errors={p.errors}
        />
        <ParticipantSheet code={p.code} group={p.group} board={p.board} csrf={p.csrf} />
      </div>
      <p class="live-offline" role="status">
        接続が切れました。再接続しています…
      </p>
    </LivePage>
  );
}

export function CardEditPage(p: {
  code: string;
  group: LiveGroup;
  card: LiveCard;
  values: FormValues;
  errors?: FieldErrors;
  conflict?: LiveCard;
}) {
  const base = sheetBase(p.code, p.group.id);
  return (
    <LivePage title="カードを編集">
      <section class="narrow">
        <p class="muted">{p.group.name}</p>
        <h1>カードを編集</h1>
        {p.conflict && (
          <ErrorSummary>
            <p>他の参加者が先にこのカードを変更しました。いまの内容を確認してから、もう一度保存してください。</p>
            <p class="conflict-current">
              いまの内容：<q>{p.conflict.text}</q>
            </p>
          </ErrorSummary>
        )}
        <ErrorSummary errors={p.conflict ? undefined : p.errors} />
        <form method="post" action={`${base}/cards/${p.card.id}`} class="stack" novalidate>
          <CsrfField />
          <input type="hidden" name="version" value={String(p.values.version ?? p.card.version)} />
          <Field
            name="text"
            label={p.conflict ? 'あなたの入力（このまま保存すると上書きします）' : 'カードの内容'}
            multiline
            rows={4}
            required
            values={p.values}
            errors={p.errors}
          />
          <div class="actions">
            <button type="submit" class="primary">
              保存する
            </button>
            <a href={`${base}#p-card-${p.card.id}`}>戻る</a>
          </div>
        </form>
      </section>
    </LivePage>
  );
}

export function VotePage(p: {
  code: string;
  session: LiveSession;
  cards: LiveCard[];
  groups: LiveGroup[];
  prompts: LivePrompt[];
  mine: Map<number, number>;
  used: number;
  groupId: number | null;
  message?: string;
}) {
  const left = p.session.votesPerPerson - p.used;
  const groupName = new Map(p.groups.map((g) => [g.id, g.name]));
  const promptText = new Map(p.prompts.map((x) => [x.id, x.text]));
  const open = p.session.status === 'open' && p.session.votingStatus === 'open';
  return (
    <LivePage title="投票">
      <section class="p-vote">
        <h1>投票</h1>
        {p.message && (
          <p class="alert warn" role="alert">
            {p.message}
          </p>
        )}
        {open ? (
          <p class="p-left" aria-live="polite">
            {`残り ${left} 票（1人 ${p.session.votesPerPerson} 票まで。同じカードに何票でも入れられます）`}
          </p>
        ) : (
          <p class="alert warn">いまは投票を受け付けていません。</p>
        )}
        <ul class="p-cards vote-list">
          {p.cards.map((card) => {
            const mine = p.mine.get(card.id) ?? 0;
            return (
              <li class="p-card" id={`v-card-${card.id}`}>
                <span class="p-text">{card.text}</span>
                <small class="muted">{`${groupName.get(card.groupId) ?? ''}・${promptText.get(card.promptId) ?? ''}`}</small>
                <span class="p-actions">
                  <span class="my-votes">
                    {mine > 0 && (
                      <>
                        <span aria-hidden="true">{'●'.repeat(mine)}</span>
                        {` あなたの票 ${mine}`}
                      </>
                    )}
                  </span>
                  {open && (
                    <>
                      <form method="post" action={`/m/${p.code}/vote/${card.id}`} class="inline">
                        <CsrfField />
                        <button type="submit" disabled={left <= 0}>
                          ＋1票
                        </button>
                      </form>
                      {mine > 0 && (
                        <form method="post" action={`/m/${p.code}/vote/${card.id}/withdraw`} class="inline">
                          <CsrfField />
                          <button type="submit" class="link">
                            取り消す
                          </button>
                        </form>
                      )}
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
        {p.groupId && (
          <p>
            <a href={sheetBase(p.code, p.groupId)}>グループのシートへ戻る</a>
          </p>
        )}
      </section>
    </LivePage>
  );
}
