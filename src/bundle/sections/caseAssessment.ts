// Bundle extension `cases[].assessment`: seed 004's standardised assessment, the person's and
// the family's, each `{ situation?, strengths?, needs?, wishes? }`. Blank aspects are left out.
import { z } from 'zod';
import { text } from '../primitives.ts';
import { ASSESSMENT_ASPECTS, ASSESSMENT_SUBJECTS, type AssessmentField } from '../../lib/labels/cases.ts';

const aspects = z.strictObject({
  situation: text(4000).optional(),
  strengths: text(4000).optional(),
  needs: text(4000).optional(),
  wishes: text(4000).optional(),
});

export const assessmentSchema = z.strictObject({ person: aspects.optional(), family: aspects.optional() });
export type AssessmentPart = z.infer<typeof assessmentSchema>;
type Aspect = keyof z.infer<typeof aspects>;

const pairs = ASSESSMENT_SUBJECTS.flatMap((s) =>
  ASSESSMENT_ASPECTS.map((a) => ({
    subject: s.key,
    aspect: a.key.toLowerCase() as Aspect,
    column: `${s.key}${a.key}` as AssessmentField,
  })),
);

/** The case sheet's eight assessment columns from a bundle entry ('' where absent). */
export function assessmentColumns(part: AssessmentPart | undefined): Record<AssessmentField, string> {
  return Object.fromEntries(pairs.map((p) => [p.column, part?.[p.subject]?.[p.aspect] ?? ''])) as Record<
    AssessmentField,
    string
  >;
}

/** The bundle entry for a case sheet's assessment, or undefined when every aspect is blank. */
export function assessmentPart(row: Record<AssessmentField, string>): AssessmentPart | undefined {
  const out: AssessmentPart = {};
  for (const p of pairs) if (row[p.column]) (out[p.subject] ??= {})[p.aspect] = row[p.column];
  return Object.keys(out).length ? out : undefined;
}
