import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { meetings } from '../../db/schema.ts';
import { checkUniqueKeys, defineSection } from '../section.ts';
import { bundleKey, requiredText, textList, ymd } from '../primitives.ts';

const meeting = z.strictObject({
  key: bundleKey,
  kind: z.enum(['working_group', 'network']),
  title: requiredText(200),
  date: ymd,
  agenda: textList(50, 500).optional(),
});

export type MeetingPart = z.infer<typeof meeting>;

export const meetingsSection = defineSection<MeetingPart[]>({
  key: 'meetings',
  label: '会議',
  schema: z.array(meeting),
  check(list, ctx) {
    checkUniqueKeys(list, 'meetings', '会議', ctx);
  },
  importer(db, list, ctx) {
    for (const m of list) {
      const row = db
        .insert(meetings)
        .values({ projectId: ctx.projectId, key: m.key, kind: m.kind, title: m.title, date: m.date, agenda: m.agenda ?? [] })
        .returning({ id: meetings.id })
        .get();
      ctx.meetingIds.set(m.key, row.id);
    }
  },
  exporter(db, ctx) {
    const rows = db.select().from(meetings).where(eq(meetings.projectId, ctx.projectId)).orderBy(asc(meetings.id)).all();
    return rows.map((r) => {
      ctx.meetingKeys.set(r.id, r.key);
      return { key: r.key, kind: r.kind, title: r.title, date: r.date, agenda: r.agenda };
    });
  },
});
