import type { Context } from 'hono';
import type { ZodType } from 'zod';
import { FieldMessage } from '../../views/components/form.tsx';
import { validate } from '../lib/validation.ts';
import { readForm } from './form.ts';

/**
 * htmx inline validation: a field posts the whole form on change (Field's `validate` prop);
 * the form is checked with the same schema as the real submit and only the message of the
 * field that changed comes back, so untouched fields stay quiet. Nothing is saved.
 */
export function inlineValidator(schema: ZodType) {
  return async (c: Context) => {
    const name = c.req.header('HX-Trigger-Name') ?? '';
    const parsed = validate(schema, await readForm(c));
    const error = parsed.ok || !/^[A-Za-z0-9_]+$/.test(name) ? undefined : parsed.errors[name];
    return c.html(error ? <FieldMessage name={name} error={error} /> : '');
  };
}
