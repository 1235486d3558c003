import { z } from 'zod';
import { checkRef, defineSection } from '../section.ts';
import { bundleKey, sectionTexts } from '../primitives.ts';
import { exportCaseStudies, importCaseStudies, parseSectionId } from '../../caseStudies/bundle.ts';

const caseStudy = z.strictObject({ meeting: bundleKey, case: bundleKey, sections: sectionTexts.optional() });

export type CaseStudyPart = z.infer<typeof caseStudy>;

export const caseStudiesSection = defineSection<CaseStudyPart[]>({
  key: 'caseStudies',
  label: '事例検討シート',
  schema: z.array(caseStudy),
  check(list, ctx) {
    const seen = new Map<string, number>();
    list.forEach((s, i) => {
      checkRef(ctx.meetings, s.meeting, ['caseStudies', i, 'meeting'], '会議', ctx);
      checkRef(ctx.cases, s.case, ['caseStudies', i, 'case'], '事例', ctx);
      const pair = JSON.stringify([s.meeting, s.case]);
      const first = seen.get(pair);
      if (first !== undefined)
        ctx.problem(['caseStudies', i], `同じ会議と事例の組み合わせが caseStudies[${first}] にもあります`);
      else seen.set(pair, i);
      for (const id of Object.keys(s.sections ?? {})) {
        const target = parseSectionId(id);
        if (!target)
          ctx.problem(
            ['caseStudies', i, 'sections', id],
            '節IDは reason / gaps / shared_assessment / conclusions / actions か agency__<機関キー>__could_do|would_need|step_in で指定してください',
          );
        else if ('agencyKey' in target)
          checkRef(ctx.agencies, target.agencyKey, ['caseStudies', i, 'sections', id], '機関', ctx);
      }
    });
  },
  importer(db, list, ctx) {
    importCaseStudies(db, ctx.projectId, list, ctx);
  },
  exporter(db, ctx) {
    return exportCaseStudies(db, ctx.projectId, ctx);
  },
});
