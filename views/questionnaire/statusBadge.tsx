// Where an agency's answers stand, as a badge.
import { RESPONSE_STATUS_LABEL } from '../../src/lib/labels/questionnaire.ts';

const BADGE_CLASS = { none: '', draft: 'draft', submitted: 'submitted' } as const;

export function StatusBadge({ status }: { status: keyof typeof RESPONSE_STATUS_LABEL }) {
  return <span class={`badge ${BADGE_CLASS[status]}`}>{RESPONSE_STATUS_LABEL[status]}</span>;
}
