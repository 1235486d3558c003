// Whether a card goes straight to the projector wall or waits in the console's 確認待ち queue.
// Pure: every card passes the same personal-information check as case sheets; a flagged card is
// always held (its reason tells the participant what to rewrite), and a meeting that approves
// every card holds the rest too.
import { detectPii } from '../cases/pii.ts';
import { PII_KINDS } from '../lib/labels/cases.ts';

export type WallModeration = 'immediate' | 'approval';

/** `held` with the reason for the participant ('' when the card only waits for approval). */
export function holdFor(text: string, mode: WallModeration): { held: boolean; heldReason: string } {
  const kinds = [...new Set(detectPii(text).map((f) => f.kind))];
  if (kinds.length)
    return {
      held: true,
      heldReason: `${kinds.map((k) => PII_KINDS[k].label).join('・')}が含まれている可能性があります。${kinds.map((k) => PII_KINDS[k].advice).join('')}`,
    };
  return { held: mode === 'approval', heldReason: '' };
}
