// What the live sheets show: the saved fields keyed for the page that renders them.
import type { SheetField } from './sheetFieldQueries.ts';

export function fieldValues(
  fields: SheetField[],
  key: (f: SheetField) => string,
): Map<string, { text: string; version: number }> {
  return new Map(fields.map((f) => [key(f), { text: f.text, version: f.version }]));
}

/** The 'field' SSE payload live.js applies (console text, sheet text box, typing hint). */
export function fieldPayload(fields: SheetField[]): string {
  return JSON.stringify(
    fields.map((f) => ({
      groupId: f.groupId,
      field: f.field,
      text: f.text,
      version: f.version,
      editingUntil: f.editingUntil,
      ...editorParts(f),
    })),
  );
}

/** Who is typing (their label) and their participant id, from the stored editor. */
function editorParts(field: SheetField): { editor: string; editorId: string } {
  const at = field.editor.indexOf('|');
  return { editorId: field.editor.slice(0, at), editor: field.editor.slice(at + 1) };
}
