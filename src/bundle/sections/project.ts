import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { projects } from '../../db/schema.ts';
import { getSurveyWindows, setSurveyWindows } from '../../projects/queries.ts';
import { defineSection } from '../section.ts';
import { requiredText, text, ymd } from '../primitives.ts';
import { SURVEY_PARTS, type SurveyPart } from '../../lib/labels/projects.ts';

const surveyWindow = z
  .strictObject({ opensOn: ymd.optional(), closesOn: ymd.optional() })
  .refine((w) => !w.opensOn || !w.closesOn || w.opensOn <= w.closesOn, {
    message: '締切日（closesOn）は開始日（opensOn）以降にしてください',
    path: ['closesOn'],
  });

/** Survey parts in the order of the project settings form (SURVEY_PARTS). */
const surveyWindows = z.strictObject(
  Object.fromEntries(SURVEY_PARTS.map(({ part }) => [part, surveyWindow.optional()])) as Record<
    SurveyPart,
    z.ZodOptional<typeof surveyWindow>
  >,
);

const schema = z.strictObject({
  name: requiredText(200),
  municipality: requiredText(100),
  fiscalYear: z.number().int().min(2000).max(2100),
  // extensions (README "Bundle extensions"): absent in older bundles
  hostHealthCentre: text(100).optional(),
  adviser: text(100).optional(),
  surveyWindows: surveyWindows.optional(),
});

export type ProjectPart = z.infer<typeof schema>;

/** Import always creates a new project; its id is handed to every later section. */
export const projectSection = defineSection<ProjectPart>({
  key: 'project',
  label: 'プロジェクト',
  schema,
  importer(db, value, ctx) {
    const { name, municipality, fiscalYear, hostHealthCentre = '', adviser = '' } = value;
    ctx.projectId = db
      .insert(projects)
      .values({ name, municipality, fiscalYear, hostHealthCentre, adviser })
      .returning({ id: projects.id })
      .get().id;
    const windows = value.surveyWindows ?? {};
    setSurveyWindows(
      db,
      ctx.projectId,
      SURVEY_PARTS.flatMap(({ part }) => {
        const w = windows[part];
        return w ? [{ part, opensOn: w.opensOn ?? null, closesOn: w.closesOn ?? null }] : [];
      }),
    );
  },
  exporter(db, ctx) {
    const row = db.select().from(projects).where(eq(projects.id, ctx.projectId)).get();
    if (!row) throw new Error(`project ${ctx.projectId} not found`);
    const stored = getSurveyWindows(db, ctx.projectId);
    const windows = Object.fromEntries(
      SURVEY_PARTS.flatMap(({ part }) => {
        const { opensOn, closesOn } = stored[part];
        return opensOn || closesOn
          ? [[part, { ...(opensOn ? { opensOn } : {}), ...(closesOn ? { closesOn } : {}) }]]
          : [];
      }),
    );
    return {
      name: row.name,
      municipality: row.municipality,
      fiscalYear: row.fiscalYear,
      ...(row.hostHealthCentre ? { hostHealthCentre: row.hostHealthCentre } : {}),
      ...(row.adviser ? { adviser: row.adviser } : {}),
      ...(Object.keys(windows).length ? { surveyWindows: windows } : {}),
    };
  },
});
