// Reads the case-study sheet form: one textarea per slot plus the version and a hash of the text
// it was loaded with, so untouched fields are never written (and never reported as conflicts).
import { z } from 'zod';
import { createHash } from 'node:crypto';
import type { FieldErrors, RawForm } from '../http/form.ts';
import { text } from '../lib/validation.ts';
import { ENTRY_MAX } from '../lib/labels/caseStudies.ts';

export const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

const entrySchema = z.object({
  text: text(ENTRY_MAX, 'この欄'),
  version: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
  baseHash: z.string().regex(/^[0-9a-f]{16}$/),
});

/**
 * Entries found in the form, with per-field errors keyed by `t.<slot>`. Which slots the sheet
 * has is the command's to check (saveCaseStudySheet keeps only those, errors included).
 */
export function parseSheetForm(form: RawForm) {
  const entries: { slot: string; text: string; version: number; baseHash: string }[] = [];
  const errors: FieldErrors = {};
  for (const key of Object.keys(form)) {
    if (!key.startsWith('t.')) continue;
    const slot = key.slice(2);
    const parsed = entrySchema.safeParse({ text: form[key], version: form[`v.${slot}`], baseHash: form[`h.${slot}`] });
    if (parsed.success) entries.push({ slot, ...parsed.data });
    else
      errors[key] = parsed.error.issues.some((i) => i.path[0] === 'text')
        ? `${ENTRY_MAX}文字以内で入力してください`
        : 'ページを再読み込みしてから入力してください';
  }
  return { entries, errors };
}
