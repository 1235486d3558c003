// The questionnaire form (agency and staff-on-behalf use the same one) and the read-only
// answer list. Inputs are plain HTML; htmx only adds autosave.
import type { Child } from 'hono/jsx';
import { CsrfField, ErrorSummary } from '../components/form.tsx';
import { ageBandTotal, type Answers } from '../../src/questionnaire/answers.ts';
import { allQuestions, choicesOf, type Question, type Template } from '../../src/questionnaire/template.ts';
import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import { AGE_BANDS, bandKey, OTHER_OPTION, otherKey } from '../../src/questionnaire/labels.ts';
import { formatDateTime } from '../../src/lib/format.ts';

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
  answers,
}: {
  q: Question;
  values: FormValues;
  errors: FieldErrors;
  answers: Answers;
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
            {choicesOf(q).map((option) => (
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
              <label for={fid(otherKey(q.id))}>「{OTHER_OPTION}」の内容</label>
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
          <AgeBandTotalOutput id={q.id} total={ageBandTotal(answers[q.id])} unit={q.unit} />
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
  return (
    <p id="autosave-status" class="autosave-status" role="status" aria-live="polite">
      {message ?? (savedAt ? `下書きを保存しました ${time}` : '入力内容は自動的に下書き保存されます')}
    </p>
  );
}

/** Where each error is: the question (and band or "その他" box) with a link to the field. */
function errorPlaces(template: Template, errors: FieldErrors): { href: string; label: string; message: string }[] {
  const places: { href: string; label: string; message: string }[] = [];
  for (const q of allQuestions(template)) {
    const at = (name: string, label: string) => {
      const message = errors[name];
      if (message) places.push({ href: `#${fid(name)}`, label, message });
    };
    at(q.id, q.label);
    if (q.type === 'multi') at(otherKey(q.id), `${q.label}（「${OTHER_OPTION}」の内容）`);
    if (q.type === 'age_bands') {
      // one line per message, naming the bands, so nine blank bands do not make nine lines
      const byMessage = new Map<string, { first: string; bands: string[] }>();
      for (const b of AGE_BANDS) {
        const message = errors[bandKey(q.id, b.key)];
        if (!message) continue;
        const entry = byMessage.get(message) ?? { first: bandKey(q.id, b.key), bands: [] };
        entry.bands.push(b.label);
        byMessage.set(message, entry);
      }
      for (const [message, e] of byMessage)
        places.push({ href: `#${fid(e.first)}`, label: `${q.label}（${e.bands.join('・')}）`, message });
    }
  }
  return places;
}

function SubmitErrors({ template, errors }: { template: Template; errors: FieldErrors }) {
  const places = errorPlaces(template, errors);
  if (!places.length) return null;
  return (
    <ErrorSummary
      message={`提出できませんでした。${places.length}件の問題があります。入力内容は下書きとして保存されています。`}
      items={places.map((p) => (
        <>
          <a href={p.href}>{p.label}</a>：{p.message}
        </>
      ))}
    />
  );
}

export function QuestionnaireForm(props: {
  template: Template;
  answers: Answers;
  values: FormValues;
  errors?: FieldErrors;
  action: string;
  /** Present on the agency side: the form posts there on every change. */
  autosaveUrl?: string;
  savedAt?: string | null;
  submitLabel?: string;
  children?: Child;
}) {
  const errors = props.errors ?? {};
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
    <form method="post" action={props.action} class="questionnaire" novalidate {...autosave}>
      <CsrfField />
      <SubmitErrors template={props.template} errors={errors} />
      {props.template.sections.map((s) => (
        <section class="q-section">
          <h2>{s.heading}</h2>
          {s.help && <p class="hint">{s.help}</p>}
          {s.questions.map((q) => (
            <QuestionInput q={q} values={props.values} errors={errors} answers={props.answers} />
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

function answerText(q: Question, answers: Answers): string {
  const v = answers[q.id];
  if (v === undefined || v === null || v === '') return '';
  if (q.type === 'multi' && Array.isArray(v)) {
    const other = answers[otherKey(q.id)];
    return v.map((o) => (o === OTHER_OPTION && other ? `${OTHER_OPTION}（${String(other)}）` : String(o))).join('、');
  }
  if (q.type === 'number') return `${String(v)}${q.unit ? ` ${q.unit}` : ''}`;
  return String(v);
}

/** Read-only answers (submitted responses, closed windows, staff viewing). */
export function AnswerList({ template, answers }: { template: Template; answers: Answers }) {
  return (
    <div class="answers">
      {template.sections.map((s) => (
        <section class="q-section">
          <h2>{s.heading}</h2>
          <dl class="answer-list">
            {s.questions.map((q) => {
              if (q.type === 'age_bands') {
                const bands = (answers[q.id] ?? {}) as Record<string, unknown>;
                return (
                  <>
                    <dt>{q.label}</dt>
                    <dd>
                      <table class="band-table">
                        <thead>
                          <tr>
                            {AGE_BANDS.map((b) => (
                              <th scope="col" class="num">
                                {b.label}
                              </th>
                            ))}
                            <th scope="col" class="num">
                              合計
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          <tr>
                            {AGE_BANDS.map((b) => (
                              <td class="num">{bands[b.key] === undefined ? '—' : String(bands[b.key])}</td>
                            ))}
                            <td class="num">{ageBandTotal(bands)}</td>
                          </tr>
                        </tbody>
                      </table>
                    </dd>
                  </>
                );
              }
              const text = answerText(q, answers);
              return (
                <>
                  <dt>{q.label}</dt>
                  <dd class={q.type === 'text' ? 'prewrap' : undefined}>
                    {text || <span class="muted">（未回答）</span>}
                  </dd>
                </>
              );
            })}
          </dl>
        </section>
      ))}
    </div>
  );
}
