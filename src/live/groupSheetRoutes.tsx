// A participant's group sheet, /m/:code/g/:gid (mounted by participantRoutes after the join code
// was resolved): the sheet, its SSE stream and the card actions. A participant sees and changes
// only the sheet of the group they joined. HTTP only: the changes are participantCommands.ts.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { isHtmx, readForm, redirect } from '../http/form.ts';
import { idParam } from '../http/middleware.ts';
import { validate } from '../lib/validation.ts';
import { LiveMessagePage } from '../../views/live/messagePage.tsx';
import { GroupSheetPage } from '../../views/live/groupSheetPage.tsx';
import { CardEditPage } from '../../views/live/cardEditPage.tsx';
import { CardForm } from '../../views/live/groupSheet.tsx';
import { currentParticipant, type ParticipantEnv } from './access.ts';
import { loadBoardView } from './boardViewModel.ts';
import { findCard } from './cardQueries.ts';
import { lastEventId } from './eventQueries.ts';
import { findGroup, type LiveGroup, type LiveParticipant } from './groupQueries.ts';
import { deleteGroupCard, editGroupCard, postCard } from './participantCommands.ts';
import { formPrompt } from './participantViewModel.ts';
import { cardEditSchema, cardSchema, sheetFieldSchema } from './schemas.ts';
import { sseResponse } from './sse.ts';
import { listFields } from './sheetFieldQueries.ts';
import { saveSheetField, startEditing } from './sheetCommands.ts';
import { fieldValues } from './sheetView.ts';
import { FieldStatus } from '../../views/live/liveSheet.tsx';
import { LIVE_SHEET_FIELDS } from '../lib/labels/live.ts';
import { participantStreamCap } from './streamCap.ts';
import { participantPath, sheetEventsPath, sheetPath } from '../lib/paths/live.ts';

type GroupEnv = { Variables: ParticipantEnv['Variables'] & { participant: LiveParticipant; group: LiveGroup } };
type GC = Context<GroupEnv>;

function renderSheet(c: GC, values?: Record<string, unknown>, errors?: Record<string, string | undefined>) {
  const db = c.get('db');
  const session = c.get('live');
  const group = c.get('group');
  return c.render(
    <GroupSheetPage
      code={session.joinCode!}
      title={c.get('meeting').title}
      group={group}
      board={loadBoardView(db, session.meetingId, 'group', group.id)!}
      eventsUrl={sheetEventsPath(session.joinCode!, group.id, lastEventId(db, session.meetingId))}
      csrf={c.get('csrfToken')}
      me={c.get('participant').id}
      fields={fieldValues(listFields(db, session.meetingId, group.id), (f) => f.field)}
      values={values}
      errors={errors}
    />,
  );
}

const LOCKED = 'ただいま入力を締め切っています。書いた内容はそのまま残っています。';

// A participant sees and changes only the sheet of the group they joined.
const groupMember: MiddlewareHandler<GroupEnv> = async (c, next) => {
  const session = c.get('live');
  const me = currentParticipant(c as unknown as Context<ParticipantEnv>);
  const gid = idParam(c, 'gid');
  const group = me && gid !== null && me.groupId === gid ? findGroup(c.get('db'), session.meetingId, gid) : undefined;
  if (!me || !group) {
    c.status(403);
    return c.render(
      <LiveMessagePage
        title="このシートは表示できません"
        message="参加しているグループのシートだけを表示できます。グループを選び直してください。"
        link={{ href: participantPath(session.joinCode!), label: 'グループを選ぶ' }}
      />,
    );
  }
  c.set('participant', me);
  c.set('group', group);
  await next();
};

