import { describe, expect, it } from 'vitest';
import { holidayName, holidaysOf, isWorkday, nearestWorkday, weekday } from '../src/lib/holidays.ts';
import { standardSchedule } from '../src/meetings/schedule.ts';

describe('national holidays (国民の祝日)', () => {
  it('2024: Happy Mondays, equinoxes and five 振替休日', () => {
    expect([...holidaysOf(2024)]).toEqual([
      ['2024-01-01', '元日'],
      ['2024-01-08', '成人の日'],
      ['2024-02-11', '建国記念の日'],
      ['2024-02-12', '振替休日'],
      ['2024-02-23', '天皇誕生日'],
      ['2024-03-20', '春分の日'],
      ['2024-04-29', '昭和の日'],
      ['2024-05-03', '憲法記念日'],
      ['2024-05-04', 'みどりの日'],
      ['2024-05-05', 'こどもの日'],
      ['2024-05-06', '振替休日'],
      ['2024-07-15', '海の日'],
      ['2024-08-11', '山の日'],
      ['2024-08-12', '振替休日'],
      ['2024-09-16', '敬老の日'],
      ['2024-09-22', '秋分の日'],
      ['2024-09-23', '振替休日'],
      ['2024-10-14', 'スポーツの日'],
      ['2024-11-03', '文化の日'],
      ['2024-11-04', '振替休日'],
      ['2024-11-23', '勤労感謝の日'],
    ]);
  });

  it('2026: 9/22 is 国民の休日 between 敬老の日 (9/21) and 秋分の日 (9/23); 5/6 振替 for 5/3 on a Sunday', () => {
    const h = holidaysOf(2026);
    expect(h.get('2026-09-21')).toBe('敬老の日');
    expect(h.get('2026-09-22')).toBe('国民の休日');
    expect(h.get('2026-09-23')).toBe('秋分の日');
    expect(h.get('2026-03-20')).toBe('春分の日');
    expect(h.get('2026-05-06')).toBe('振替休日');
    expect(h.size).toBe(18);
  });

  it('the changed years: 2019 御即位, 2020/2021 Olympics, no 天皇誕生日 in 2019', () => {
    const h19 = holidaysOf(2019);
    expect(['04-30', '05-01', '05-02', '10-22'].map((d) => h19.get(`2019-${d}`))).toEqual([
      '国民の休日',
      '天皇の即位の日',
      '国民の休日',
      '即位礼正殿の儀の行われる日',
    ]);
    expect(h19.has('2019-12-23')).toBe(false);
    expect(h19.has('2019-02-23')).toBe(false);
    expect(holidayName('2020-07-24')).toBe('スポーツの日');
    expect(holidayName('2020-10-12')).toBeNull();
    expect(holidayName('2021-08-08')).toBe('山の日');
    expect(holidayName('2021-08-09')).toBe('振替休日');
    expect(holidayName('2025-03-20')).toBe('春分の日');
    expect(holidayName('2025-09-23')).toBe('秋分の日');
  });

  it('working days skip 土日・祝日 and 年末年始; the nearest one wins, the earlier on a tie', () => {
    expect(weekday('2026-09-26')).toBe(6);
    expect(isWorkday('2024-12-24')).toBe(true);
    expect(isWorkday('2024-12-30')).toBe(false);
    expect(isWorkday('2025-01-03')).toBe(false);
    expect(nearestWorkday('2026-09-26')).toBe('2026-09-25'); // Saturday → Friday
    expect(nearestWorkday('2026-11-29')).toBe('2026-11-30'); // Sunday → Monday
    expect(nearestWorkday('2025-11-24')).toBe('2025-11-25'); // 振替休日 (Mon): Fri 21st is 3 back, Tue 25th 1 ahead
    expect(nearestWorkday('2024-09-23')).toBe('2024-09-24'); // 振替休日 (Mon): Tue 24th 1 ahead, Fri 20th 3 back
    expect(nearestWorkday('2026-09-22')).toBe('2026-09-24'); // Mon 21–Wed 23 holidays: Fri 18th 4 back, Thu 24th 2 ahead
    expect(nearestWorkday('2025-02-11')).toBe('2025-02-10'); // Tuesday holiday: Monday and Wednesday tie → Monday
  });
});

describe('standard schedule on working days', () => {
  it('keeps the seed year 2024 (all weekdays) and moves 2026 off the weekend', () => {
    expect(standardSchedule(2024, []).map((m) => m.date)).toEqual([
      '2024-09-26',
      '2024-11-29',
      '2024-12-24',
      '2025-01-28',
      '2025-02-21',
    ]);
    // 2026-09-26 Sat → Fri 25th; 11-29 Sun → Mon 30th; 2027-02-21 Sun → Mon 22nd.
    expect(standardSchedule(2026, []).map((m) => m.date)).toEqual([
      '2026-09-25',
      '2026-11-30',
      '2026-12-24',
      '2027-01-28',
      '2027-02-22',
    ]);
  });

  it('never falls on a weekend or a national holiday in fiscal years 2019–2035', () => {
    for (let fy = 2019; fy <= 2035; fy++) {
      for (const m of standardSchedule(fy, [])) {
        expect([m.date, weekday(m.date) % 6 === 0 || holidayName(m.date) !== null]).toEqual([m.date, false]);
      }
    }
  });
});
