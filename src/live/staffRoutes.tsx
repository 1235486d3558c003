// Facilitator console (/group-work) and projector wall (/wall) for one meeting; staff only.
import { Hono, type Context } from 'hono';
import { isHtmx, readForm, redirect } from '../http/form.ts';
import { idParam, staffActor } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { recordAudit } from '../audit/log.ts';
import { publicOrigin } from '../agencies/origin.ts';
import { qrSvg } from '../agencies/qr.ts';
import { agencyNames, listAttendeeOptions } from '../meetings/queries.ts';
import { CardManagePage, ConsolePage, type GroupRow } from '../../views/live/console.tsx';
import { WallPage } from '../../views/live/wall.tsx';
import { loadBoard } from './board.ts';
import { exportCandidateIssues } from './issues.ts';
import {
  closeSession,
  createGroup,
  deleteGroup,
  ensureSession,
  findCard,
  findGroup,
  findGroupByName,
  getSession,
  lastEventId,
  listPrompts,
  mergeCard,
  moveCard,
  openSession,
  participantCounts,
  setCandidate,
  setPrompts,
  updateControls,
  type LiveCard,
  type LiveSession,
} from './queries.ts';
import { groupSchema, mergeSchema, moveSchema, promptsSchema, timerSchema, votingSchema } from './schemas.ts';
import { notify, sseResponse } from './stream.tsx';
import type { FieldErrors, FormValues } from '../http/form.ts';
import { loadMeeting, type MeetingEnv } from '../meetings/loadMeeting.ts';

type C = Context<MeetingEnv>;

const consoleUrl = (c: C) => `/projects/${c.get('project').id}/meetings/${c.get('meeting').id}/group-work`;

function audit(c: C, action: string, entity: string, detail: string, entityId?: number) {
  recordAudit(c.get('db'), {
    projectId: c.get('project').id,
    actor: staffActor(c as Context),
    action,
    entity,
    entityId,
    detail,
  });
}

async function renderConsole(
  c: C,
  opts: { values?: FormValues; errors?: FieldErrors; notice?: string; status?: 409 | 422 } = {},
) {
  const db = c.get('db');
  const project = c.get('project');
  const meeting = c.get('meeting');
  ensureSession(db, project.id, meeting.id);
  const board = loadBoard(db, meeting.id)!;
  const counts = participantCounts(db, meeting.id);
  const cards = [...board.cells.values()].flat();
  const groups: GroupRow[] = board.groups.map((g) => ({
    ...g,
    agencyNames: agencyNames(db, project.id, g.agencyIds).map((a) => a.name),
    participants: counts.get(g.id) ?? 0,
    cards: cards.filter((x) => x.groupId === g.id).length,
  }));
  const joinUrl = `${publicOrigin(c as Context)}/join`;
  const base = `/projects/${project.id}/meetings/${meeting.id}`;
  if (opts.status) c.status(opts.status);
  return c.render(
    <ConsolePage
      project={project}
      meeting={meeting}
      board={board}
      groups={groups}
      agencies={listAttendeeOptions(db, project.id).filter((a) => !a.archived)}
      joinUrl={joinUrl}
      qr={await qrSvg(board.session.joinCode ? `${joinUrl}?code=${board.session.joinCode}` : joinUrl)}
      csrf={c.get('csrfToken')}
      eventsUrl={`${base}/wall/events?view=console&after=${lastEventId(db, meeting.id)}`}
      links={[{ label: '事例検討シート', href: `${base}/case-studies` }]}
      {...opts}
    />,
  );
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
      board={loadBoard(c.get('db'), session.meetingId)!}
      {...refused}
    />,
  );
}

/** Runs a console action against an open or draft session; a closed one is frozen. */
function whileLive(c: C, action: (session: LiveSession) => Response | Promise<Response> | void) {
  const db = c.get('db');
  const session = ensureSession(db, c.get('project').id, c.get('meeting').id);
  if (session.status === 'closed')
    return renderConsole(c, { notice: 'この会議は終了しているため、変更できません。', status: 409 });
  const res = action(session);
  if (res) return res;
  notify(db, session.meetingId);
  return isHtmx(c) ? c.body(null, 204) : redirect(c, consoleUrl(c));
}

