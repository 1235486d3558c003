// A meeting's attendance and minutes in a bundle (README "Bundle extensions"):
// meetings[].attendance and meetings[].minutes. Issued versions travel with their frozen content.
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { meetingGuests, meetingInvitations, meetingMinutes, minutesVersions } from '../../db/schema.ts';
import type { MinutesContent } from '../../minutes/content.ts';
import { bundleKey, requiredText, text } from '../primitives.ts';
import type { ExportContext, ImportContext } from '../section.ts';

const attendanceList = z.strictObject({
  basis: z.enum(['present', 'expected']),
  agencies: z.array(z.strictObject({ name: requiredText(200), count: z.number().int().min(0).nullable() })),
  advisers: z.array(text(300)),
  observers: z.array(text(300)),
});

const content = z.strictObject({
  items: z.array(z.strictObject({ title: text(200), notes: text(5000) })),
  decisions: text(5000),
  adviserComments: text(5000),
  actions: z.array(z.strictObject({ text: requiredText(5000) })),
  issued: z.strictObject({ title: text(200), date: text(10), attendance: attendanceList }).optional(),
});

export const attendancePart = z.strictObject({
  invited: z.array(
    z.strictObject({
      agency: bundleKey,
      rsvp: z.enum(['attend', 'absent']).optional(),
      headcount: z.number().int().min(0).max(50).optional(),
      names: text(500).optional(),
      respondedAt: text(40).optional(),
      present: z.boolean().optional(),
      presentCount: z.number().int().min(0).max(50).optional(),
    }),
  ),
  guests: z
    .array(
      z.strictObject({
        role: z.enum(['adviser', 'observer']),
        name: requiredText(100),
        affiliation: text(200).optional(),
        present: z.boolean().optional(),
      }),
    )
    .optional(),
});

export const minutesPart = z.strictObject({
  draft: content.optional(),
  versions: z
    .array(z.strictObject({ version: z.number().int().min(1), issuedAt: requiredText(40), content }))
    .optional(),
});

type Parts = { attendance?: z.infer<typeof attendancePart>; minutes?: z.infer<typeof minutesPart> };

const plain = (c: MinutesContent): z.infer<typeof content> => ({
  items: c.items,
  decisions: c.decisions,
  adviserComments: c.adviserComments,
  // an action's issue row is a row id of this database: not carried
  actions: c.actions.map((a) => ({ text: a.text })),
  ...(c.issued ? { issued: c.issued } : {}),
});

export function importMeetingYearLoop(db: Db, meetingId: number, m: Parts, ctx: ImportContext): void {
  const base = { projectId: ctx.projectId, meetingId };
  for (const i of m.attendance?.invited ?? [])
    db.insert(meetingInvitations)
      .values({
        ...base,
        agencyId: ctx.agencyIds.get(i.agency)!,
        rsvp: i.rsvp ?? null,
        headcount: i.headcount ?? null,
        names: i.names ?? '',
        respondedAt: i.respondedAt ?? null,
        present: i.present ?? false,
        presentCount: i.presentCount ?? null,
      })
      .run();
  for (const g of m.attendance?.guests ?? [])
    db.insert(meetingGuests)
      .values({ ...base, role: g.role, name: g.name, affiliation: g.affiliation ?? '', present: g.present ?? false })
      .run();
  if (m.minutes?.draft)
    db.insert(meetingMinutes)
      .values({ ...base, content: m.minutes.draft, updatedAt: new Date().toISOString() })
      .run();
  for (const v of m.minutes?.versions ?? [])
    db.insert(minutesVersions)
      .values({ ...base, version: v.version, issuedAt: v.issuedAt, content: v.content })
      .run();
}

export function exportMeetingYearLoop(db: Db, meetingId: number, ctx: ExportContext): Parts {
  const invited = db
    .select()
    .from(meetingInvitations)
    .where(eq(meetingInvitations.meetingId, meetingId))
    .orderBy(asc(meetingInvitations.agencyId))
    .all()
    .flatMap((i) => {
      const agency = ctx.agencyKeys.get(i.agencyId);
      if (!agency) return [];
      return [
        {
          agency,
          ...(i.rsvp ? { rsvp: i.rsvp } : {}),
          ...(i.headcount !== null ? { headcount: i.headcount } : {}),
          ...(i.names ? { names: i.names } : {}),
          ...(i.respondedAt ? { respondedAt: i.respondedAt } : {}),
          ...(i.present ? { present: true } : {}),
          ...(i.presentCount !== null ? { presentCount: i.presentCount } : {}),
        },
      ];
    });
  const guests = db
    .select()
    .from(meetingGuests)
    .where(eq(meetingGuests.meetingId, meetingId))
    .orderBy(asc(meetingGuests.id))
    .all()
    .map((g) => ({
      role: g.role,
      name: g.name,
      ...(g.affiliation ? { affiliation: g.affiliation } : {}),
      ...(g.present ? { present: true } : {}),
    }));
  const draft = db.select().from(meetingMinutes).where(eq(meetingMinutes.meetingId, meetingId)).get();
  const versions = db
    .select()
    .from(minutesVersions)
    .where(eq(minutesVersions.meetingId, meetingId))
    .orderBy(asc(minutesVersions.version))
    .all();
  return {
    ...(invited.length || guests.length ? { attendance: { invited, ...(guests.length ? { guests } : {}) } } : {}),
    ...(draft || versions.length
      ? {
          minutes: {
            ...(draft ? { draft: plain(draft.content) } : {}),
            ...(versions.length
              ? {
                  versions: versions.map((v) => ({
                    version: v.version,
                    issuedAt: v.issuedAt,
                    content: plain(v.content),
                  })),
                }
              : {}),
          },
        }
      : {}),
  };
}
