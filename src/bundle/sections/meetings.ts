import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { meetings } from '../../db/schema.ts';
import { findPacketSettings, savePacketSettings } from '../../packet/queries.ts';
import { checkRef, checkUniqueKeys, defineSection } from '../section.ts';
import { bundleKey, hhmm, requiredText, text, textList, ymd } from '../primitives.ts';
import { SECTION_IDS, type SectionId } from '../../lib/labels/packet.ts';
import { attendancePart, exportMeetingYearLoop, importMeetingYearLoop, minutesPart } from './meetingYearLoop.ts';

/**
 * Staff's packet composition for the meeting (資料の構成): sections in order, each with its comment;
 * the question_summaries section also names its questions (template ids, in template order).
 */
const packet = z.strictObject({
  sections: z
    .array(
      z.strictObject({
        id: z.enum(SECTION_IDS as [SectionId, ...SectionId[]]),
        comment: text(2000).optional(),
        questions: z.array(requiredText(100)).optional(),
      }),
    )
    .min(1, '資料に含める項目を1つ以上指定してください'),
  /** 事例提供機関を伏せる: agencies in case sections appear as A機関, B機関 … */
  hideCaseAgencies: z.boolean().optional(),
});

const meeting = z
  .strictObject({
    key: bundleKey,
    kind: z.enum(['working_group', 'network', 'support_meeting']),
    title: requiredText(200),
    date: ymd,
    agenda: textList(50, 500).optional(),
    // extensions (README "Bundle extensions"): absent in older bundles
    startTime: hhmm.optional(),
    endTime: hhmm.optional(),
    place: text(100).optional(),
    purpose: text(1000).optional(),
    /** Attending agencies (keys), in the order they are listed in the packet. */
    attendees: z.array(bundleKey).optional(),
    /** Absent: the packet uses the defaults for the meeting's kind and number. */
    packet: packet.optional(),
    attendance: attendancePart.optional(),
    minutes: minutesPart.optional(),
  })
  // only two well-formed times can be compared (a malformed one is reported on its own)
  .refine(
    (m) => !hhmm.safeParse(m.startTime).success || !hhmm.safeParse(m.endTime).success || m.startTime! < m.endTime!,
    { message: '終了時刻（endTime）は開始時刻（startTime）より後にしてください', path: ['endTime'] },
  );

export type MeetingPart = z.infer<typeof meeting>;

export const meetingsSection = defineSection<MeetingPart[]>({
  key: 'meetings',
  label: '会議',
  schema: z.array(meeting),
  check(list, ctx) {
    checkUniqueKeys(list, 'meetings', '会議', ctx);
    list.forEach((m, i) => {
      const seen = new Set<string>();
      m.attendees?.forEach((a, j) => {
        checkRef(ctx.agencies, a, ['meetings', i, 'attendees', j], '機関', ctx);
        if (seen.has(a)) ctx.problem(['meetings', i, 'attendees', j], `機関 ${JSON.stringify(a)} が重複しています`);
        seen.add(a);
      });
      m.attendance?.invited.forEach((a, j) =>
        checkRef(ctx.agencies, a.agency, ['meetings', i, 'attendance', 'invited', j, 'agency'], '機関', ctx),
      );
      const sections = new Set<string>();
      m.packet?.sections.forEach((s, j) => {
        if (sections.has(s.id))
          ctx.problem(['meetings', i, 'packet', 'sections', j, 'id'], `項目 ${JSON.stringify(s.id)} が重複しています`);
        sections.add(s.id);
        const path = ['meetings', i, 'packet', 'sections', j, 'questions'];
        if (s.id === 'question_summaries' && !s.questions?.length)
          ctx.problem(path, '設問別集計には設問（questions）を1つ以上指定してください');
        if (s.id !== 'question_summaries' && s.questions)
          ctx.problem(path, 'questions は設問別集計（question_summaries）にだけ指定できます');
        if (s.questions && new Set(s.questions).size !== s.questions.length) ctx.problem(path, '設問が重複しています');
      });
    });
  },
  importer(db, list, ctx) {
    for (const m of list) {
      const row = db
        .insert(meetings)
        .values({
          projectId: ctx.projectId,
          key: m.key,
          kind: m.kind,
          title: m.title,
          date: m.date,
          agenda: m.agenda ?? [],
          startTime: m.startTime ?? '',
          endTime: m.endTime ?? '',
          place: m.place ?? '',
          purpose: m.purpose ?? '',
          attendeeAgencyIds: (m.attendees ?? []).map((a) => ctx.agencyIds.get(a)!),
        })
        .returning({ id: meetings.id })
        .get();
      ctx.meetingIds.set(m.key, row.id);
      importMeetingYearLoop(db, row.id, m, ctx);
      if (m.packet)
        savePacketSettings(db, ctx.projectId, row.id, {
          sections: m.packet.sections.map((s) => ({
            id: s.id,
            comment: s.comment ?? '',
            ...(s.questions ? { questions: s.questions } : {}),
          })),
          hideCaseAgencies: m.packet.hideCaseAgencies ?? false,
        });
    }
  },
  exporter(db, ctx) {
    const rows = db
      .select()
      .from(meetings)
      .where(eq(meetings.projectId, ctx.projectId))
      .orderBy(asc(meetings.id))
      .all();
    return rows.map((r) => {
      ctx.meetingKeys.set(r.id, r.key);
      // an attendee id without an agency of this project cannot be named in a bundle
      const attendees = r.attendeeAgencyIds.flatMap((id) => ctx.agencyKeys.get(id) ?? []);
      const settings = findPacketSettings(db, ctx.projectId, r.id);
      return {
        key: r.key,
        kind: r.kind,
        title: r.title,
        date: r.date,
        agenda: r.agenda,
        ...(r.startTime ? { startTime: r.startTime } : {}),
        ...(r.endTime ? { endTime: r.endTime } : {}),
        ...(r.place ? { place: r.place } : {}),
        ...(r.purpose ? { purpose: r.purpose } : {}),
        ...(attendees.length ? { attendees } : {}),
        // a composition always has a section (the settings form requires one)
        ...(settings?.sections.length
          ? {
              packet: {
                sections: settings.sections.map((s) => ({
                  id: s.id,
                  ...(s.comment ? { comment: s.comment } : {}),
                  ...(s.questions ? { questions: s.questions } : {}),
                })),
                ...(settings.hideCaseAgencies ? { hideCaseAgencies: true } : {}),
              },
            }
          : {}),
        ...exportMeetingYearLoop(db, r.id, ctx),
      };
    });
  },
});
