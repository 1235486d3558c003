// The case-study sheet saves itself while people type: the status line, and the per-field
// version inputs each autosave moves on (out of band) for the fields it saved.
import { formatDateTime } from '../../src/lib/format.ts';

// slots look like agency:12:could_do; ids stay plain so htmx finds them by id
const domId = (kind: 'v' | 'h', slot: string) => `${kind}-${slot.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The version and original-text hash one textarea was loaded with. */
export function EntryVersionInputs(p: { slot: string; version: string; hash: string; oob?: boolean }) {
  const oob = p.oob ? 'true' : undefined;
  return (
    <>
      <input type="hidden" name={`v.${p.slot}`} value={p.version} id={domId('v', p.slot)} hx-swap-oob={oob} />
      <input type="hidden" name={`h.${p.slot}`} value={p.hash} id={domId('h', p.slot)} hx-swap-oob={oob} />
    </>
  );
}

/** The autosave target: when it was last saved, or why some fields were not. */
export function CaseStudySaveStatus(p: { savedAt?: string; conflicts?: string[]; error?: string }) {
  if (p.error)
    return (
      <span class="error" data-not-saved>
        {p.error}
      </span>
    );
  if (p.conflicts?.length)
    return (
      <strong class="error" data-not-saved>
        他の人が先に変更した欄があります（{p.conflicts.join('、')}
        ）。その欄は自動保存していません。「保存する」を押すと、いまの内容とあなたの入力を比べられます。
      </strong>
    );
  return p.savedAt ? (
    <span>入力内容を自動保存しました（{formatDateTime(p.savedAt)}）。</span>
  ) : (
    <span>入力内容は自動的に保存されます。</span>
  );
}

/** The autosave response: the status and the moved-on versions of the saved fields. */
export function CaseStudyAutosaveResponse(p: {
  savedAt: string;
  conflicts: string[];
  upToDate: { slot: string; version: string; hash: string }[];
}) {
  return (
    <>
      <CaseStudySaveStatus savedAt={p.savedAt} conflicts={p.conflicts} />
      {p.upToDate.map((u) => (
        <EntryVersionInputs {...u} oob />
      ))}
    </>
  );
}
