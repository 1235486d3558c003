import { z } from 'zod';
import { checkRef, defineSection } from '../section.ts';
import { bundleKey, requiredText, text } from '../primitives.ts';
import { exportGroupWork, importGroupWork } from '../../live/bundle.ts';

/** A card's text, or (extension) the card with its dot votes and whether it was marked as a candidate issue. */
const card = z.union([
  requiredText(2000),
  z.strictObject({
    text: requiredText(2000),
    votes: z.number().int().min(0).max(100_000).optional(),
    candidate: z.boolean().optional(),
  }),
]);

const groupSheet = z.strictObject({
  meeting: bundleKey,
  group: requiredText(50),
  prompt: text(500).optional(),
  cards: z.array(card).max(500, '500件以内にしてください').optional(),
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
