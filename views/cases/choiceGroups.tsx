// Checkbox and radio groups in a fieldset, with the error linked like Field's.
import type { FieldErrors, FormValues } from '../../src/http/form.ts';

type Option = { value: string; label: string };

function selected(values: FormValues | undefined, name: string): string[] {
  const v = values?.[name];
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

type GroupProps = {
  name: string;
  legend: string;
  options: readonly Option[];
  values?: FormValues;
  errors?: FieldErrors;
  hint?: string;
  required?: boolean;
  /** Error key when it differs from name (e.g. factors.goes_out). */
  errorKey?: string;
  inline?: boolean;
};

function Group(p: GroupProps & { type: 'checkbox' | 'radio' }) {
  const id = `f-${p.name}`;
  const err = p.errors?.[p.errorKey ?? p.name];
  const current = selected(p.values, p.name);
  const describedBy = [p.hint ? `${id}-hint` : '', err ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      class={`group${err ? ' has-error' : ''}${p.inline ? ' inline-group' : ''}`}
      id={id}
      aria-describedby={describedBy}
    >
      <legend>
        {p.legend}
        {p.required && <span class="req">必須</span>}
      </legend>
      {p.hint && (
        <p class="hint" id={`${id}-hint`}>
          {p.hint}
        </p>
      )}
      <div class="checks">
        {p.options.map((o) => (
          <label>
            <input
              type={p.type}
              name={p.name}
              value={o.value}
              checked={current.includes(o.value)}
              aria-invalid={err ? 'true' : undefined}
            />{' '}
            {o.label}
          </label>
        ))}
      </div>
      {err && (
        <p class="error" id={`${id}-error`} role="alert">
          {err}
        </p>
      )}
    </fieldset>
  );
}

export function CheckboxGroup(p: GroupProps) {
  return <Group {...p} type="checkbox" />;
}

export function RadioGroup(p: GroupProps) {
  return <Group {...p} type="radio" />;
}
