// The questionnaire template as data. A project uses the default template (defaultTemplate.ts)
// until staff copy it; the copy is stored as JSON and always re-validated with this schema.
import { z } from 'zod';
// zod's Japanese messages are configured there; templates may be validated before any route runs
import '../lib/validation.ts';

export const TEMPLATE_FORMAT = 'renkei-questionnaire/1';

/** Label of the option that comes with a free-text box on multiple-choice questions. */
export const OTHER_OPTION = 'その他';

const QUESTION_ID = /^[a-z][a-z0-9_]{0,62}$/;

const optionList = z
  .array(z.string().trim().min(1, '選択肢が空です').max(200, '選択肢は200文字以内にしてください'))
  .min(1, '選択肢が1つもありません')
  .superRefine((options, ctx) => {
    const seen = new Set<string>();
    options.forEach((o, i) => {
      if (seen.has(o)) ctx.addIssue({ code: 'custom', path: [i], message: `選択肢「${o}」が重複しています` });
      seen.add(o);
    });
  });

const common = {
  id: z.string().regex(QUESTION_ID, '設問IDは半角英小文字で始まり、英小文字・数字・_ のみ（63文字以内）にしてください'),
  label: z.string().trim().min(1, '設問文が空です').max(500, '設問文は500文字以内にしてください'),
  help: z.string().trim().max(1000, '補足説明は1000文字以内にしてください').default(''),
  required: z.boolean().default(false),
};

const singleChoice = z.strictObject({ ...common, type: z.literal('single'), options: optionList });

const multipleChoice = z.strictObject({
  ...common,
  type: z.literal('multi'),
  options: optionList,
  /** Adds the "その他" option with a free-text box; the options list must not contain it too. */
  other: z.boolean().default(false),
});

const numberQuestion = z
  .strictObject({
    ...common,
    type: z.literal('number'),
    min: z.number().int('最小値は整数にしてください').optional(),
    max: z.number().int('最大値は整数にしてください').optional(),
    unit: z.string().trim().max(20, '単位は20文字以内にしてください').default(''),
  })
  .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, {
    message: '最小値が最大値より大きくなっています',
    path: ['min'],
  });

const ageBandQuestion = z.strictObject({
  ...common,
  type: z.literal('age_bands'),
  unit: z.string().trim().max(20, '単位は20文字以内にしてください').default('人'),
});

const textQuestion = z.strictObject({
  ...common,
  type: z.literal('text'),
  long: z.boolean().default(false),
  maxLength: z.number().int().min(1).max(20000).default(2000),
  /** Summaries may show which agency wrote each answer (otherwise 「機関名なし」). */
  shareable: z.boolean({ error: 'shareable は true / false にしてください' }).optional(),
});

const QUESTION_TYPES = ['single', 'multi', 'number', 'age_bands', 'text'] as const;

const question = z.discriminatedUnion(
  'type',
  [singleChoice, multipleChoice, numberQuestion, ageBandQuestion, textQuestion],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `設問の種類が不明です（${QUESTION_TYPES.join(' / ')} のいずれか）` : undefined,
  },
);

const section = z.strictObject({
  heading: z.string().trim().min(1, '見出しが空です').max(200, '見出しは200文字以内にしてください'),
  help: z.string().trim().max(2000, '説明は2000文字以内にしてください').default(''),
  questions: z.array(question).min(1, '設問が1つもない節があります'),
});

export const templateSchema = z
  .strictObject({
    format: z.literal(TEMPLATE_FORMAT, { error: `format は "${TEMPLATE_FORMAT}" にしてください` }),
    title: z.string().trim().min(1, 'タイトルが空です').max(200),
    intro: z.string().trim().max(4000).default(''),
    sections: z.array(section).min(1, '節が1つもありません'),
  })
  .superRefine((t, ctx) => {
    for (const issue of duplicateIdIssues(t)) ctx.addIssue({ code: 'custom', ...issue });
    t.sections.forEach((s, si) =>
      s.questions.forEach((q, qi) => {
        if (q.type === 'multi' && q.other && q.options.includes(OTHER_OPTION)) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', si, 'questions', qi, 'options'],
            message: `「${OTHER_OPTION}」は other: true で自動的に加わるため、選択肢に含めないでください`,
          });
        }
      }),
    );
  });

/** Duplicate question ids; works on unvalidated input too so they are reported with other errors. */
function duplicateIdIssues(raw: unknown): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const sections = (raw as { sections?: unknown })?.sections;
  if (!Array.isArray(sections)) return issues;
  const seen = new Map<string, string>();
  sections.forEach((s, si) => {
    const questions = (s as { questions?: unknown })?.questions;
    if (!Array.isArray(questions)) return;
    questions.forEach((q, qi) => {
      const id = (q as { id?: unknown })?.id;
      if (typeof id !== 'string') return;
      const at = `sections[${si}].questions[${qi}]`;
      if (seen.has(id))
        issues.push({
          path: ['sections', si, 'questions', qi, 'id'],
          message: `設問ID「${id}」が重複しています（${seen.get(id)} と同じ）`,
        });
      else seen.set(id, at);
    });
  });
  return issues;
}

export type Template = z.infer<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
export type Section = Template['sections'][number];
export type Question = Section['questions'][number];
export type QuestionType = Question['type'];

export type TemplateCheck = { ok: true; template: Template } | { ok: false; errors: string[] };

/** Validates a template, returning every problem as "path: 理由" so staff can fix them at once. */
export function checkTemplate(raw: unknown): TemplateCheck {
  const result = templateSchema.safeParse(raw);
  if (result.success) return { ok: true, template: result.data };
  // refinements do not run when the shape is wrong, so add duplicate ids by hand
  const issues = [...result.error.issues, ...duplicateIdIssues(raw)];
  const errors = issues.map((i) => {
    const path = i.path.reduce<string>(
      (acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${String(p)}` : String(p)),
      '',
    );
    return path ? `${path}: ${i.message}` : i.message;
  });
  return { ok: false, errors: [...new Set(errors)] };
}

/** Parses JSON text (the advanced editor) and validates it. */
export function checkTemplateJson(text: string): TemplateCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`JSONとして読み取れません：${(e as Error).message}`] };
  }
  return checkTemplate(raw);
}

export function allQuestions(t: Template): Question[] {
  return t.sections.flatMap((s) => s.questions);
}

export function findQuestion(t: Template, id: string): Question | undefined {
  return allQuestions(t).find((q) => q.id === id);
}

/** The choices shown for a choice question, including "その他" when enabled. */
export function choicesOf(q: Question): string[] {
  if (q.type === 'single') return q.options;
  if (q.type === 'multi') return q.other ? [...q.options, OTHER_OPTION] : q.options;
  return [];
}
