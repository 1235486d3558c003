// /join: where a participant types the meeting's 6-digit code.
import { CsrfField, ErrorSummary, Field } from '../components/form.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { ParticipantLayout } from './participantLayout.tsx';
import { JOIN_PATH } from '../../src/lib/paths/live.ts';

export function JoinPage({ values, errors }: { values?: FormValues; errors?: FieldErrors }) {
  return (
    <ParticipantLayout title="会議に参加">
      <section class="narrow">
        <h1>会議に参加する</h1>
        <p>会場で案内された6桁の会議コードを入力してください。アカウントは不要です。</p>
        <ErrorSummary errors={errors} message={errors?._form} />
        <form method="post" action={JOIN_PATH} class="stack" novalidate>
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
    </ParticipantLayout>
  );
}
