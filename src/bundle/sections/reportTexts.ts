// reportTexts (README "Bundle extensions"): the year-end report's text blocks as staff edited them.
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { reportTexts } from '../../db/schema.ts';
import { defineSection } from '../section.ts';
import { text } from '../primitives.ts';
import { REPORT_BLOCKS } from '../../report/blocks.ts';

const block = z.strictObject({ block: z.enum(REPORT_BLOCKS), body: text(20000) });

type Part = z.infer<typeof block>[] | undefined;

// absent when nothing was edited, like the other extension keys
export const reportTextsSection = defineSection<Part>({
  key: 'reportTexts',
  label: '事業報告書の文章',
  schema: z.array(block).optional(),
  importer(db, list, ctx) {
    const at = new Date().toISOString();
    for (const b of list ?? [])
      db.insert(reportTexts)
        .values({ projectId: ctx.projectId, ...b, updatedAt: at })
        .run();
  },
  exporter(db, ctx) {
    const list = db
      .select({ block: reportTexts.block, body: reportTexts.body })
      .from(reportTexts)
      .where(eq(reportTexts.projectId, ctx.projectId))
      .orderBy(asc(reportTexts.block))
      .all()
      .flatMap((r) => ((REPORT_BLOCKS as readonly string[]).includes(r.block) ? [r as z.infer<typeof block>] : []));
    return list.length ? list : undefined;
  },
  isEmpty: (list) => !list?.length,
});
