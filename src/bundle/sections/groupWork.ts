import { z } from 'zod';
import { checkRef, defineSection } from '../section.ts';
import { bundleKey, requiredText, text, textList } from '../primitives.ts';
import { exportGroupWork, importGroupWork } from '../../live/bundle.ts';

const groupSheet = z.strictObject({
  meeting: bundleKey,
  group: requiredText(50),
  prompt: text(500).optional(),
  cards: textList(500, 2000).optional(),
});

export type GroupWorkPart = z.infer<typeof groupSheet>;

export const groupWorkSection = defineSection<GroupWorkPart[]>({
  key: 'groupWork',
  label: 'グループワーク',
  schema: z.array(groupSheet),
  check(list, ctx) {
    list.forEach((g, i) => checkRef(ctx.meetings, g.meeting, ['groupWork', i, 'meeting'], '会議', ctx));
  },
  importer(db, list, ctx) {
    importGroupWork(db, ctx.projectId, list, ctx.meetingIds);
  },
  exporter(db, ctx) {
    return exportGroupWork(db, ctx.meetingKeys);
  },
});
