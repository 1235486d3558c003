// Length limits of an answer form (agency link and staff entry), before anything is saved.
import type { FieldErrors, RawForm } from '../http/form.ts';
import { validate } from '../lib/validation.ts';
import { answerFormLimitsSchema } from './schemas.ts';

/** The form's length problems keyed by the question they belong to (`q1:other` → `q1`), or null. */
export function answerLengthErrors(form: RawForm): FieldErrors | null {
  const checked = validate(answerFormLimitsSchema, form);
  if (checked.ok) return null;
  return Object.fromEntries(Object.entries(checked.errors).map(([field, m]) => [field.split(/[:.]/)[0], m]));
}
