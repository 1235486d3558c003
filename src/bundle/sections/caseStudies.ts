import { z } from 'zod';
import { checkRef, defineSection } from '../section.ts';
import { bundleKey, sectionTexts } from '../primitives.ts';

const caseStudy = z.strictObject({ meeting: bundleKey, case: bundleKey, sections: sectionTexts.optional() });

export type CaseStudyPart = z.infer<typeof caseStudy>;

// Validated now; the case-study feature adds `importer` and `exporter` when its tables exist.
export const caseStudiesSection = defineSection<CaseStudyPart[]>({
  key: 'caseStudies',
  label: '事例検討シート',
  schema: z.array(caseStudy),
  check(list, ctx) {
    list.forEach((s, i) => {
      checkRef(ctx.meetings, s.meeting, ['caseStudies', i, 'meeting'], '会議', ctx);
      checkRef(ctx.cases, s.case, ['caseStudies', i, 'case'], '事例', ctx);
    });
  },
});
