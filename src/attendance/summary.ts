// The attendance list as the packet cover and the minutes print it.
// structural types (not the query module's): src/db/schema.ts reaches this file through the minutes type
type Invitation = {
  name: string;
  rsvp: 'attend' | 'absent' | null;
  headcount: number | null;
  present: boolean;
  presentCount: number | null;
};
type Guest = { role: 'adviser' | 'observer'; name: string; affiliation: string; present: boolean };

export type AttendanceList = {
  /** 'present' after the roll-call, 'expected' (replied 出席) before it. */
  basis: 'present' | 'expected';
  agencies: { name: string; count: number | null }[];
  advisers: string[];
  observers: string[];
};

const guestName = (g: Guest) => (g.affiliation ? `${g.name}（${g.affiliation}）` : g.name);

export function attendanceList(invitations: readonly Invitation[], guests: readonly Guest[]): AttendanceList {
  const taken = invitations.some((i) => i.present) || guests.some((g) => g.present);
  const agencies = taken
    ? invitations.filter((i) => i.present).map((i) => ({ name: i.name, count: i.presentCount }))
    : invitations.filter((i) => i.rsvp === 'attend').map((i) => ({ name: i.name, count: i.headcount }));
  const pick = (role: Guest['role']) => guests.filter((g) => g.role === role && (!taken || g.present)).map(guestName);
  return { basis: taken ? 'present' : 'expected', agencies, advisers: pick('adviser'), observers: pick('observer') };
}
