import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { agencies, questionnaireResponses } from '../../db/schema.ts';
import { AGE_BAND_KEYS } from '../../questionnaire/ageBands.ts';
import { checkRef, defineSection } from '../section.ts';
import { bundleErrorMap, formatPath } from '../problems.ts';
import { bundleKey, instant, text, textList } from '../primitives.ts';

const count = z.number().int().min(0).max(1_000_000);

const caseload = z.strictObject(Object.fromEntries(AGE_BAND_KEYS.map((b) => [b, count.optional()])), {
  error: (iss) => (iss.code === 'unrecognized_keys' ? `年齢帯は ${AGE_BAND_KEYS.join(' / ')} のいずれか` : undefined),
});

/** Questions of the default template the aggregates rely on; answers to other questions pass as given. */
const KNOWN_ANSWERS: Record<string, z.ZodType> = {
  caseload_by_age_band: caseload,
  total_contacts: count,
  professions: textList(100, 200),
  support_content: textList(100, 200),
  challenges: text(20000),
};

// A record (not an object schema) so the answers are stored exactly as given, key order included;
// templates may hold more questions than the ones checked here. `<id>:other` holds a multiple
// choice's "その他" text (src/questionnaire/answers.ts).
const answers = z
  .record(z.string().regex(/^[a-z][a-z0-9_]{0,62}(:other)?$/, '設問IDは半角英小文字で始まり、英小文字・数字・_ のみにしてください（「その他」の記述は <設問ID>:other）'), z.unknown())
  .superRefine((value, ctx) => {
    for (const [id, schema] of Object.entries(KNOWN_ANSWERS)) {
      if (!(id in value)) continue;
      const r = schema.safeParse(value[id], { error: bundleErrorMap });
      if (r.success) continue;
      for (const iss of r.error.issues) {
        const paths = iss.code === 'unrecognized_keys' ? iss.keys.map((k) => [...iss.path, k]) : [iss.path];
        for (const p of paths) ctx.addIssue({ code: 'custom', path: [id, ...p], message: iss.message });
      }
    }
  });

const response = z.strictObject({ agency: bundleKey, submittedAt: instant, answers });

const schema = z.strictObject({ responses: z.array(response) });

export type QuestionnairePart = z.infer<typeof schema>;

/** Submitted questionnaire responses (drafts are not part of the exchange format). */
export const questionnaireSection = defineSection<QuestionnairePart>({
  key: 'questionnaire',
  label: 'アンケート回答',
  schema,
  isEmpty: (v) => v.responses.length === 0,
  check(value, ctx) {
    const seen = new Map<string, number>();
    value.responses.forEach((r, i) => {
      checkRef(ctx.agencies, r.agency, ['questionnaire', 'responses', i, 'agency'], '機関', ctx);
      const first = seen.get(r.agency);
      if (first !== undefined)
        ctx.problem(['questionnaire', 'responses', i, 'agency'], `機関 ${JSON.stringify(r.agency)} の回答が重複しています（${formatPath(['questionnaire', 'responses', first])} と同じ機関）`);
      else seen.set(r.agency, i);
    });
  },
  importer(db, value, ctx) {
    for (const r of value.responses) {
      db.insert(questionnaireResponses)
        .values({
          projectId: ctx.projectId,
          agencyId: ctx.agencyIds.get(r.agency)!,
          answers: r.answers,
          status: 'submitted',
          savedAt: r.submittedAt,
          submittedAt: r.submittedAt,
        })
        .run();
    }
  },
  exporter(db, ctx) {
    const rows = db
      .select({ agencyId: questionnaireResponses.agencyId, answers: questionnaireResponses.answers, submittedAt: questionnaireResponses.submittedAt, savedAt: questionnaireResponses.savedAt })
      .from(questionnaireResponses)
      .innerJoin(agencies, eq(agencies.id, questionnaireResponses.agencyId))
      .where(and(eq(questionnaireResponses.projectId, ctx.projectId), eq(questionnaireResponses.status, 'submitted')))
      .orderBy(asc(agencies.id))
      .all();
    return {
      responses: rows.map((r) => ({ agency: ctx.agencyKeys.get(r.agencyId)!, submittedAt: r.submittedAt ?? r.savedAt, answers: r.answers })),
    };
  },
});
