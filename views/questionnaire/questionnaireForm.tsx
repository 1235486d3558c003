// The questionnaire form (agency and staff-on-behalf use the same one). Inputs are plain HTML;
// htmx only adds autosave.
import type { Child } from 'hono/jsx';
import { CsrfField, ErrorSummary } from '../components/form.tsx';
import type { Question } from '../../src/questionnaire/template.ts';
import type { QuestionnaireFormView } from '../../src/questionnaire/formViewModel.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { AGE_BANDS, bandKey, otherKey } from '../../src/lib/labels/questionnaire.ts';

const fid = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function str(values: FormValues, name: string): string {
  const v = values[name];
  return v === undefined || v === null ? '' : String(v);
}

function list(values: FormValues, name: string): string[] {
  const v = values[name];
  return Array.isArray(v) ? v.map(String) : v ? [String(v)] : [];
}

function ErrorText({ name, errors }: { name: string; errors: FieldErrors }) {
  const err = errors[name];
  return err ? (
    <p class="error" id={`${fid(name)}-error`} role="alert">
      {err}
    </p>
  ) : null;
}

function describedBy(name: string, q: Question, errors: FieldErrors): string | undefined {
  return (
    [q.help ? `${fid(q.id)}-help` : '', errors[name] ? `${fid(name)}-error` : ''].filter(Boolean).join(' ') || undefined
  );
}

function Help({ q }: { q: Question }) {
  return q.help ? (
    <p class="hint" id={`${fid(q.id)}-help`}>
      {q.help}
    </p>
  ) : null;
}

function Req({ q }: { q: Question }) {
  return q.required ? <span class="req">必須</span> : null;
}

/** A question answered in one input: its label with the required mark, help, the input, its error. */
function OneInputQuestion({ q, errors, children }: { q: Question; errors: FieldErrors; children: Child }) {
  return (
    <div class={`field question${errors[q.id] ? ' has-error' : ''}`}>
      <label for={fid(q.id)}>
        {q.label}
        <Req q={q} />
      </label>
      <Help q={q} />
      {children}
      <ErrorText name={q.id} errors={errors} />
    </div>
  );
}

/** Total of an age-band question, replaced out-of-band by each autosave. */
export function AgeBandTotalOutput({
  id,
  total,
  unit,
  oob,
}: {
  id: string;
  total: number;
  unit: string;
  oob?: boolean;
}) {
  return (
    <output id={`total-${id}`} class="band-total" aria-live="polite" hx-swap-oob={oob ? 'true' : undefined}>
      合計 <strong>{total}</strong> {unit}
    </output>
  );
}

function QuestionInput({
  q,
  values,
  errors,
  choices,
  bandTotal,
  otherOption,
}: {
  q: Question;
  values: FormValues;
  errors: FieldErrors;
  choices: string[];
  bandTotal: number;
  otherOption: string;
}) {
  const id = fid(q.id);
  const hasErr = Boolean(errors[q.id]);
  switch (q.type) {
    case 'single':
    case 'multi': {
      const picked = list(values, q.id);
      const other = q.type === 'multi' && q.other;
      return (
        <fieldset
          class={`question${hasErr ? ' has-error' : ''}`}
          id={id}
          aria-describedby={describedBy(q.id, q, errors)}
        >
          <legend>
            {q.label}
            <Req q={q} />
          </legend>
          <Help q={q} />
          <div class="choices">
            {choices.map((option) => (
              <label>
                <input
                  type={q.type === 'single' ? 'radio' : 'checkbox'}
                  name={q.id}
                  value={option}
                  checked={picked.includes(option)}
                />
                {option}
              </label>
            ))}
          </div>
          {other && (
            <div class={`other-text${errors[otherKey(q.id)] ? ' has-error' : ''}`}>
              <label for={fid(otherKey(q.id))}>「{otherOption}」の内容</label>
              <input
                type="text"
                id={fid(otherKey(q.id))}
                name={otherKey(q.id)}
                value={str(values, otherKey(q.id))}
                aria-invalid={errors[otherKey(q.id)] ? 'true' : undefined}
                aria-describedby={errors[otherKey(q.id)] ? `${fid(otherKey(q.id))}-error` : undefined}
              />
              <ErrorText name={otherKey(q.id)} errors={errors} />
            </div>
          )}
          <ErrorText name={q.id} errors={errors} />
        </fieldset>
      );
    }
    case 'number':
      return (
        <OneInputQuestion q={q} errors={errors}>
          <span class="with-unit">
            <input
              type="text"
              inputmode="numeric"
              id={id}
              name={q.id}
              value={str(values, q.id)}
              aria-invalid={hasErr ? 'true' : undefined}
              aria-describedby={describedBy(q.id, q, errors)}
            />
            {q.unit && <span class="unit">{q.unit}</span>}
          </span>
        </OneInputQuestion>
      );
    case 'age_bands': {
      return (
        <fieldset class="question" id={id} aria-describedby={q.help ? `${id}-help` : undefined}>
          <legend>
            {q.label}
            <Req q={q} />
          </legend>
          <Help q={q} />
          <div class="bands">
            {AGE_BANDS.map((b) => {
              const name = bandKey(q.id, b.key);
              return (
                <div class={`band${errors[name] ? ' has-error' : ''}`}>
                  <label for={fid(name)}>{b.label}</label>
                  <span class="with-unit">
                    <input
                      type="text"
                      inputmode="numeric"
                      id={fid(name)}
                      name={name}
                      value={str(values, name)}
                      data-band-of={q.id}
                      aria-invalid={errors[name] ? 'true' : undefined}
                      aria-describedby={errors[name] ? `${fid(name)}-error` : undefined}
                    />
                    <span class="unit">{q.unit}</span>
                  </span>
                  <ErrorText name={name} errors={errors} />
                </div>
              );
            })}
          </div>
          <AgeBandTotalOutput id={q.id} total={bandTotal} unit={q.unit} />
        </fieldset>
      );
    }
    case 'text': {
      const common = {
        id,
        name: q.id,
        'aria-invalid': hasErr ? 'true' : undefined,
        'aria-describedby': describedBy(q.id, q, errors),
      };
      return (
        <OneInputQuestion q={q} errors={errors}>
          {q.long ? (
            <textarea {...common} rows={5}>
              {str(values, q.id)}
            </textarea>
          ) : (
            <input type="text" {...common} value={str(values, q.id)} />
          )}
        </OneInputQuestion>
      );
    }
  }
}

