// Words of the attendance (出欠) pages.
export const RSVP_LABEL = { attend: '出席', absent: '欠席' } as const;
export const GUEST_ROLE_LABEL = { adviser: '助言者', observer: 'オブザーバー' } as const;

export const ATTENDANCE_NOTICES: Record<string, string> = {
  invited: '招待する機関を保存しました。',
  roll: '出席を保存しました。',
  guest: '助言者・オブザーバーを追加しました。',
  guestRemoved: '助言者・オブザーバーを削除しました。',
};

/** "招待 12・回答 8・出席 7": the three figures of the meeting list and the dashboard. */
export const attendanceLine = (c: { invited: number; replied: number; present: number }) =>
  `招待 ${c.invited}・回答 ${c.replied}・出席 ${c.present}`;
