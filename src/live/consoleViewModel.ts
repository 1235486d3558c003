// What the facilitator console shows, computed before render.
import type { Db } from '../db/client.ts';
import type { Project } from '../context.ts';
import type { Meeting } from '../meetings/queries.ts';
import { agencyNames, listAttendeeOptions } from '../meetings/queries.ts';
import { qrSvg } from '../agencies/qr.ts';
import { loadBoardView, type BoardView } from './boardViewModel.ts';
import { lastEventId } from './eventQueries.ts';
import { participantCounts, type LiveGroup } from './groupQueries.ts';
import { ensureSession } from './sessionQueries.ts';
import { listFields } from './sheetFieldQueries.ts';
import { fieldValues } from './sheetView.ts';
import { caseStudiesPath } from '../lib/paths/caseStudies.ts';
import { wallEventsPath } from '../lib/paths/live.ts';

export type GroupRow = LiveGroup & { agencyNames: string[]; participants: number; cards: number };

export type ConsoleView = {
  board: BoardView;
  groups: GroupRow[];
  agencies: { id: number; name: string }[];
  joinUrl: string;
  qr: string;
  eventsUrl: string;
  /** Every group's live sheet, keyed `${groupId}-${field}`. */
  fields: Map<string, { text: string; version: number }>;
  links: { label: string; href: string }[];
};

/** The console of a meeting (its session is created in draft on first visit); `joinUrl` is the absolute /join URL. */
export async function consoleView(db: Db, project: Project, meeting: Meeting, joinUrl: string): Promise<ConsoleView> {
  ensureSession(db, project.id, meeting.id);
  const board = loadBoardView(db, meeting.id)!;
  const counts = participantCounts(db, meeting.id);
  const groups: GroupRow[] = board.groups.map((g) => ({
    ...g,
    agencyNames: agencyNames(db, project.id, g.agencyIds).map((a) => a.name),
    participants: counts.get(g.id) ?? 0,
    cards: board.cards.filter((x) => x.groupId === g.id).length,
  }));
  return {
    board,
    groups,
    agencies: listAttendeeOptions(db, project.id).filter((a) => !a.archived),
    joinUrl,
    qr: await qrSvg(board.session.joinCode ? `${joinUrl}?code=${board.session.joinCode}` : joinUrl),
    fields: fieldValues(listFields(db, meeting.id), (f) => `${f.groupId}-${f.field}`),
    eventsUrl: wallEventsPath(project.id, meeting.id, lastEventId(db, meeting.id), 'console'),
    links: [{ label: '事例検討シート', href: caseStudiesPath(project.id, meeting.id) }],
  };
}
