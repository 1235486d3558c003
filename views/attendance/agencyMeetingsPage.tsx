// The agency's meetings on its own link: reply 出席/欠席 (人数, names optional) and read the issued minutes.
import { CsrfField, ErrorSummary, FieldMessage, Notice } from '../components/form.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import type { Meeting } from '../../src/meetings/queries.ts';
import { Layout } from '../layout/layout.tsx';
import { formatDate } from '../../src/lib/format.ts';
import { agencyPortalPath } from '../../src/lib/paths/agencies.ts';
import { agencyMinutesPath, agencyRsvpPath } from '../../src/lib/paths/attendance.ts';
import { RSVP_LABEL } from '../../src/lib/labels/attendance.ts';
import { MEETING_KIND_LABEL } from '../../src/lib/labels/meetings.ts';

export type AgencyMeetingRow = {
  id: number;
  title: string;
  kind: Meeting['kind'];
  date: string;
  place: string;
  past: boolean;
  rsvp: 'attend' | 'absent' | null;
  headcount: number | null;
  names: string;
  minutesVersion: number | null;
};

function RsvpForm(p: { token: string; m: AgencyMeetingRow; values?: FormValues; errors?: FieldErrors }) {
  const v = p.values ?? { rsvp: p.m.rsvp ?? '', headcount: p.m.headcount ?? '', names: p.m.names };
  const id = (s: string) => `m${p.m.id}-${s}`;
  return (
    <form method="post" action={agencyRsvpPath(p.token, p.m.id)}>
      <CsrfField />
      <ErrorSummary errors={p.errors} />
      <fieldset>
        <legend>出欠</legend>
        {(['attend', 'absent'] as const).map((r) => (
          <label class="check">
            <input type="radio" name="rsvp" value={r} checked={v.rsvp === r} required /> {RSVP_LABEL[r]}
          </label>
        ))}
        <FieldMessage name={id('rsvp')} error={p.errors?.rsvp} />
      </fieldset>
      <div class="field">
        <label for={id('headcount')}>出席人数（出席の場合）</label>
        <input
          id={id('headcount')}
          name="headcount"
          type="number"
          min={1}
          max={20}
          inputmode="numeric"
          value={String(v.headcount ?? '')}
        />
        <FieldMessage name={id('headcount')} error={p.errors?.headcount} />
      </div>
      <div class="field">
        <label for={id('names')}>出席者のお名前（任意）</label>
        <input id={id('names')} name="names" value={String(v.names ?? '')} />
      </div>
      <button type="submit" class="primary">
        {p.m.rsvp ? '回答を変更する' : '回答する'}
      </button>
    </form>
  );
}

export function AgencyMeetingsPage(p: {
  token: string;
  agencyName: string;
  meetings: AgencyMeetingRow[];
  sent?: boolean;
  failed?: { meetingId: number; values: FormValues; errors: FieldErrors };
}) {
  return (
    <Layout title="会議の出欠・議事録" bare>
      <p>
        <a href={agencyPortalPath(p.token)}>← {p.agencyName} 様のページへ戻る</a>
      </p>
      <h1>会議の出欠・議事録</h1>
      {p.sent && <Notice kind="success">出欠の回答を受け付けました。ありがとうございます。</Notice>}
      {p.meetings.length === 0 && <p class="empty">ご案内している会議はまだありません。</p>}
      {p.meetings.map((m) => (
        <section class="card" id={`meeting-${m.id}`}>
          <h2>
            {m.title}（{formatDate(m.date)}）
          </h2>
          <p class="muted">
            {MEETING_KIND_LABEL[m.kind]}
            {m.place && `・${m.place}`}
          </p>
          {m.rsvp && (
            <p>
              ご回答：<strong>{RSVP_LABEL[m.rsvp]}</strong>
              {m.headcount ? `（${m.headcount}名）` : ''}
            </p>
          )}
          {!m.past && (
            <RsvpForm
              token={p.token}
              m={m}
              values={p.failed?.meetingId === m.id ? p.failed.values : undefined}
              errors={p.failed?.meetingId === m.id ? p.failed.errors : undefined}
            />
          )}
          {m.minutesVersion !== null ? (
            <p>
              <a href={agencyMinutesPath(p.token, m.id)}>議事録を読む（第{m.minutesVersion}版）</a>
            </p>
          ) : (
            m.past && <p class="muted">議事録はまだ発行されていません。</p>
          )}
        </section>
      ))}
    </Layout>
  );
}