/** "下書きを保存しました 10:32" — the autosave target and its answer. */
export function AutosaveStatus({ savedAt, message }: { savedAt?: string | null; message?: string }) {
  const time = savedAt ? formatDateTime(savedAt).slice(-5) : '';
  // a message means the draft was not saved: static/app.js keeps the leave warning then
  return (
    <p
      id="autosave-status"
      class="autosave-status"
      role="status"
      aria-live="polite"
      {...(message ? { 'data-not-saved': true } : {})}
    >
      {message ?? (savedAt ? `下書きを保存しました ${time}` : '入力内容は自動的に下書き保存されます')}
    </p>
  );
}

function SubmitErrors({ places }: { places: QuestionnaireFormView['errorPlaces'] }) {
  if (!places.length) return null;
  return (
    <ErrorSummary
      message={`提出できませんでした。${places.length}件の問題があります。入力内容は下書きとして保存されています。`}
      items={places.map((p) => (
        <>
          <a href={`#${fid(p.field)}`}>{p.label}</a>：{p.message}
        </>
      ))}
    />
  );
}

export function QuestionnaireForm(props: {
  view: QuestionnaireFormView;
  action: string;
  /** Present on the agency side: the form posts there on every change. */
  autosaveUrl?: string;
  savedAt?: string | null;
  submitLabel?: string;
  children?: Child;
}) {
  const { view } = props;
  const errors = view.errors;
  const autosave = props.autosaveUrl
    ? {
        'hx-post': props.autosaveUrl,
        'hx-trigger': 'change, keyup changed delay:1s',
        'hx-target': '#autosave-status',
        'hx-swap': 'outerHTML',
        // saves go out one after another so an older draft never overwrites a newer one
        'hx-sync': 'this:queue last',
      }
    : {};
  return (
    <form method="post" action={props.action} class="questionnaire" novalidate data-unsaved-warning {...autosave}>
      <CsrfField />
      <SubmitErrors places={view.errorPlaces} />
      {view.template.sections.map((s) => (
        <section class="q-section">
          <h2>{s.heading}</h2>
          {s.help && <p class="hint">{s.help}</p>}
          {s.questions.map((q) => (
            <QuestionInput
              q={q}
              values={view.values}
              errors={errors}
              choices={view.choices[q.id]}
              bandTotal={view.bandTotals[q.id]}
              otherOption={view.otherOption}
            />
          ))}
        </section>
      ))}
      {props.children}
      <div class="form-footer">
        {props.autosaveUrl && <AutosaveStatus savedAt={props.savedAt} />}
        <div class="actions">
          <button type="submit" name="_intent" value="draft">
            下書き保存
          </button>
          <button type="submit" name="_intent" value="submit" class="primary">
            {props.submitLabel ?? '提出する'}
          </button>
        </div>
      </div>
    </form>
  );
}
