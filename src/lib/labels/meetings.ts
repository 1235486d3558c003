// The kinds of meeting, the rules each kind brings, and the meeting pages' notices, in Japanese.
// A pure leaf: views import it.

export const MEETING_KINDS = [
  { value: 'working_group', label: 'ワーキンググループ（WG）' },
  { value: 'network', label: 'ネットワーク会議' },
  { value: 'support_meeting', label: '支援会議（守秘義務のある個別事例の会議）' },
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number]['value'];

export const MEETING_KIND_LABEL: Record<MeetingKind, string> = {
  working_group: 'ワーキンググループ',
  network: 'ネットワーク会議',
  support_meeting: '支援会議',
};

/**
 * What each kind allows (issue 15). A 支援会議 (社会福祉法106条の6, 生活困窮者自立支援法, 重層的支援体制整備事業)
 * is closed to its members, who carry a duty of confidentiality: identified case details may be
 * discussed there, and its packet is marked 取扱注意・回収 and never shown on agency links.
 */
export const MEETING_KIND_RULE: Record<MeetingKind, string> = {
  working_group:
    'WGの構成機関向け。事例は本人（または家族）の同意がある場合だけ本文を載せ、同意がなければ件数のみです。',
  network: '多くの機関が参加します。事例は同意があり匿名化した本文だけを載せ、同意なし・不明の事例は件数のみです。',
  support_meeting:
    '守秘義務のある構成員だけの会議です（社会福祉法106条の6・生活困窮者自立支援法・重層的支援体制整備事業など）。同意なし（支援会議内のみ）の事例も本文を載せられます。資料は「取扱注意・回収」となり、機関用リンクには表示されません。',
};

/** How a closed meeting's packet is marked on its cover, every page and the screen. */
export const CLOSED_MEETING_MARK = '取扱注意・回収（支援会議）';

/** Whether a kind's packet is confidential: marked 取扱注意・回収, printed for members only, 404 on agency links. */
export function isClosedMeeting(kind: MeetingKind): boolean {
  return kind === 'support_meeting';
}

/**
 * Default of the live wall's moderation for a kind: a closed 支援会議 (and a small WG) shows cards
 * at once; a network meeting with many agencies shows them only after the facilitator approves.
 */
export function defaultWallModeration(kind: MeetingKind): 'immediate' | 'approval' {
  return kind === 'network' ? 'approval' : 'immediate';
}

// Shown once after a redirect (?done=…), so a reload does not repeat a write.
export const MEETING_NOTICES: Record<string, string> = {
  created: '会議を作成しました。',
  updated: '会議を保存しました。',
  deleted: '会議を削除しました。',
  standard: '標準スケジュールの会議5件を作成しました。日付・会場・時間を確認してください。',
};

/** Whether a title already says which meeting it is (第1回…, 第２回…, 第三回…): then no 第n回 is added. */
export function titleHasNumber(title: string): boolean {
  return /第\s*[0-9０-９一二三四五六七八九十]+\s*回/.test(title);
}

/** "14:00〜16:00", or '' when no time is set. */
export function timeRange(m: { startTime: string; endTime: string }): string {
  if (!m.startTime && !m.endTime) return '';
  return `${m.startTime}〜${m.endTime}`;
}
