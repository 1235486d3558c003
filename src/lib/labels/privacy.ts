// Who may read what (issue 15): the consent rule for case text, the audience of each meeting
// kind, and the small-number rule for breakdown tables. A pure leaf: views and src both use it.
import type { Consent } from './cases.ts';
import { isClosedMeeting, type MeetingKind } from './meetings.ts';

/**
 * The three consent states the rules speak of: 同意あり (本人同意あり・家族のみ同意), 同意なし
 * (同意なし（支援会議内のみ）) and 不明 (recorded as 不明). null = not recorded yet.
 */
export type ConsentState = 'given' | 'refused' | 'unknown';
export function consentState(consent: Consent | string | null): ConsentState | null {
  if (consent === 'person' || consent === 'family_only') return 'given';
  if (consent === 'support_meeting_only') return 'refused';
  return consent === 'unknown' ? 'unknown' : null;
}

/**
 * Whether a case's text (and its case-study sheet) may print in a packet of this kind of meeting.
 * 同意あり: anywhere. 同意なし: only in a 支援会議, whose members carry a duty of confidentiality.
 * 不明 (and not recorded): nowhere — the case is counted, never quoted. To discuss such a case in a
 * 支援会議, staff record its consent as 同意なし（支援会議内のみ） first: a decision, not a default.
 */
export function caseTextMayPrint(consent: Consent | string | null, kind: MeetingKind): boolean {
  const state = consentState(consent);
  if (state === 'given') return true;
  return state === 'refused' && isClosedMeeting(kind);
}

/** What the packet of a meeting of this kind does with the case, in one sentence for staff. */
export function casePrintNote(consent: Consent | string | null, kind: MeetingKind): string {
  if (consentState(consent) === null) return '同意の状態が未記録のため、候補にできません。';
  if (caseTextMayPrint(consent, kind)) return '資料に事例の内容が載ります。';
  return consentState(consent) === 'unknown'
    ? '同意が不明のため、資料には件数だけが載り、事例の内容と事例検討シートは載りません。'
    : '同意がないため、支援会議以外の資料には件数だけが載ります。';
}

/** Who receives a meeting's packet: the audience the 公開範囲の確認 names. */
export const MEETING_AUDIENCE: Record<MeetingKind, string> = {
  working_group: 'WGの構成機関（会議で配布）',
  network: 'ネットワーク会議の出席機関（会議で配布）',
  support_meeting: '支援会議の構成員のみ（守秘義務・会議後回収）',
};

/** How a hearing passage the agency did not mark shared is attributed in print. */
export const ANONYMOUS_AGENCY = 'ある機関';
export const PASSAGE_UNSHARED_NOTE = '機関名を伏せて「ある機関では…」として載せる（他の機関のリンクには表示しない）';

/** Cells of a table breaking cases down by agency, age band and sex together print as 「3未満」 below this. */
export const SMALL_CELL_MIN = 3;
export const SMALL_CELL_LABEL = '3未満';
export const SMALL_CELL_NOTE =
  '個人が特定されないよう、1件・2件のセルは「3未満」と表示しています（0件は 0）。合計は表示していません。';

/** A count as printed in a packet or export: 1 and 2 become 「3未満」. */
export function suppressSmall(n: number): number | string {
  return n > 0 && n < SMALL_CELL_MIN ? SMALL_CELL_LABEL : n;
}
