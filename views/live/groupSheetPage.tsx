// /m/<code>/g/<gid>: a participant's group sheet, kept up to date over SSE.
import type { BoardView } from '../../src/live/boardViewModel.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { ParticipantLayout } from './participantLayout.tsx';
import { CardForm, ParticipantSheet, ParticipantState } from './groupSheet.tsx';
import type { LiveGroup } from '../../src/live/groupQueries.ts';
import { GroupLiveSheet, type FieldValue } from './liveSheet.tsx';
import { participantPath } from '../../src/lib/paths/live.ts';

export function GroupSheetPage(p: {
  code: string;
  title: string;
  group: LiveGroup;
  board: BoardView;
  eventsUrl: string;
  csrf: string;
  me: number;
  fields: Map<string, FieldValue>;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { current } = p.board;
  return (
    <ParticipantLayout title={`${p.group.name}のシート`}>
      <div class="p-page" hx-ext="sse" sse-connect={p.eventsUrl} sse-close="closed">
        <div sse-swap="state,card,field" hx-swap="none" hidden></div>
        <p class="muted p-meeting">
          {p.title}・<a href={participantPath(p.code)}>グループを変更</a>
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
        <GroupLiveSheet code={p.code} groupId={p.group.id} me={p.me} fields={p.fields} />
      </div>
      <p class="live-offline" role="status">
        接続が切れました。再接続しています…
      </p>
    </ParticipantLayout>
  );
}
