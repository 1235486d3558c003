// /m/<code>: a participant chooses (or names) their group and, optionally, their agency.
import { CsrfField, ErrorSummary, Field, Select } from '../components/form.tsx';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { ParticipantLayout } from './participantLayout.tsx';
import type { GroupOption } from '../../src/live/participantViewModel.ts';
import { GROUP_NAME_MAX } from '../../src/lib/labels/live.ts';
import { participantPath } from '../../src/lib/paths/live.ts';

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
    <ParticipantLayout title="グループを選ぶ">
      <section class="narrow">
        <p class="muted">{p.title}</p>
        <h1>グループを選んでください</h1>
        <ErrorSummary errors={p.errors} />
        <form method="post" action={participantPath(p.code)} class="stack" novalidate>
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
    </ParticipantLayout>
  );
}
