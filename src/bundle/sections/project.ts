import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { projects } from '../../db/schema.ts';
import { defineSection } from '../section.ts';
import { requiredText } from '../primitives.ts';

const schema = z.strictObject({
  name: requiredText(200),
  municipality: requiredText(100),
  fiscalYear: z.number().int().min(2000).max(2100),
});

export type ProjectPart = z.infer<typeof schema>;

/** Import always creates a new project; its id is handed to every later section. */
export const projectSection = defineSection<ProjectPart>({
  key: 'project',
  label: 'プロジェクト',
  schema,
  importer(db, value, ctx) {
    ctx.projectId = db.insert(projects).values(value).returning({ id: projects.id }).get().id;
  },
  exporter(db, ctx) {
    const row = db.select().from(projects).where(eq(projects.id, ctx.projectId)).get();
    if (!row) throw new Error(`project ${ctx.projectId} not found`);
    return { name: row.name, municipality: row.municipality, fiscalYear: row.fiscalYear };
  },
});
