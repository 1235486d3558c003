// The personal-information guard's findings on the case sheet, each with its context and the
// tick that confirms it is not identifying.
import type { FieldFinding } from '../../src/cases/pii.ts';
import { CASE_TEXT_FIELDS, PII_KINDS } from '../../src/lib/labels/cases.ts';

const FIELD_LABEL: Record<string, string> = Object.fromEntries(CASE_TEXT_FIELDS.map((f) => [f.key, f.label]));
const fieldLabel = (field: string) =>
  field.startsWith('timeline.') ? `支援経過（${Number(field.split('.')[1]) + 1}行目）` : (FIELD_LABEL[field] ?? field);
const fieldAnchor = (field: string) => (field.startsWith('timeline.') ? 'f-timeline' : `f-${field}`);

/** A few characters either side of the finding, the finding itself marked. */
function PiiContext({ text, start, end }: { text: string; start: number; end: number }) {
  const from = Math.max(0, start - 20);
  const to = Math.min(text.length, end + 20);
  return (
    <p class="pii-context">
      {from > 0 && '…'}
      {text.slice(from, start)}
      <mark class="pii">{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < text.length && '…'}
    </p>
  );
}

/**
 * Findings of the personal-information guard. Unconfirmed ones block submission: the sheet
 * is fixed in place, or each is ticked as not identifying (the ticks are part of the form).
 */
export function PiiPanel({
  findings,
  texts,
  blocking,
}: {
  findings: FieldFinding[];
  texts: Record<string, string>;
  blocking: boolean;
}) {
  if (!findings.length) return null;
  const open = findings.filter((f) => !f.confirmed).length;
  return (
    <section class={`pii-panel${blocking && open ? '' : ' warn'}`} id="pii" aria-labelledby="pii-title" tabindex={-1}>
      <h2 id="pii-title">
        {blocking && open
          ? `個人を特定できる情報の可能性があるため、提出できません（${open}件）`
          : `個人を特定できる情報の可能性がある記載（${findings.length}件）`}
      </h2>
      <p>
        事例シートには、氏名・住所・電話番号・生年月日など個人を特定できる情報を書かないでください。該当箇所を修正するか、個人を特定する情報ではない場合はチェックを入れてから提出してください。
      </p>
      <ol>
        {findings.map((f) => (
          <li>
            <strong>{PII_KINDS[f.kind].label}</strong>（<a href={`#${fieldAnchor(f.field)}`}>{fieldLabel(f.field)}</a>）
            <PiiContext text={texts[f.field] ?? ''} start={f.start} end={f.end} />
            <span class="hint">{PII_KINDS[f.kind].advice}</span>
            <br />
            <label>
              <input type="checkbox" name="pii_ok" value={f.fingerprint} checked={f.confirmed} /> 「{f.text}
              」は個人を特定する情報ではありません
            </label>
          </li>
        ))}
      </ol>
    </section>
  );
}
