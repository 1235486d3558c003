import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { agencies, questionnaireResponses } from '../../db/schema.ts';
import { checkRef, defineSection } from '../section.ts';
import { bundleErrorMap, formatPath } from '../problems.ts';
import { nowIso } from '../../lib/time.ts';
import { bundleKey, instant, text, textList } from '../primitives.ts';
import { checkTemplate } from '../../questionnaire/template.ts';
import { getProjectTemplate, saveProjectTemplate } from '../../questionnaire/queries.ts';
import { AGE_BAND_KEYS } from '../../lib/labels/questionnaire.ts';

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
const answers = z.record(
  z
    .string()
    .regex(
      /^[a-z][a-z0-9_]{0,62}(:other)?$/,
      '設問IDは半角英小文字で始まり、英小文字・数字・_ のみにしてください（「その他」の記述は <設問ID>:other）',
    ),
  z.unknown(),
);

const response = z
  .strictObject({
    agency: bundleKey,
    /** Extension: a draft is kept as typed (even invalid values) and counts in no aggregate. */
    status: z.enum(['submitted', 'draft']).optional(),
    submittedAt: instant.optional(),
    /** Extension: when a draft was last saved. */
    savedAt: instant.optional(),
    answers,
  })
  .superRefine((r, ctx) => {
    if (r.status === 'draft') {
      if (r.submittedAt !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['submittedAt'],
          message: '下書き（status: "draft"）には提出日時を指定できません',
        });
      return;
    }
    if (r.submittedAt === undefined)
      ctx.addIssue({ code: 'custom', path: ['submittedAt'], message: '提出済みの回答には必須の項目です' });
    if (r.savedAt !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['savedAt'],
        message: 'savedAt は下書き（status: "draft"）にだけ指定できます',
      });
    // submitted answers feed the aggregates, so the questions they rely on must be clean
    for (const [id, schema] of Object.entries(KNOWN_ANSWERS)) {
      if (!(id in r.answers)) continue;
      const result = schema.safeParse(r.answers[id], { error: bundleErrorMap });
      if (result.success) continue;
      for (const iss of result.error.issues) {
        const paths = iss.code === 'unrecognized_keys' ? iss.keys.map((k) => [...iss.path, k]) : [iss.path];
        for (const p of paths) ctx.addIssue({ code: 'custom', path: ['answers', id, ...p], message: iss.message });
      }
    }
  });

/** Extension: the project's own questionnaire template (absent while it uses the default). */
const template = z.unknown().superRefine((raw, ctx) => {
  const checked = checkTemplate(raw);
  if (!checked.ok)
    for (const error of checked.errors)
      ctx.addIssue({ code: 'custom', message: `設問テンプレートが正しくありません：${error}` });
});

const schema = z.strictObject({ template: template.optional(), responses: z.array(response) });

export type QuestionnairePart = z.infer<typeof schema>;

/** Questionnaire responses: submitted ones, and (extension) drafts with what was typed so far. */
export const questionnaireSection = defineSection<QuestionnairePart>({
  key: 'questionnaire',
  label: 'アンケート回答',
  schema,
  isEmpty: (v) => v.responses.length === 0 && v.template === undefined,
  check(value, ctx) {
    const seen = new Map<string, number>();
    value.responses.forEach((r, i) => {
      checkRef(ctx.agencies, r.agency, ['questionnaire', 'responses', i, 'agency'], '機関', ctx);
      const first = seen.get(r.agency);
      if (first !== undefined)
        ctx.problem(
          ['questionnaire', 'responses', i, 'agency'],
          `機関 ${JSON.stringify(r.agency)} の回答が重複しています（${formatPath(['questionnaire', 'responses', first])} と同じ機関）`,
        );
      else seen.set(r.agency, i);
    });
  },
  importer(db, value, ctx) {
    if (value.template !== undefined) {
      const checked = checkTemplate(value.template);
      if (checked.ok) saveProjectTemplate(db, ctx.projectId, checked.template);
    }
    for (const r of value.responses) {
      const draft = r.status === 'draft';
      db.insert(questionnaireResponses)
        .values({
          projectId: ctx.projectId,
          agencyId: ctx.agencyIds.get(r.agency)!,
          answers: r.answers,
          status: draft ? 'draft' : 'submitted',
          savedAt: (draft ? r.savedAt : r.submittedAt) ?? nowIso(),
          submittedAt: draft ? null : r.submittedAt!,
        })
        .run();
    }
  },
  exporter(db, ctx) {
    const rows = db
      .select({
        agencyId: questionnaireResponses.agencyId,
        status: questionnaireResponses.status,
        answers: questionnaireResponses.answers,
        submittedAt: questionnaireResponses.submittedAt,
        savedAt: questionnaireResponses.savedAt,
      })
      .from(questionnaireResponses)
      .innerJoin(agencies, eq(agencies.id, questionnaireResponses.agencyId))
      .where(eq(questionnaireResponses.projectId, ctx.projectId))
      .orderBy(asc(agencies.id))
      .all();
    const current = getProjectTemplate(db, ctx.projectId);
    return {
      ...(current.custom ? { template: current.template } : {}),
      responses: rows.map((r) => {
        const agency = ctx.agencyKeys.get(r.agencyId)!;
        return r.status === 'draft'
          ? { agency, status: 'draft' as const, savedAt: r.savedAt, answers: r.answers }
          : { agency, submittedAt: r.submittedAt ?? r.savedAt, answers: r.answers };
      }),
    };
  },
});