export function groupWorkRoutes() {
  const app = new Hono<MeetingEnv>();
  app.use(loadMeeting);

  app.get('/', (c) => renderConsole(c));

  app.post('/open', (c) =>
    whileLive(c, (session) => {
      if (session.status !== 'draft') return;
      openSession(c.get('db'), session.meetingId);
      audit(c, 'open', 'live_session', `${c.get('meeting').title}：参加コード発行`, session.meetingId);
    }),
  );

  app.post('/close', (c) =>
    whileLive(c, (session) => {
      const db = c.get('db');
      closeSession(db, session.meetingId);
      const exported = exportCandidateIssues(db, c.get('project').id, session.meetingId);
      audit(
        c,
        'close',
        'live_session',
        `${c.get('meeting').title}：会議終了（課題候補 ${exported}件を問題点→課題表へ）`,
        session.meetingId,
      );
    }),
  );

  // Phase, timer, lock and wall visibility are moment-to-moment controls: not audited.
  app.post('/phase', async (c) => {
    const form = await readForm(c);
    const promptId = Number(form.promptId);
    return whileLive(c, (session) => {
      if (!listPrompts(c.get('db'), session.meetingId).some((p) => p.id === promptId))
        return renderConsole(c, { notice: 'お題が見つかりません。', status: 422 });
      updateControls(c.get('db'), session.meetingId, { currentPromptId: promptId });
    });
  });

  app.post('/timer', async (c) => {
    const form = await readForm(c);
    const parsed = validate(timerSchema, form);
    return whileLive(c, (session) => {
      if (!parsed.ok) return renderConsole(c, { values: form, errors: parsed.errors, status: 422 });
      const endsAt = new Date(Date.now() + parsed.data.minutes! * 60_000).toISOString();
      updateControls(c.get('db'), session.meetingId, { timerEndsAt: endsAt });
    });
  });

  app.post('/timer/stop', (c) =>
    whileLive(c, (session) => updateControls(c.get('db'), session.meetingId, { timerEndsAt: null })),
  );

  app.post('/lock', async (c) => {
    const form = await readForm(c);
    return whileLive(c, (session) =>
      updateControls(c.get('db'), session.meetingId, { inputLocked: form.locked === '1' }),
    );
  });

  app.post('/wall-visibility', async (c) => {
    const form = await readForm(c);
    return whileLive(c, (session) =>
      updateControls(c.get('db'), session.meetingId, { wallHidden: form.hidden === '1' }),
    );
  });

  app.post('/voting/start', async (c) => {
    const form = await readForm(c);
    const parsed = validate(votingSchema, form);
    return whileLive(c, (session) => {
      if (!parsed.ok) return renderConsole(c, { values: form, errors: parsed.errors, status: 422 });
      updateControls(c.get('db'), session.meetingId, {
        votingStatus: 'open',
        votesPerPerson: parsed.data.votesPerPerson!,
      });
      audit(c, 'voting_start', 'live_session', `投票開始（1人${parsed.data.votesPerPerson}票）`, session.meetingId);
    });
  });

  app.post('/voting/end', (c) =>
    whileLive(c, (session) => {
      updateControls(c.get('db'), session.meetingId, { votingStatus: 'closed' });
      audit(c, 'voting_end', 'live_session', '投票締切', session.meetingId);
    }),
  );

  app.post('/groups', async (c) => {
    const form = await readForm(c);
    const parsed = validate(groupSchema, form);
    return whileLive(c, (session) => {
      const db = c.get('db');
      if (!parsed.ok) return renderConsole(c, { values: form, errors: parsed.errors, status: 422 });
      if (findGroupByName(db, session.meetingId, parsed.data.name))
        return renderConsole(c, { values: form, errors: { name: '同じ名前のグループがすでにあります' }, status: 422 });
      const allowed = new Set(listAttendeeOptions(db, c.get('project').id).map((a) => a.id));
      const group = createGroup(
        db,
        session.meetingId,
        parsed.data.name,
        parsed.data.agencyIds.filter((id) => allowed.has(id)),
      );
      audit(c, 'create', 'live_group', group.name, group.id);
    });
  });

  app.post('/groups/:gid{[0-9]+}/delete', (c) =>
    whileLive(c, (session) => {
      const db = c.get('db');
      const group = findGroup(db, session.meetingId, idParam(c, 'gid') ?? 0);
      if (!group) return c.notFound();
      if (!deleteGroup(db, session.meetingId, group.id))
        return renderConsole(c, { notice: 'カードのあるグループは削除できません。', status: 409 });
      audit(c, 'delete', 'live_group', group.name, group.id);
    }),
  );

  app.post('/prompts', async (c) => {
    const form = await readForm(c);
    const parsed = validate(promptsSchema, form);
    return whileLive(c, (session) => {
      if (!parsed.ok) return renderConsole(c, { values: form, errors: parsed.errors, status: 422 });
      const blocked = setPrompts(c.get('db'), session.meetingId, parsed.data.prompts);
      audit(c, 'update', 'live_prompts', parsed.data.prompts.join(' / '), session.meetingId);
      if (blocked.length) {
        notify(c.get('db'), session.meetingId);
        return renderConsole(c, { notice: `カードがあるため削除しなかったお題：${blocked.join('、')}`, status: 409 });
      }
    });
  });

  app.post('/cards/:cid{[0-9]+}/candidate', async (c) => {
    const form = await readForm(c);
    return whileLive(c, (session) => {
      const cardId = idParam(c, 'cid') ?? 0;
      if (!setCandidate(c.get('db'), session.meetingId, cardId, form.candidate === '1')) return c.notFound();
      audit(c, form.candidate === '1' ? 'mark_candidate' : 'unmark_candidate', 'live_card', '課題候補', cardId);
    });
  });

  app.get('/cards/:cid{[0-9]+}', (c) => {
    const session = getSession(c.get('db'), c.get('meeting').id);
    const card = session && managedCard(c, session);
    if (!session || !card) return c.notFound();
    return renderCardManage(c, session, card);
  });

  app.post('/cards/:cid{[0-9]+}/move', async (c) => {
    const form = await readForm(c);
    const parsed = validate(moveSchema, form);
    return whileLive(c, (session) => {
      const db = c.get('db');
      const card = managedCard(c, session);
      if (!card) return c.notFound();
      const validTarget =
        parsed.ok &&
        findGroup(db, session.meetingId, parsed.data.groupId) &&
        listPrompts(db, session.meetingId).some((p) => p.id === parsed.data.promptId);
      if (!parsed.ok || !validTarget)
        return renderCardManage(c, session, card, {
          values: form,
          errors: parsed.ok ? { groupId: '移動先が見つかりません' } : parsed.errors,
        });
      moveCard(db, session.meetingId, card.id, parsed.data);
      audit(c, 'move', 'live_card', card.text, card.id);
    });
  });

  app.post('/cards/:cid{[0-9]+}/merge', async (c) => {
    const form = await readForm(c);
    const parsed = validate(mergeSchema, form);
    return whileLive(c, (session) => {
      const card = managedCard(c, session);
      if (!card) return c.notFound();
      if (!parsed.ok || !mergeCard(c.get('db'), session.meetingId, card.id, parsed.data.intoId))
        return renderCardManage(c, session, card, {
          values: form,
          errors: parsed.ok ? { intoId: '統合先のカードが見つかりません' } : parsed.errors,
        });
      audit(c, 'merge', 'live_card', `${card.text} → #${parsed.data.intoId}`, card.id);
    });
  });

  return app;
}

export function wallRoutes() {
  const app = new Hono<MeetingEnv>();
  app.use(loadMeeting);

  app.get('/', async (c) => {
    const db = c.get('db');
    const meeting = c.get('meeting');
    ensureSession(db, c.get('project').id, meeting.id);
    const after = lastEventId(db, meeting.id);
    const board = loadBoard(db, meeting.id)!;
    const joinUrl = `${publicOrigin(c as Context)}/join`;
    return c.render(
      <WallPage
        title={meeting.title}
        board={board}
        all={c.req.query('all') === '1'}
        eventsUrl={`/projects/${c.get('project').id}/meetings/${meeting.id}/wall/events?after=${after}`}
        joinUrl={joinUrl}
        qr={await qrSvg(joinUrl)}
      />,
    );
  });

  // The console subscribes here too (?view=console) and receives cells with its controls.
  app.get('/events', (c) => {
    const meeting = c.get('meeting');
    if (!getSession(c.get('db'), meeting.id)) return c.notFound();
    return sseResponse(c, meeting.id, { view: c.req.query('view') === 'console' ? 'console' : 'wall' });
  });

  return app;
}
