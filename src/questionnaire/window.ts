import { formatDate } from '../lib/format.ts';

export type WindowState = 'unscheduled' | 'not_open' | 'open' | 'closed';

/** The reply window with where today stands in it; every questionnaire page shows it. */
export type QuestionnaireWindow = { opensOn: string | null; closesOn: string | null; state: WindowState };

/** Agencies may answer from opensOn to closesOn inclusive (JST calendar days). */
export function windowState(w: { opensOn: string | null; closesOn: string | null }, today: string): WindowState {
  if (!w.opensOn) return 'unscheduled';
  if (today < w.opensOn) return 'not_open';
  if (w.closesOn && today > w.closesOn) return 'closed';
  return 'open';
}

/** Why the form is read-only, for the agency (null while answering is possible). */
export function windowExplanation(
  state: WindowState,
  w: { opensOn: string | null; closesOn: string | null },
): string | null {
  switch (state) {
    case 'unscheduled':
      return '回答の受付期間がまだ決まっていません。保健所からの案内をお待ちください。';
    case 'not_open':
      return `回答の受付は${formatDate(w.opensOn)}から始まります。それまでは内容の確認のみできます。`;
    case 'closed':
      return `回答の受付は${formatDate(w.closesOn)}で締め切りました。修正が必要な場合は保健所の担当者にご連絡ください。`;
    case 'open':
      return null;
  }
}
