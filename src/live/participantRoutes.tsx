// Participant pages: /join (code entry), /m/:code (choose group), /m/:code/g/:gid (group sheet),
// /m/:code/vote. No account: the join code proves presence at an open meeting and a random
// HttpOnly cookie ties the browser to its group.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Db } from '../db/client.ts';
import { isHtmx, readForm, redirect } from '../http/form.ts';
import { idParam } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { sha256 } from '../lib/crypto.ts';
import { recordAudit } from '../audit/log.ts';
import { createLoginThrottle } from '../auth/rateLimit.ts';
import { clientIp } from '../auth/clientIp.ts';
import { agencyNames, findMeeting, listAttendeeOptions } from '../meetings/queries.ts';
import { liveParticipants } from '../db/schema.ts';
import { eq } from 'drizzle-orm';
import {
  CardEditPage,
  CardForm,
  ChooseGroupPage,
  GroupSheetPage,
  JoinPage,
  LiveMessagePage,
  VotePage,
} from '../../views/live/participant.tsx';
import { currentParticipant, participantTokenHash, PARTICIPANT_COOKIE, type ParticipantEnv } from './access.ts';
import { currentPrompt, loadBoard } from './board.ts';
import {
  addCard,
  ballot,
  castVote,
  createGroup,
  deleteCard,
  editCard,
  findCard,
  findGroup,
  findGroupByName,
  findOpenSessionByCode,
  lastEventId,
  listGroups,
  listPrompts,
  myVotes,
  saveParticipant,
  votesUsed,
  withdrawVote,
  type LiveGroup,
  type LiveParticipant,
} from './queries.ts';
import { cardEditSchema, cardSchema, chooseGroupSchema, joinSchema } from './schemas.ts';
import { notify, sseResponse } from './stream.tsx';

type GroupEnv = { Variables: ParticipantEnv['Variables'] & { participant: LiveParticipant; group: LiveGroup } };
type C = Context<ParticipantEnv>;
type GC = Context<GroupEnv>;

const MAX_GROUPS = 50;
const sheetUrl = (code: string, groupId: number) => `/m/${code}/g/${groupId}`;

function blockedPage(c: Context, wait: number) {
  c.status(429);
  c.header('Retry-After', String(wait));
  return c.render(
    <LiveMessagePage
      title="しばらくお待ちください"
      message={`誤った会議コードの入力が続いたため、一時的に受け付けを停止しています。約${Math.ceil(wait / 60)}分後にもう一度お試しください。`}
    />,
  );
}

/** Somebody who really joined a meeting (their meeting may have closed since): not a code guesser. */
function isKnownParticipant(c: Context): boolean {
  const token = getCookie(c, PARTICIPANT_COOKIE);
  if (!token || token.length < 32) return false;
  return !!(c.get('db') as Db)
    .select({ id: liveParticipants.id })
    .from(liveParticipants)
    .where(eq(liveParticipants.tokenHash, sha256(token)))
    .get();
}

function agencyOptions(c: C) {
  const meeting = c.get('meeting');
  const db = c.get('db');
  const attendees = agencyNames(db, meeting.projectId, meeting.attendeeAgencyIds);
  return attendees.length ? attendees : listAttendeeOptions(db, meeting.projectId).filter((a) => !a.archived);
}

function renderChooseGroup(c: C, values: Record<string, unknown> = {}, errors?: Record<string, string | undefined>) {
  const db = c.get('db');
  const session = c.get('live');
  const groups = listGroups(db, session.meetingId).map((g) => ({
    ...g,
    agencyNames: agencyNames(db, session.projectId, g.agencyIds).map((a) => a.name),
  }));
  return c.render(
    <ChooseGroupPage
      code={session.joinCode!}
      title={c.get('meeting').title}
      groups={groups}
      agencies={agencyOptions(c)}
      values={values}
      errors={errors}
    />,
  );
}

