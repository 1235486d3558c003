// The autosave fragment (htmx swaps it into #save-status of the case sheet form).
import type { FieldFinding } from '../../src/cases/pii.ts';
import { formatDateTime } from '../../src/lib/format.ts';
import { PII_KINDS } from '../../src/lib/labels/cases.ts';

/** The autosave response: when it was saved, and what the guard would flag. */
export function SaveStatus({
  savedAt,
  findings,
  error,
}: {
  savedAt?: string;
  findings?: FieldFinding[];
  error?: string;
}) {
  if (error) return <span class="error">{error}</span>;
  const open = (findings ?? []).filter((f) => !f.confirmed);
  return (
    <span>
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
