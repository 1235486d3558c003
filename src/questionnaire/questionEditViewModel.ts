// What the question edit page shows: the form filled from a question, and a refused edit's problems.
import type { FieldErrors, FormValues } from '../http/form.ts';
import type { Question } from './template.ts';

/** The question edit form filled from the question. */
export function questionEditValues(q: Question): FormValues {
  const choices = q.type === 'single' || q.type === 'multi' ? q.options : [];
  return {
    label: q.label,
    help: q.help,
    required: q.required ? 'on' : '',
    options: choices.join('\n'),
    other: q.type === 'multi' && q.other ? 'on' : '',
    min: q.type === 'number' ? (q.min ?? '') : '',
    max: q.type === 'number' ? (q.max ?? '') : '',
    unit: q.type === 'number' || q.type === 'age_bands' ? q.unit : '',
    long: q.type === 'text' && q.long ? 'on' : '',
  };
}

/** Field of the per-question form that a template error path points at. */
function fieldOfPath(problem: string): string | null {
  const m = /^sections\[\d+\]\.questions\[\d+\]\.(\w+)/.exec(problem);
  return m && ['label', 'help', 'options', 'min', 'max', 'unit'].includes(m[1]) ? m[1] : null;
}

/** A refused edit's problems: those about one field next to it, the rest above the form. */
export function questionEditErrors(problems: string[]): { errors: FieldErrors; problems: string[] } {
  const errors: FieldErrors = {};
  for (const p of problems) {
    const field = fieldOfPath(p);
    if (field) errors[field] ??= p.replace(/^[^:]+: /, '');
  }
  return { errors, problems: problems.filter((p) => !fieldOfPath(p)) };
}
