// A group writes its sheet live: each field is saved on its own (autosave) and nobody's save
// silently replaces another's: a save made from an older version is refused as a conflict,
// with the text saved meanwhile. Published to the group's phones and the console after commit.
import type { Db } from '../db/client.ts';
import { markEditing, saveField, type SaveFieldResult } from './sheetFieldQueries.ts';
import { getSession } from './sessionQueries.ts';
import { notify } from './sse.ts';

type FieldInput = { meetingId: number; groupId: number; field: string; participantId: number; label: string };

export type SheetSaveResult = SaveFieldResult | { ok: false; reason: 'closed' };

const editorOf = (input: FieldInput) => `${input.participantId}|${input.label || '参加者'}`;

export function saveSheetField(db: Db, input: FieldInput & { text: string; version: number }): SheetSaveResult {
  if (getSession(db, input.meetingId)?.status !== 'open') return { ok: false, reason: 'closed' };
  const { meetingId, groupId, field, text, version } = input;
  const result = saveField(db, { meetingId, groupId, field, text, version, editor: editorOf(input) });
  if (result.ok) notify(db, meetingId);
  return result;
}

export function startEditing(db: Db, input: FieldInput): void {
  if (getSession(db, input.meetingId)?.status !== 'open') return;
  markEditing(db, { meetingId: input.meetingId, groupId: input.groupId, field: input.field, editor: editorOf(input) });
  notify(db, input.meetingId);
}
