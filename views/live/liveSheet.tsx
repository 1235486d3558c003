// A group's live sheet (事例検討シート): on the phones each field saves itself while typed
// (htmx, after a pause), says who else is typing in it, and shows a conflict instead of
// overwriting; the console shows every group's sheet filling in. live.js applies 'field' events.
import { CsrfField } from '../components/form.tsx';
import { LIVE_SHEET_FIELDS, SHEET_FIELD_MAX } from '../../src/lib/labels/live.ts';
import { sheetFieldPath } from '../../src/lib/paths/live.ts';

export type FieldValue = { text: string; version: number };
const empty: FieldValue = { text: '', version: 0 };

/** The save status under a field; on a conflict, the text someone else saved meanwhile. */
export function FieldStatus(p: { field: string; version: number; saved?: boolean; conflict?: string; oob?: boolean }) {
  return (
    <>
      <span id={`fs-${p.field}`} class="fs" role="status">
        {p.conflict !== undefined ? (
          <span class="error">
            {`ほかの人が先に保存しました。保存された内容：「${p.conflict}」 内容を確かめて、もう一度保存してください。`}
          </span>
        ) : p.saved ? (
          '保存しました'
        ) : (
          ''
        )}
      </span>
      {p.oob && (
        <input type="hidden" name="version" id={`fv-${p.field}`} value={String(p.version)} hx-swap-oob="true" />
      )}
    </>
  );
}

export function GroupLiveSheet(p: { code: string; groupId: number; me: number; fields: Map<string, FieldValue> }) {
  return (
    <section class="p-live-sheet" aria-labelledby="p-live-sheet-h">
      <h2 id="p-live-sheet-h">グループのシート（自動保存）</h2>
      {LIVE_SHEET_FIELDS.map(({ key, label }) => {
        const value = p.fields.get(key) ?? empty;
        const url = sheetFieldPath(p.code, p.groupId, key);
        return (
          <form
            method="post"
            action={url}
            class="p-field"
            hx-post={`${url}/editing`}
            hx-trigger="focusin"
            hx-swap="none"
          >
            <CsrfField />
            <input type="hidden" name="version" id={`fv-${key}`} value={String(value.version)} />
            <label for={`lf-${key}`}>{label}</label>
            <span
              class="p-hint"
              data-live-hint={`${p.groupId}-${key}`}
              data-me={String(p.me)}
              aria-live="polite"
            ></span>
            <textarea
              id={`lf-${key}`}
              name="text"
              rows={3}
              maxlength={SHEET_FIELD_MAX}
              data-live-field={`${p.groupId}-${key}`}
              hx-post={url}
              hx-trigger="input changed delay:800ms"
              hx-include="closest form"
              hx-target={`#fs-${key}`}
              hx-swap="outerHTML"
            >
              {value.text}
            </textarea>
            <FieldStatus field={key} version={value.version} />
            <noscript>
              <button type="submit">保存</button>
            </noscript>
          </form>
        );
      })}
    </section>
  );
}

/** Every group's sheet on the console, read-only, updated as the groups type. */
export function ConsoleLiveSheets(p: { groups: { id: number; name: string }[]; fields: Map<string, FieldValue> }) {
  return (
    <div class="c-live-sheets">
      {p.groups.map((g) => (
        <section class="c-group">
          <h3>{g.name}</h3>
          <dl>
            {LIVE_SHEET_FIELDS.map(({ key, label }) => (
              <>
                <dt>{label}</dt>
                <dd data-live-field={`${g.id}-${key}`}>{p.fields.get(`${g.id}-${key}`)?.text ?? ''}</dd>
              </>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
