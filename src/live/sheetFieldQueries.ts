// Named queries for the fields of a group's live sheet. A save names the version it started
// from; a save against an older version is refused (the caller shows a conflict). Each change
// records a field event in the same transaction.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { liveSheetFields } from '../db/schema.ts';
import { nowIso } from '../lib/time.ts';
import { recordField } from './eventQueries.ts';

export type SheetField = typeof liveSheetFields.$inferSelect;

// someone typing in a field is shown to the others for this long after their last keystroke
const EDITING_MS = 20_000;

export function listFields(db: Db, meetingId: number, groupId?: number): SheetField[] {
  return db
    .select()
    .from(liveSheetFields)
    .where(
      and(
        eq(liveSheetFields.meetingId, meetingId),
        groupId === undefined ? undefined : eq(liveSheetFields.groupId, groupId),
      ),
    )
    .all();
}

export function fieldAsIs(db: Db, meetingId: number, id: number): SheetField | undefined {
  return db
    .select()
    .from(liveSheetFields)
    .where(and(eq(liveSheetFields.meetingId, meetingId), eq(liveSheetFields.id, id)))
    .get();
}

type FieldKey = { meetingId: number; groupId: number; field: string };

function ensureField(db: Db, key: FieldKey): SheetField {
  db.insert(liveSheetFields).values(key).onConflictDoNothing().run();
  return db
    .select()
    .from(liveSheetFields)
    .where(and(eq(liveSheetFields.groupId, key.groupId), eq(liveSheetFields.field, key.field)))
    .get()!;
}

export type SaveFieldResult = { ok: true; field: SheetField } | { ok: false; reason: 'conflict'; current: SheetField };

/** Saves a field's text if nobody saved it since `version`; marks who is typing in it. */
export function saveField(db: Db, key: FieldKey & { text: string; version: number; editor: string }): SaveFieldResult {
  return db.transaction((): SaveFieldResult => {
    const current = ensureField(db, key);
    if (current.version !== key.version) return { ok: false, reason: 'conflict', current };
    const field = db
      .update(liveSheetFields)
      .set({
        text: key.text,
        version: sql`${liveSheetFields.version} + 1`,
        editor: key.editor,
        editingUntil: new Date(Date.now() + EDITING_MS).toISOString(),
        updatedAt: nowIso(),
      })
      .where(eq(liveSheetFields.id, current.id))
      .returning()
      .get();
    recordField(db, key.meetingId, key.groupId, field.id);
    return { ok: true, field };
  });
}

/** Shows the others that someone started typing in a field. */
export function markEditing(db: Db, key: FieldKey & { editor: string }): void {
  db.transaction(() => {
    const current = ensureField(db, key);
    db.update(liveSheetFields)
      .set({ editor: key.editor, editingUntil: new Date(Date.now() + EDITING_MS).toISOString() })
      .where(eq(liveSheetFields.id, current.id))
      .run();
    recordField(db, key.meetingId, key.groupId, current.id);
  });
}
