// 国民の祝日 (国民の祝日に関する法律) as a pure function of the year: fixed dates, the Happy
// Monday days, 春分の日/秋分の日 by the usual astronomical approximation (valid 1980–2099),
// 振替休日 (a holiday on a Sunday moves to the next day that is not a holiday) and 国民の休日
// (a day between two holidays). Rules as in force since 2007, with the 2016 (山の日), 2019
// (御即位) and 2020–2021 (東京オリンピック) changes; other years use today's rules.
// Dates are "YYYY-MM-DD" calendar strings (no time zone).

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Day of week (0 = Sunday) of a calendar date. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The date `days` days after (before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** The n-th Monday of a month, e.g. 成人の日 = nthMonday(y, 1, 2). */
function nthMonday(y: number, m: number, n: number): string {
  const first = weekday(iso(y, m, 1));
  return iso(y, m, 1 + ((8 - first) % 7) + 7 * (n - 1));
}

const cycle = (y: number) => 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4);
/** 春分日 (day of March), approximation valid 1980–2099. */
export const vernalEquinoxDay = (y: number) => Math.floor(20.8431 + cycle(y));
/** 秋分日 (day of September), approximation valid 1980–2099. */
export const autumnalEquinoxDay = (y: number) => Math.floor(23.2488 + cycle(y));

function statutoryHolidays(y: number): [string, string][] {
  const h: [string, string][] = [
    [iso(y, 1, 1), '元日'],
    [nthMonday(y, 1, 2), '成人の日'],
    [iso(y, 2, 11), '建国記念の日'],
    [iso(y, 3, vernalEquinoxDay(y)), '春分の日'],
    [iso(y, 4, 29), '昭和の日'],
    [iso(y, 5, 3), '憲法記念日'],
    [iso(y, 5, 4), 'みどりの日'],
    [iso(y, 5, 5), 'こどもの日'],
    [nthMonday(y, 9, 3), '敬老の日'],
    [iso(y, 9, autumnalEquinoxDay(y)), '秋分の日'],
    [iso(y, 11, 3), '文化の日'],
    [iso(y, 11, 23), '勤労感謝の日'],
  ];
  if (y >= 2020) h.push([iso(y, 2, 23), '天皇誕生日']);
  else if (y <= 2018) h.push([iso(y, 12, 23), '天皇誕生日']);
  // 海の日・スポーツの日（体育の日）・山の日; moved for the Olympics in 2020 and 2021.
  const olympic: Record<number, [string, string, string]> = {
    2020: [iso(2020, 7, 23), iso(2020, 7, 24), iso(2020, 8, 10)],
    2021: [iso(2021, 7, 22), iso(2021, 7, 23), iso(2021, 8, 8)],
  };
  const [sea, sports, mountain] = olympic[y] ?? [nthMonday(y, 7, 3), nthMonday(y, 10, 2), iso(y, 8, 11)];
  h.push([sea, '海の日'], [sports, y >= 2020 ? 'スポーツの日' : '体育の日']);
  if (y >= 2016) h.push([mountain, '山の日']);
  if (y === 2019) h.push([iso(2019, 5, 1), '天皇の即位の日'], [iso(2019, 10, 22), '即位礼正殿の儀の行われる日']);
  return h;
}

/** Every national holiday of the calendar year, date → name, in date order. */
export function holidaysOf(year: number): Map<string, string> {
  const found = new Map(statutoryHolidays(year));
  // 国民の休日: a day that is not itself a holiday (nor a Sunday) between two holidays.
  for (const date of [...found.keys()]) {
    const between = addDays(date, 1);
    if (found.has(addDays(date, 2)) && !found.has(between) && weekday(between) !== 0) found.set(between, '国民の休日');
  }
  // 振替休日: a holiday on a Sunday makes the next day that is not a holiday a holiday.
  for (const date of [...found.keys()]) {
    if (weekday(date) !== 0) continue;
    let next = addDays(date, 1);
    while (found.has(next)) next = addDays(next, 1);
    found.set(next, '振替休日');
  }
  return new Map([...found].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The holiday's name, or null on an ordinary day. */
export function holidayName(date: string): string | null {
  return holidaysOf(Number(date.slice(0, 4))).get(date) ?? null;
}

/** 土日・祝日 and the public offices' 年末年始 (12/29–1/3) are not working days. */
export function isWorkday(date: string): boolean {
  const day = weekday(date);
  const md = date.slice(5);
  if (day === 0 || day === 6 || md >= '12-29' || md <= '01-03') return false;
  return holidayName(date) === null;
}

/** The date itself when it is a working day, else the nearest one (the earlier on a tie). */
export function nearestWorkday(date: string): string {
  if (isWorkday(date)) return date;
  for (let d = 1; ; d++) {
    if (isWorkday(addDays(date, -d))) return addDays(date, -d);
    if (isWorkday(addDays(date, d))) return addDays(date, d);
  }
}
