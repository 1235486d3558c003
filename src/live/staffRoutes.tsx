// Facilitator console (/group-work) of one meeting; staff only (the wall: wallRoutes.tsx).
// HTTP only: parse the form, call the command (commands.ts), render or redirect.
import { Hono, type Context } from 'hono';
import { isHtmx, readForm, redirect, type FieldErrors, type FormValues } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { loadMeeting, type MeetingEnv } from '../meetings/loadMeeting.ts';
import { ConsolePage } from '../../views/live/consolePage.tsx';
import { CardManagePage } from '../../views/live/cardManagePage.tsx';
import { loadBoardView } from './boardViewModel.ts';
import { consoleView } from './consoleViewModel.ts';
import { findCard, type LiveCard } from './cardQueries.ts';
import { ensureSession, getSession, type LiveSession } from './sessionQueries.ts';
import { CONSOLE_NOTICES } from '../lib/labels/live.ts';
import {
  addGroup,
  closeLiveSession,
  reopenLiveSession,
  endVoting,
  markCandidate,
  mergeLiveCard,
  moveLiveCard,
  openLiveSession,
  removeGroup,
  savePrompts,
  setCurrentPrompt,
  setInputLock,
  setWallHidden,
  startTimer,
  startVoting,
  stopTimer,
  type LiveMeeting,
  type LiveResult,
} from './commands.ts';
import {
  groupSchema,
  mergeSchema,
  moveSchema,
  promptsSchema,
  releaseSchema,
  timerSchema,
  votingSchema,
  wallModerationSchema,
} from './schemas.ts';
import { releaseCard, setCardDeleted, setCardHidden, setWallModeration } from './moderationCommands.ts';
import { consolePath } from '../lib/paths/live.ts';
import { joinUrl } from './access.ts';

type C = Context<MeetingEnv>;

const where = (c: C): LiveMeeting => ({ projectId: c.get('project').id, meetingId: c.get('meeting').id });

async function renderConsole(
  c: C,
  opts: { values?: FormValues; errors?: FieldErrors; notice?: string; status?: 409 | 422 } = {},
) {
  const project = c.get('project');
  const meeting = c.get('meeting');
  const view = await consoleView(c.get('db'), project, meeting, joinUrl(c));
  if (opts.status) c.status(opts.status);
  return c.render(<ConsolePage project={project} meeting={meeting} csrf={c.get('csrfToken')} {...view} {...opts} />);
}

const managedCard = (c: C, session: LiveSession) => findCard(c.get('db'), session.meetingId, idParam(c, 'cid') ?? 0);

/** The move/merge page of one card; after a refused move or merge, with the input and errors. */
function renderCardManage(
  c: C,
  session: LiveSession,
  card: LiveCard,
  refused?: { values: FormValues; errors: FieldErrors },
) {
  if (refused) c.status(422);
  return c.render(
    <CardManagePage
      project={c.get('project')}
      meeting={c.get('meeting')}
      session={session}
      card={card}
      board={loadBoardView(c.get('db'), session.meetingId)!}
      {...refused}
    />,
  );
}

/** After a console command went through: back to the console (htmx buttons: nothing to swap). */
const done = (c: C) =>
  isHtmx(c) ? c.body(null, 204) : redirect(c, consolePath(c.get('project').id, c.get('meeting').id));

/**
 * Runs a console action against an open or draft session (a closed one is frozen): the action answers itself
 * when it refuses the input, or returns its command's result (done → console; closed/unchanged → 409; else 404).
 */
function consoleAction(c: C, action: (session: LiveSession) => Response | Promise<Response> | LiveResult<string>) {
  const session = ensureSession(c.get('db'), c.get('project').id, c.get('meeting').id);
  if (session.status === 'closed') return renderConsole(c, { notice: CONSOLE_NOTICES.closed, status: 409 });
  const result = action(session);
  if (result instanceof Response || result instanceof Promise) return result;
  if (result.ok) return done(c);
  if (result.reason === 'closed' || result.reason === 'unchanged')
    return renderConsole(c, { notice: CONSOLE_NOTICES[result.reason], status: 409 });
  return c.notFound();
}