function renderSheet(c: GC, values?: Record<string, unknown>, errors?: Record<string, string | undefined>) {
  const db = c.get('db');
  const session = c.get('live');
  const group = c.get('group');
  return c.render(
    <GroupSheetPage
      code={session.joinCode!}
      title={c.get('meeting').title}
      group={group}
      board={loadBoard(db, session.meetingId, group.id)!}
      eventsUrl={`${sheetUrl(session.joinCode!, group.id)}/events?after=${lastEventId(db, session.meetingId)}`}
      csrf={c.get('csrfToken')}
      values={values}
      errors={errors}
    />,
  );
}

const LOCKED = 'ただいま入力を締め切っています。書いた内容はそのまま残っています。';

export function participantRoutes() {
  const app = new Hono<ParticipantEnv>();
  // 30 wrong codes per 10 minutes per address. A meeting room usually shares one Wi-Fi address,
  // so a few mistypes must not lock everyone out; 30 guesses among a million codes while a
  // meeting is open still make finding one by guessing infeasible.
  const throttle = createLoginThrottle(30, 10 * 60_000);

  app.get('/join', (c) => c.render(<JoinPage values={{ code: c.req.query('code') ?? '' }} />));

  app.post('/join', async (c) => {
    const ip = clientIp(c);
    const wait = throttle.retryAfter([ip]);
    if (wait) return blockedPage(c, wait);
    const form = await readForm(c);
    const parsed = validate(joinSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return c.render(<JoinPage values={form} errors={parsed.errors} />);
    }
    if (!findOpenSessionByCode(c.get('db'), parsed.data.code)) {
      throttle.fail([ip]);
      c.status(422);
      return c.render(
        <JoinPage values={form} errors={{ code: 'この会議コードの会議は見つからないか、すでに終了しています' }} />,
      );
    }
    return redirect(c, `/m/${parsed.data.code}`);
  });

  const resolveCode: MiddlewareHandler<ParticipantEnv> = async (c, next) => {
    const ip = clientIp(c);
    const wait = throttle.retryAfter([ip]);
    if (wait) return blockedPage(c, wait);
    const code = c.req.param('code') ?? '';
    const db = c.get('db');
    const session = /^\d{6}$/.test(code) ? findOpenSessionByCode(db, code) : undefined;
    const meeting = session && findMeeting(db, session.projectId, session.meetingId);
    if (!session || !meeting) {
      if (!isKnownParticipant(c)) throttle.fail([ip]);
      c.status(404);
      return c.render(
        <LiveMessagePage
          title="この会議コードは使えません"
          message="会議が終了したか、コードが正しくありません。会議は終了するとコードが無効になり、カードは記録として保存されます。"
          link={{ href: '/join', label: '会議コードを入力し直す' }}
        />,
      );
    }
    c.set('live', session);
    c.set('meeting', meeting);
    await next();
  };
  app.use('/m/:code', resolveCode);
  app.use('/m/:code/*', resolveCode);

  app.get('/m/:code', (c) => {
    const me = currentParticipant(c);
    return renderChooseGroup(
      c,
      me ? { groupId: String(me.groupId ?? ''), agencyId: String(me.agencyId ?? ''), agencyLabel: me.agencyLabel } : {},
    );
  });

  app.post('/m/:code', async (c) => {
    const db = c.get('db');
    const session = c.get('live');
    const form = await readForm(c);
    const parsed = validate(chooseGroupSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return renderChooseGroup(c, form, parsed.errors);
    }
    const { newGroup, agencyId, agencyLabel } = parsed.data;
    let group = newGroup
      ? findGroupByName(db, session.meetingId, newGroup)
      : findGroup(db, session.meetingId, parsed.data.groupId!);
    if (!group && newGroup) {
      if (listGroups(db, session.meetingId).length >= MAX_GROUPS) {
        c.status(422);
        return renderChooseGroup(c, form, { newGroup: `グループは${MAX_GROUPS}個までです。一覧から選んでください` });
      }
      group = createGroup(db, session.meetingId, newGroup);
      recordAudit(db, {
        projectId: session.projectId,
        actor: { kind: 'system', label: '参加者（会議中に作成）' },
        action: 'create',
        entity: 'live_group',
        entityId: group.id,
        detail: group.name,
      });
      notify(db, session.meetingId);
    }
    if (!group) {
      c.status(422);
      return renderChooseGroup(c, form, { groupId: 'このグループは見つかりません。もう一度選んでください' });
    }
    const allowedAgency = agencyId !== null && agencyOptions(c).some((a) => a.id === agencyId) ? agencyId : null;
    saveParticipant(db, session.meetingId, {
      tokenHash: participantTokenHash(c),
      groupId: group.id,
      agencyId: allowedAgency,
      agencyLabel,
    });
    return redirect(c, sheetUrl(session.joinCode!, group.id));
  });

  // A participant sees and changes only the sheet of the group they joined.
  const groupMember: MiddlewareHandler<GroupEnv> = async (c, next) => {
    const session = c.get('live');
    const me = currentParticipant(c as unknown as C);
    const gid = idParam(c, 'gid');
    const group = me && gid !== null && me.groupId === gid ? findGroup(c.get('db'), session.meetingId, gid) : undefined;
    if (!me || !group) {
      c.status(403);
      return c.render(
        <LiveMessagePage
          title="このシートは表示できません"
          message="参加しているグループのシートだけを表示できます。グループを選び直してください。"
          link={{ href: `/m/${session.joinCode}`, label: 'グループを選ぶ' }}
        />,
      );
    }
    c.set('participant', me);
    c.set('group', group);
    await next();
  };
  const groups = new Hono<GroupEnv>();
  groups.use(groupMember);

  groups.get('/', (c) => renderSheet(c));

  groups.get('/events', (c) => sseResponse(c, c.get('live').meetingId, { view: 'group', groupId: c.get('group').id }));

  groups.post('/cards', async (c) => {
    const db = c.get('db');
    const session = c.get('live');
    const group = c.get('group');
    const form = await readForm(c);
    const parsed = validate(cardSchema, form);
    const prompt = parsed.ok
      ? listPrompts(db, session.meetingId).find((p) => p.id === parsed.data.promptId)
      : undefined;
    const errors = !parsed.ok
      ? parsed.errors
      : session.inputLocked
        ? { text: LOCKED }
        : !prompt
          ? { promptId: 'このお題は削除されました。ページを再読み込みしてください' }
          : undefined;
    if (errors || !parsed.ok) {
      c.status(422);
      if (!isHtmx(c)) return renderSheet(c, form, errors);
      const current = currentPrompt(session, listPrompts(db, session.meetingId))?.prompt ?? null;
      return c.render(
        <CardForm
          code={session.joinCode!}
          group={group}
          session={session}
          prompt={prompt ?? current}
          values={form}
          errors={errors}
        />,
      );
    }
    addCard(db, session.meetingId, {
      groupId: group.id,
      promptId: parsed.data.promptId,
      text: parsed.data.text,
      participantId: c.get('participant').id,
    });
    notify(db, session.meetingId);
    if (!isHtmx(c)) return redirect(c, sheetUrl(session.joinCode!, group.id));
    return c.render(
      <CardForm
        code={session.joinCode!}
        group={group}
        session={session}
        prompt={prompt ?? null}
        values={{ promptId: String(parsed.data.promptId) }}
        focus
      />,
    );
  });

  const groupCard = (c: GC) => {
    const card = findCard(c.get('db'), c.get('live').meetingId, idParam(c, 'cid') ?? 0);
    return card && card.groupId === c.get('group').id ? card : undefined;
  };
  const cardGone = (c: GC) => {
    c.status(404);
    return c.render(
      <LiveMessagePage
        title="カードが見つかりません"
        message="このカードは削除されたか、別のグループへ移動されました。"
        link={{ href: sheetUrl(c.get('live').joinCode!, c.get('group').id), label: 'シートへ戻る' }}
      />,
    );
  };

  groups.get('/cards/:cid{[0-9]+}/edit', (c) => {
    const card = groupCard(c);
    if (!card) return cardGone(c);
    return c.render(
      <CardEditPage
        code={c.get('live').joinCode!}
        group={c.get('group')}
        card={card}
        values={{ text: card.text, version: card.version }}
      />,
    );
  });

  groups.post('/cards/:cid{[0-9]+}', async (c) => {
    const db = c.get('db');
    const session = c.get('live');
    const card = groupCard(c);
    if (!card) return cardGone(c);
    const form = await readForm(c);
    const page = (status: 409 | 422, errors?: Record<string, string | undefined>, conflict?: typeof card) => {
      c.status(status);
      return c.render(
        <CardEditPage
          code={session.joinCode!}
          group={c.get('group')}
          card={card}
          values={form}
          errors={errors}
          conflict={conflict}
        />,
      );
    };
    const parsed = validate(cardEditSchema, form);
    if (!parsed.ok) return page(422, parsed.errors);
    if (session.inputLocked) return page(422, { text: LOCKED });
    const result = editCard(db, session.meetingId, card.id, parsed.data.version, parsed.data.text);
    if (!result.ok) {
      if (result.reason === 'gone') return cardGone(c);
      // Keep what they typed; the next save knowingly replaces the text shown as current.
      form.version = String(result.current!.version);
      return page(409, undefined, result.current);
    }
    notify(db, session.meetingId);
    return redirect(c, `${sheetUrl(session.joinCode!, c.get('group').id)}#p-card-${card.id}`);
  });

  groups.post('/cards/:cid{[0-9]+}/delete', (c) => {
    const db = c.get('db');
    const session = c.get('live');
    const card = groupCard(c);
    if (!card) return isHtmx(c) ? c.body(null, 204) : cardGone(c);
    if (session.inputLocked) {
      c.status(422);
      return c.render(
        <LiveMessagePage
          title="削除できません"
          message={LOCKED}
          link={{ href: sheetUrl(session.joinCode!, c.get('group').id), label: 'シートへ戻る' }}
        />,
      );
    }
    deleteCard(db, session.meetingId, card.id);
    notify(db, session.meetingId);
    return isHtmx(c) ? c.body(null, 204) : redirect(c, sheetUrl(session.joinCode!, c.get('group').id));
  });

  app.route('/m/:code/g/:gid{[0-9]+}', groups);

  const renderVote = (c: C, me: LiveParticipant, message?: string) => {
    const db = c.get('db');
    const session = c.get('live');
    return c.render(
      <VotePage
        code={session.joinCode!}
        session={session}
        cards={ballot(db, session.meetingId)}
        groups={listGroups(db, session.meetingId)}
        prompts={listPrompts(db, session.meetingId)}
        mine={myVotes(db, session.meetingId, me.id)}
        used={votesUsed(db, session.meetingId, me.id)}
        groupId={me.groupId}
        message={message}
      />,
    );
  };
  const joined = (c: C) => currentParticipant(c);

  app.get('/m/:code/vote', (c) => {
    const me = joined(c);
    return me ? renderVote(c, me) : redirect(c, `/m/${c.get('live').joinCode}`);
  });

  app.post('/m/:code/vote/:cid{[0-9]+}', (c) => {
    const db = c.get('db');
    const session = c.get('live');
    const me = joined(c);
    if (!me) return redirect(c, `/m/${session.joinCode}`);
    const cardId = idParam(c, 'cid') ?? 0;
    const onBallot = ballot(db, session.meetingId).some((card) => card.id === cardId);
    const result = onBallot ? castVote(db, session.meetingId, me.id, cardId) : 'no-card';
    if (result !== 'ok') {
      c.status(result === 'no-card' ? 404 : 409);
      const message =
        result === 'quota'
          ? `1人${session.votesPerPerson}票までです。ほかのカードに入れるには、入れた票を取り消してください。`
          : result === 'closed'
            ? 'いまは投票を受け付けていません。'
            : 'このカードは投票の対象ではありません。';
      return renderVote(c, me, message);
    }
    notify(db, session.meetingId);
    return redirect(c, `/m/${session.joinCode}/vote#v-card-${cardId}`);
  });

  app.post('/m/:code/vote/:cid{[0-9]+}/withdraw', (c) => {
    const db = c.get('db');
    const session = c.get('live');
    const me = joined(c);
    if (!me) return redirect(c, `/m/${session.joinCode}`);
    const cardId = idParam(c, 'cid') ?? 0;
    if (session.votingStatus === 'open' && withdrawVote(db, session.meetingId, me.id, cardId))
      notify(db, session.meetingId);
    return redirect(c, `/m/${session.joinCode}/vote#v-card-${cardId}`);
  });

  return app;
}
