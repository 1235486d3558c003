// Editing one card of a group sheet; after a conflicting edit, shows the current text.
import { CsrfField, ErrorSummary, Field } from '../components/form.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { ParticipantLayout } from './participantLayout.tsx';
import type { LiveGroup } from '../../src/live/groupQueries.ts';
import type { LiveCard } from '../../src/live/cardQueries.ts';
import { sheetCardPath, sheetPath } from '../../src/lib/paths/live.ts';

export function CardEditPage(p: {
  code: string;
  group: LiveGroup;
  card: LiveCard;
  values: FormValues;
  errors?: FieldErrors;
  conflict?: LiveCard;
}) {
  const cardPath = sheetCardPath(p.code, p.group.id, p.card.id);
  return (
    <ParticipantLayout title="カードを編集">
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
        <form method="post" action={cardPath} class="stack" novalidate>
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
            <a href={`${sheetPath(p.code, p.group.id)}#p-card-${p.card.id}`}>戻る</a>
          </div>
        </form>
      </section>
    </ParticipantLayout>
  );
}
