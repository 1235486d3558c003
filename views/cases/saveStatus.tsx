// The autosave fragment (htmx swaps it into #save-status of the case sheet form).
import type { FieldFinding } from '../../src/cases/pii.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { PII_KINDS } from '../../src/lib/labels/cases.ts';

/** The autosave response: when it was saved, and what the guard would flag. */
export function SaveStatus({
  savedAt,
  version,
  findings,
  error,
  conflict,
}: {
  savedAt?: string;
  /** The sheet's version after this save: replaces the form's, so the next save is not refused. */
  version?: number;
  findings?: FieldFinding[];
  error?: string;
  /** Somebody else saved the sheet since this page was loaded: nothing is saved from here on. */
  conflict?: boolean;
}) {
  if (conflict)
    return (
      <strong class="error" data-not-saved>
        他の人がこのシートを保存したため、自動保存を止めました。入力内容はこの画面に残っています。「下書き保存」を押すと、両方の内容を比べて保存できます。
      </strong>
    );
  if (error)
    return (
      <span class="error" data-not-saved>
        {error}
      </span>
    );
  const open = (findings ?? []).filter((f) => !f.confirmed);
  return (
    <span>
      {version !== undefined && <SheetVersionInput version={version} oob />}
      下書きを自動保存しました（{formatDateTime(savedAt)}）。
      {open.length > 0 && (
        <strong class="error">
          個人を特定できる可能性のある記載が{open.length}件あります：
          {open.map((f) => `「${f.text}」（${PII_KINDS[f.kind].label}）`).join('、')}。提出前に修正してください。
        </strong>
      )}
    </span>
  );
}

/** The version the form was loaded with (a save from an older version is refused). */
export function SheetVersionInput({ version, oob }: { version: number; oob?: boolean }) {
  return (
    <input
      type="hidden"
      name="version"
      id="sheet-version"
      value={String(version)}
      hx-swap-oob={oob ? 'true' : undefined}
    />
  );
}
