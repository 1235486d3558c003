import type { FieldErrors, FormValues } from '../../src/http/form.ts';
import type { Child } from 'hono/jsx';
import { useRequestContext } from 'hono/jsx-renderer';
import type { AppEnv } from '../../src/context.ts';

export function CsrfField() {
  const c = useRequestContext<AppEnv>();
  return <input type="hidden" name="_csrf" value={c.get('csrfToken')} />;
}

/** A create form's one-time token: posting the same form twice creates one thing (src/http/onceToken.ts). */
export function OnceField() {
  return <input type="hidden" name="_once" value={crypto.randomUUID()} />;
}

type FieldProps = {
  name: string;
  label: string;
  values?: FormValues;
  errors?: FieldErrors;
  type?: string;
  required?: boolean;
  hint?: string;
  autocomplete?: string;
  min?: number;
  max?: number;
  inputmode?: 'text' | 'email' | 'numeric' | 'decimal' | 'tel' | 'url' | 'search' | 'none';
  multiline?: boolean;
  rows?: number;
  /** URL of an inline validator (src/http/inlineValidation.tsx): htmx checks the field on change. */
  validate?: string;
};

function valueOf(values: FormValues | undefined, name: string): string {
  const v = values?.[name];
  return v === undefined || v === null ? '' : String(v);
}

/** The slot under a field that holds its error; inline validation replaces its content. */
export function FieldMessage({ name, error }: { name: string; error?: string }) {
  return error ? (
    <p class="error" id={`f-${name}-error`} role="alert">
      {error}
    </p>
  ) : null;
}

/** A labelled input whose error is announced and linked with aria-describedby. */
export function Field(p: FieldProps) {
  const id = `f-${p.name}`;
  const err = p.errors?.[p.name];
  const message = err ? `${id}-error` : p.validate ? `${id}-msg` : '';
  const describedBy = [p.hint ? `${id}-hint` : '', message].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: p.name,
    required: p.required,
    'aria-invalid': err ? 'true' : undefined,
    'aria-describedby': describedBy,
    ...(p.validate
      ? {
          'hx-post': p.validate,
          'hx-trigger': 'change',
          'hx-include': 'closest form',
          'hx-target': `#${id}-msg`,
          'hx-swap': 'innerHTML',
        }
      : {}),
  };
  return (
    <div class={`field${err ? ' has-error' : ''}`}>
      <label for={id}>
        {p.label}
        {p.required && <span class="req">必須</span>}
      </label>
      {p.hint && (
        <p class="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      {p.multiline ? (
        <textarea {...common} rows={p.rows ?? 4}>
          {valueOf(p.values, p.name)}
        </textarea>
      ) : (
        <input
          {...common}
          type={p.type ?? 'text'}
          value={p.type === 'password' ? '' : valueOf(p.values, p.name)}
          autocomplete={p.autocomplete}
          min={p.min}
          max={p.max}
          inputmode={p.inputmode}
        />
      )}
      {p.validate ? (
        <div id={`${id}-msg`} aria-live="polite">
          <FieldMessage name={p.name} error={err} />
        </div>
      ) : (
        <FieldMessage name={p.name} error={err} />
      )}
    </div>
  );
}

type SelectProps = {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  values?: FormValues;
  errors?: FieldErrors;
  required?: boolean;
  hint?: string;
};

export function Select(p: SelectProps) {
  const id = `f-${p.name}`;
  const err = p.errors?.[p.name];
  const current = valueOf(p.values, p.name);
  return (
    <div class={`field${err ? ' has-error' : ''}`}>
      <label for={id}>
        {p.label}
        {p.required && <span class="req">必須</span>}
      </label>
      {p.hint && (
        <p class="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      <select
        id={id}
        name={p.name}
        required={p.required}
        aria-invalid={err ? 'true' : undefined}
        aria-describedby={err ? `${id}-error` : p.hint ? `${id}-hint` : undefined}
      >
        {!p.required && <option value="">（選択してください）</option>}
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === current}>
            {o.label}
          </option>
        ))}
      </select>
      {err && (
        <p class="error" id={`${id}-error`} role="alert">
          {err}
        </p>
      )}
    </div>
  );
}

/**
 * The one summary at the top of a form that cannot be saved: the count of field errors, a message,
 * a message with a list of problems (`items`), or the caller's own content (`children`).
 */
export function ErrorSummary(props: { errors?: FieldErrors; message?: string; items?: Child[]; children?: Child }) {
  const count = props.errors ? Object.values(props.errors).filter(Boolean).length : 0;
  const items = props.items ?? [];
  if (!count && !props.message && !items.length && props.children === undefined) return null;
  return (
    <div class="alert error-summary" role="alert" tabindex={-1}>
      {props.children !== undefined ? (
        props.children
      ) : items.length ? (
        <>
          <p>{props.message}</p>
          <ul>
            {items.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        </>
      ) : (
        (props.message ?? `入力内容に${count}件の問題があります。各項目の説明をご確認ください。`)
      )}
    </div>
  );
}

export function Notice({ children, kind = 'info' }: { children: Child; kind?: 'info' | 'success' | 'warn' }) {
  return (
    <div class={`alert ${kind}`} role="status">
      {children}
    </div>
  );
}