export function groupSheetRoutes() {
  const groups = new Hono<GroupEnv>();
  groups.use(groupMember);

  groups.get('/', (c) => renderSheet(c));

  groups.get('/events', participantStreamCap(), (c) =>
    sseResponse(c, c.get('live').meetingId, { view: 'group', groupId: c.get('group').id }),
  );

  groups.post('/cards', async (c) => {
    const db = c.get('db');
    const session = c.get('live');
    const group = c.get('group');
    const form = await readForm(c);
    const parsed = validate(cardSchema, form);
    const result = parsed.ok
      ? await postCard(db, {
          meetingId: session.meetingId,
          groupId: group.id,
          ...parsed.data,
          participantId: c.get('participant').id,
        })
      : undefined;
    if (!result?.ok) {
      const errors = !parsed.ok
        ? parsed.errors
        : result?.reason === 'locked'
          ? { text: LOCKED }
          : { promptId: 'このお題は削除されました。ページを再読み込みしてください' };
      c.status(422);
      if (!isHtmx(c)) return renderSheet(c, form, errors);
      const prompt = formPrompt(db, session, parsed.ok ? parsed.data.promptId : undefined);
      return c.render(
        <CardForm
          code={session.joinCode!}
          group={group}
          session={session}
          prompt={prompt}
          values={form}
          errors={errors}
        />,
      );
    }
    if (!isHtmx(c)) return redirect(c, sheetPath(session.joinCode!, group.id));
    return c.render(
      <CardForm
        code={session.joinCode!}
        group={group}
        session={session}
        prompt={result.prompt}
        values={{ promptId: String(result.prompt.id) }}
        focus
      />,
    );
  });

  const cardInput = (c: GC) => ({
    meetingId: c.get('live').meetingId,
    groupId: c.get('group').id,
    cardId: idParam(c, 'cid') ?? 0,
  });
  const groupCard = (c: GC) => {
    const { meetingId, groupId, cardId } = cardInput(c);
    const card = findCard(c.get('db'), meetingId, cardId);
    return card && card.groupId === groupId ? card : undefined;
  };
  const cardGone = (c: GC) => {
    c.status(404);
    return c.render(
      <LiveMessagePage
        title="カードが見つかりません"
        message="このカードは削除されたか、別のグループへ移動されました。"
        link={{ href: sheetPath(c.get('live').joinCode!, c.get('group').id), label: 'シートへ戻る' }}
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
    const result = editGroupCard(c.get('db'), { ...cardInput(c), ...parsed.data });
    if (!result.ok) {
      if (result.reason === 'locked') return page(422, { text: LOCKED });
      if (result.reason === 'gone') return cardGone(c);
      // Keep what they typed; the next save knowingly replaces the text shown as current.
      form.version = String(result.current.version);
      return page(409, undefined, result.current);
    }
    return redirect(c, `${sheetPath(session.joinCode!, c.get('group').id)}#p-card-${card.id}`);
  });

  groups.post('/cards/:cid{[0-9]+}/delete', (c) => {
    const session = c.get('live');
    const sheet = sheetPath(session.joinCode!, c.get('group').id);
    const result = deleteGroupCard(c.get('db'), cardInput(c));
    if (!result.ok && result.reason === 'gone') return isHtmx(c) ? c.body(null, 204) : cardGone(c);
    if (!result.ok) {
      c.status(422);
      return c.render(
        <LiveMessagePage title="削除できません" message={LOCKED} link={{ href: sheet, label: 'シートへ戻る' }} />,
      );
    }
    return isHtmx(c) ? c.body(null, 204) : redirect(c, sheet);
  });

  // the group's live sheet: autosave of one field, and "someone is typing here"
  const fieldInput = (c: GC) => ({
    meetingId: c.get('live').meetingId,
    groupId: c.get('group').id,
    field: c.req.param('field') ?? '',
    participantId: c.get('participant').id,
    label: c.get('participant').agencyLabel,
  });
  const sheetField = `/fields/:field{${LIVE_SHEET_FIELDS.map((f) => f.key).join('|')}}`;
  groups.post(`${sheetField}/editing`, (c) => {
    startEditing(c.get('db'), fieldInput(c));
    return c.body(null, 204);
  });
  groups.post(sheetField, async (c) => {
    const input = fieldInput(c);
    const parsed = validate(sheetFieldSchema, await readForm(c));
    if (!parsed.ok) {
      c.status(422);
      return c.html(<span class="error">{parsed.errors.text ?? parsed.errors.version}</span>);
    }
    const result = saveSheetField(c.get('db'), { ...input, ...parsed.data });
    if (!isHtmx(c)) {
      if (result.ok) return redirect(c, sheetPath(c.get('live').joinCode!, input.groupId));
      c.status(result.reason === 'conflict' ? 409 : 422);
    }
    // htmx swaps 2xx only: the conflict is shown in the status line, typed text stays in the box
    if (result.ok) return c.html(<FieldStatus field={input.field} version={result.field.version} saved oob />);
    if (result.reason === 'closed') return c.html(<span class="error">会議は終了しました。</span>);
    return c.html(
      <FieldStatus field={input.field} version={result.current.version} conflict={result.current.text} oob />,
    );
  });

  return groups;
}
