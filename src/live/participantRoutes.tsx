// Participant pages: /join (code entry), /m/:code (choose group), /m/:code/g/:gid (group sheet),
// /m/:code/vote; the group sheet itself is groupSheetRoutes.tsx. No account: the join code proves presence at an open meeting and a random
// HttpOnly cookie ties the browser to its group. HTTP only: the changes are participantCommands.ts.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { readForm, redirect } from '../http/form.ts';
import { idParam } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { JoinPage } from '../../views/live/joinPage.tsx';
import { LiveMessagePage } from '../../views/live/messagePage.tsx';
import { ChooseGroupPage } from '../../views/live/chooseGroupPage.tsx';
import { VotePage } from '../../views/live/votePage.tsx';
import { currentParticipant, participantToken, type ParticipantEnv } from './access.ts';
import { createJoinGuard } from './joinGuard.ts';
import type { LiveParticipant } from './groupQueries.ts';
import { findOpenSessionByCode } from './sessionQueries.ts';
import { cachedMeeting } from './liveCache.ts';
import { joinGroup, MAX_GROUPS, voteForCard, withdrawCardVote } from './participantCommands.ts';
import { chooseGroupView, voteView } from './participantViewModel.ts';
import { chooseGroupSchema, joinSchema } from './schemas.ts';
import { groupSheetRoutes } from './groupSheetRoutes.tsx';
import { JOIN_PATH, participantPath, sheetPath, votePath } from '../lib/paths/live.ts';

type C = Context<ParticipantEnv>;

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

function renderChooseGroup(c: C, values: Record<string, unknown> = {}, errors?: Record<string, string | undefined>) {
  const session = c.get('live');
  return c.render(
    <ChooseGroupPage
      code={session.joinCode!}
      title={c.get('meeting').title}
      {...chooseGroupView(c.get('db'), session, c.get('meeting'))}
      values={values}
      errors={errors}
    />,
  );
}

export function participantRoutes() {
  const app = new Hono<ParticipantEnv>();
  // Wrong codes per address and per participant cookie (joinGuard.ts): 30 guesses among a million
  // codes while a meeting is open make finding one by guessing infeasible.
  const guard = createJoinGuard();

  app.get(JOIN_PATH, (c) => c.render(<JoinPage values={{ code: c.req.query('code') ?? '' }} />));

  app.post(JOIN_PATH, async (c) => {
    const wait = guard.retryAfter(c);
    if (wait) return blockedPage(c, wait);
    const form = await readForm(c);
    const parsed = validate(joinSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return c.render(<JoinPage values={form} errors={parsed.errors} />);
    }
    if (!findOpenSessionByCode(c.get('db'), parsed.data.code)) {
      guard.fail(c);
      c.status(422);
      return c.render(
        <JoinPage values={form} errors={{ code: 'この会議コードの会議は見つからないか、すでに終了しています' }} />,
      );
    }
    return redirect(c, participantPath(parsed.data.code));
  });

  const resolveCode: MiddlewareHandler<ParticipantEnv> = async (c, next) => {
    const code = c.req.param('code') ?? '';
    const db = c.get('db');
    const session = /^\d{6}$/.test(code) ? findOpenSessionByCode(db, code) : undefined;
    const meeting = session && cachedMeeting(db, session.projectId, session.meetingId);
    if (session && meeting) {
      c.set('live', session);
      c.set('meeting', meeting);
      // Somebody who joined this meeting (their cookie says so) is never locked out by guesses
      // from the venue's shared address. Only they pass here, so a blocked guesser learns nothing.
      if (currentParticipant(c)) return next();
    }
    const wait = guard.retryAfter(c);
    if (wait) return blockedPage(c, wait);
    if (!session || !meeting) {
      guard.fail(c);
      c.status(404);
      return c.render(
        <LiveMessagePage
          title="この会議コードは使えません"
          message="会議が終了したか、コードが正しくありません。会議は終了するとコードが無効になり、カードは記録として保存されます。"
          link={{ href: JOIN_PATH, label: '会議コードを入力し直す' }}
        />,
      );
    }
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
    const form = await readForm(c);
    const parsed = validate(chooseGroupSchema, form);
    if (!parsed.ok) {
      c.status(422);
      return renderChooseGroup(c, form, parsed.errors);
    }
    const token = participantToken(c);
    const result = joinGroup(c.get('db'), { meeting: c.get('meeting'), ...parsed.data, tokenHash: token.hash });
    if (!result.ok) {
      c.status(422);
      return renderChooseGroup(
        c,
        form,
        result.reason === 'too_many_groups'
          ? { newGroup: `グループは${MAX_GROUPS}個までです。一覧から選んでください` }
          : { groupId: 'このグループは見つかりません。もう一度選んでください' },
      );
    }
    token.keep();
    return redirect(c, sheetPath(c.get('live').joinCode!, result.group.id));
  });

  app.route('/m/:code/g/:gid{[0-9]+}', groupSheetRoutes());

  const renderVote = (c: C, me: LiveParticipant, message?: string) => {
    const session = c.get('live');
    return c.render(
      <VotePage
        code={session.joinCode!}
        session={session}
        {...voteView(c.get('db'), session, me)}
        groupId={me.groupId}
        message={message}
      />,
    );
  };
  const joined = (c: C) => currentParticipant(c);

  app.get('/m/:code/vote', (c) => {
    const me = joined(c);
    return me ? renderVote(c, me) : redirect(c, participantPath(c.get('live').joinCode!));
  });

  app.post('/m/:code/vote/:cid{[0-9]+}', (c) => {
    const session = c.get('live');
    const me = joined(c);
    if (!me) return redirect(c, participantPath(session.joinCode!));
    const cardId = idParam(c, 'cid') ?? 0;
    const result = voteForCard(c.get('db'), { meetingId: session.meetingId, participantId: me.id, cardId });
    if (!result.ok) {
      c.status(result.reason === 'no-card' ? 404 : 409);
      const message =
        result.reason === 'quota'
          ? `1人${session.votesPerPerson}票までです。ほかのカードに入れるには、入れた票を取り消してください。`
          : result.reason === 'closed'
            ? 'いまは投票を受け付けていません。'
            : 'このカードは投票の対象ではありません。';
      return renderVote(c, me, message);
    }
    return redirect(c, `${votePath(session.joinCode!)}#v-card-${cardId}`);
  });

  app.post('/m/:code/vote/:cid{[0-9]+}/withdraw', (c) => {
    const session = c.get('live');
    const me = joined(c);
    if (!me) return redirect(c, participantPath(session.joinCode!));
    const cardId = idParam(c, 'cid') ?? 0;
    withdrawCardVote(c.get('db'), { meetingId: session.meetingId, participantId: me.id, cardId });
    return redirect(c, `${votePath(session.joinCode!)}#v-card-${cardId}`);
  });

  return app;
}