export function groupWorkRoutes() {
  const app = new Hono<MeetingEnv>();
  app.use(loadMeeting);

  app.get('/', (c) => renderConsole(c));

  app.post('/open', (c) =>
    consoleAction(c, () =>
      openLiveSession(c.get('db'), staffActor(c as Context), { ...where(c), title: c.get('meeting').title }),
    ),
  );

  app.post('/close', (c) =>
    consoleAction(c, () =>
      closeLiveSession(c.get('db'), staffActor(c as Context), { ...where(c), title: c.get('meeting').title }),
    ),
  );

  app.post('/reopen', (c) => {
    const input = { ...where(c), title: c.get('meeting').title };
    const result = reopenLiveSession(c.get('db'), staffActor(c as Context), input);
    return result.ok ? done(c) : renderConsole(c, { notice: result.message, status: 409 });
  });

  app.post('/phase', async (c) => {
    const form = await readForm(c);
    return consoleAction(c, () => {
      const result = setCurrentPrompt(c.get('db'), { ...where(c), promptId: Number(form.promptId) });
      if (!result.ok && result.reason === 'no_prompt')
        return renderConsole(c, { notice: 'お題が見つかりません。', status: 422 });
      return result;
    });
  });

  app.post('/timer', async (c) => {
    const form = await readForm(c);
    const parsed = validate(timerSchema, form);
    return consoleAction(c, () => {
      if (!parsed.ok) return renderConsole(c, { values: form, errors: parsed.errors, status: 422 });
      return startTimer(c.get('db'), { ...where(c), minutes: parsed.data.minutes! });
    });
  });

  app.post('/timer/stop', (c) => consoleAction(c, () => stopTimer(c.get('db'), where(c))));

  app.post('/lock', async (c) => {
    const form = await readForm(c);
    return consoleAction(c, () => setInputLock(c.get('db'), { ...where(c), locked: form.locked === '1' }));
  });

  app.post('/wall-visibility', async (c) => {
    const form = await readForm(c);
    return consoleAction(c, () => setWallHidden(c.get('db'), { ...where(c), hidden: form.hidden === '1' }));
  });

  app.post('/voting/start', async (c) => {
    const form = await readForm(c);
    const parsed = validate(votingSchema, form);
    return consoleAction(c, () => {
      if (!parsed.ok) return renderConsole(c, { values: form, errors: parsed.errors, status: 422 });
      return startVoting(c.get('db'), staffActor(c as Context), {
        ...where(c),
        votesPerPerson: parsed.data.votesPerPerson!,
      });
    });
  });

  app.post('/voting/end', (c) => consoleAction(c, () => endVoting(c.get('db'), staffActor(c as Context), where(c))));

  app.post('/groups', async (c) => {
    const form = await readForm(c);
    const parsed = validate(groupSchema, form);
    return consoleAction(c, () => {
      if (!parsed.ok) return renderConsole(c, { values: form, errors: parsed.errors, status: 422 });
      const result = addGroup(c.get('db'), staffActor(c as Context), { ...where(c), ...parsed.data });
      if (!result.ok && result.reason === 'duplicate')
        return renderConsole(c, { values: form, errors: { name: '同じ名前のグループがすでにあります' }, status: 422 });
      return result;
    });
  });

  app.post('/groups/:gid{[0-9]+}/delete', (c) =>
    consoleAction(c, () => {
      const result = removeGroup(c.get('db'), staffActor(c as Context), {
        ...where(c),
        groupId: idParam(c, 'gid') ?? 0,
      });
      if (!result.ok && result.reason === 'has_cards')
        return renderConsole(c, { notice: 'カードのあるグループは削除できません。', status: 409 });
      return result;
    }),
  );

  app.post('/prompts', async (c) => {
    const form = await readForm(c);
    const parsed = validate(promptsSchema, form);
    return consoleAction(c, () => {
      if (!parsed.ok) return renderConsole(c, { values: form, errors: parsed.errors, status: 422 });
      const result = savePrompts(c.get('db'), staffActor(c as Context), { ...where(c), prompts: parsed.data.prompts });
      if (result.ok && result.blocked.length)
        return renderConsole(c, {
          notice: `カードがあるため削除しなかったお題：${result.blocked.join('、')}`,
          status: 409,
        });
      return result;
    });
  });

  app.post('/cards/:cid{[0-9]+}/candidate', async (c) => {
    const form = await readForm(c);
    return consoleAction(c, () =>
      markCandidate(c.get('db'), staffActor(c as Context), {
        ...where(c),
        cardId: idParam(c, 'cid') ?? 0,
        candidate: form.candidate === '1',
      }),
    );
  });

  app.post('/moderation', async (c) => {
    const parsed = validate(wallModerationSchema, await readForm(c));
    return consoleAction(c, () => {
      if (!parsed.ok) return renderConsole(c, { notice: parsed.errors.mode, status: 422 });
      return setWallModeration(c.get('db'), staffActor(c as Context), { ...where(c), mode: parsed.data.mode });
    });
  });

  app.post('/cards/:cid{[0-9]+}/release', async (c) => {
    const form = await readForm(c);
    const parsed = validate(releaseSchema, form);
    return consoleAction(c, (session) => {
      const card = managedCard(c, session);
      if (!card) return c.notFound();
      if (!parsed.ok) return renderCardManage(c, session, card, { values: form, errors: parsed.errors });
      const result = releaseCard(c.get('db'), staffActor(c as Context), {
        ...where(c),
        cardId: card.id,
        ...parsed.data,
      });
      return !result.ok && result.reason === 'not_held' ? done(c) : result;
    });
  });

  // one card off the wall and back (hidden=1/0), deleted and restored: each with its undo
  app.post('/cards/:cid{[0-9]+}/hide', async (c) => {
    const hidden = (await readForm(c)).hidden === '1';
    const cardId = idParam(c, 'cid') ?? 0;
    return consoleAction(c, () =>
      setCardHidden(c.get('db'), staffActor(c as Context), { ...where(c), cardId, hidden }),
    );
  });
  for (const [action, deleted] of [
    ['delete', true],
    ['restore', false],
  ] as const)
    app.post(`/cards/:cid{[0-9]+}/${action}`, (c) =>
      consoleAction(c, () =>
        setCardDeleted(c.get('db'), staffActor(c as Context), { ...where(c), cardId: idParam(c, 'cid') ?? 0, deleted }),
      ),
    );

  app.get('/cards/:cid{[0-9]+}', (c) => {
    const session = getSession(c.get('db'), c.get('meeting').id);
    const card = session && managedCard(c, session);
    if (!session || !card) return c.notFound();
    return renderCardManage(c, session, card);
  });

  app.post('/cards/:cid{[0-9]+}/move', async (c) => {
    const form = await readForm(c);
    const parsed = validate(moveSchema, form);
    return consoleAction(c, (session) => {
      const card = managedCard(c, session);
      if (!card) return c.notFound();
      if (!parsed.ok) return renderCardManage(c, session, card, { values: form, errors: parsed.errors });
      const result = moveLiveCard(c.get('db'), staffActor(c as Context), {
        ...where(c),
        cardId: card.id,
        ...parsed.data,
      });
      if (!result.ok && result.reason === 'no_target')
        return renderCardManage(c, session, card, { values: form, errors: { groupId: '移動先が見つかりません' } });
      return result;
    });
  });

  app.post('/cards/:cid{[0-9]+}/merge', async (c) => {
    const form = await readForm(c);
    const parsed = validate(mergeSchema, form);
    return consoleAction(c, (session) => {
      const card = managedCard(c, session);
      if (!card) return c.notFound();
      if (!parsed.ok) return renderCardManage(c, session, card, { values: form, errors: parsed.errors });
      const result = mergeLiveCard(c.get('db'), staffActor(c as Context), {
        ...where(c),
        cardId: card.id,
        intoId: parsed.data.intoId,
      });
      if (!result.ok && result.reason === 'no_target')
        return renderCardManage(c, session, card, {
          values: form,
          errors: { intoId: '統合先のカードが見つかりません' },
        });
      return result;
    });
  });

  return app;
}
