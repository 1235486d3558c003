import { z } from 'zod';
import { defineSection } from '../section.ts';
import { requiredText } from '../primitives.ts';

const issueRow = z.strictObject({
  problem: requiredText(2000),
  issue: requiredText(2000),
  source: z.enum(['hearing', 'case', 'meeting']),
});

export type IssuePart = z.infer<typeof issueRow>;

// Validated now; the issues-table feature adds `importer` and `exporter` when its table exists.
export const issuesSection = defineSection<IssuePart[]>({
  key: 'issues',
  label: '問題点→課題表',
  schema: z.array(issueRow),
});
