// An issue row's follow-up in a bundle (README "Bundle extensions"): issues[].owner
// ("centre" or an agency key), dueOn, targetMeeting (meeting key) and history[].
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { issueHistory } from '../../db/schema.ts';
import { findFollowup, upsertFollowup } from '../../followup/queries.ts';
import { bundleKey, text, ymd } from '../primitives.ts';
import { checkRef, type CheckContext, type ExportContext, type ImportContext } from '../section.ts';
import type { PathSegment } from '../problems.ts';

const status = z.enum(['not_started', 'discussing', 'in_progress', 'done']);

export const followupParts = {
  owner: z.union([z.literal('centre'), z.strictObject({ agency: bundleKey })]).optional(),
  dueOn: ymd.optional(),
  targetMeeting: bundleKey.optional(),
  history: z
    .array(
      z.strictObject({
        on: ymd,
        status: status.optional(),
        note: text(2000).optional(),
        meeting: bundleKey.optional(),
      }),
    )
    .optional(),
};
type Parts = z.infer<z.ZodObject<typeof followupParts>>;

export function importFollowup(db: Db, rowId: number, row: Parts, ctx: ImportContext): void {
  if (row.owner || row.dueOn || row.targetMeeting)
    upsertFollowup(db, {
      rowId,
      ownerKind: row.owner === 'centre' ? 'centre' : row.owner ? 'agency' : '',
      ownerAgencyId: row.owner && row.owner !== 'centre' ? ctx.agencyIds.get(row.owner.agency)! : null,
      dueOn: row.dueOn ?? null,
      targetMeetingId: row.targetMeeting ? ctx.meetingIds.get(row.targetMeeting)! : null,
    });
  for (const h of row.history ?? [])
    db.insert(issueHistory)
      .values({
        projectId: ctx.projectId,
        rowId,
        onDate: h.on,
        status: h.status ?? null,
        note: h.note ?? '',
        meetingId: h.meeting ? ctx.meetingIds.get(h.meeting)! : null,
      })
      .run();
}

export function exportFollowup(db: Db, rowId: number, ctx: ExportContext): Parts {
  const f = findFollowup(db, rowId);
  const owner =
    f?.ownerKind === 'centre' ? 'centre' : f?.ownerAgencyId ? ctx.agencyKeys.get(f.ownerAgencyId) : undefined;
  const target = f?.targetMeetingId ? ctx.meetingKeys.get(f.targetMeetingId) : undefined;
  const history = db
    .select()
    .from(issueHistory)
    .where(eq(issueHistory.rowId, rowId))
    .orderBy(asc(issueHistory.onDate), asc(issueHistory.id))
    .all()
    .map((h) => {
      const meeting = h.meetingId ? ctx.meetingKeys.get(h.meetingId) : undefined;
      return {
        on: h.onDate,
        ...(h.status ? { status: h.status } : {}),
        ...(h.note ? { note: h.note } : {}),
        ...(meeting ? { meeting } : {}),
      };
    });
  return {
    ...(owner ? { owner: owner === 'centre' ? ('centre' as const) : { agency: owner } } : {}),
    ...(f?.dueOn ? { dueOn: f.dueOn } : {}),
    ...(target ? { targetMeeting: target } : {}),
    ...(history.length ? { history } : {}),
  };
}

/** The agency and meeting keys a follow-up names must be in the bundle. */
export function checkFollowupRefs(row: Parts, at: PathSegment[], ctx: CheckContext): void {
  if (row.owner && row.owner !== 'centre')
    checkRef(ctx.agencies, row.owner.agency, [...at, 'owner', 'agency'], '機関', ctx);
  if (row.targetMeeting) checkRef(ctx.meetings, row.targetMeeting, [...at, 'targetMeeting'], '会議', ctx);
  row.history?.forEach((h, j) => {
    if (h.meeting) checkRef(ctx.meetings, h.meeting, [...at, 'history', j, 'meeting'], '会議', ctx);
  });
}
