// How dates and numbers read in Japanese pages, packets and exports: JST dates, 令和, percentages,
// safe CSS strings. Pure and import-free, so views may use it (eslint.config.js).

// All dates shown to users are Japan Standard Time; the server may run in any zone.
const JST = 'Asia/Tokyo';

const dateFmt = new Intl.DateTimeFormat('ja-JP', {
  timeZone: JST,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'short',
});
const dateTimeFmt = new Intl.DateTimeFormat('ja-JP', {
  timeZone: JST,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "2024-12-24" (a calendar date, no zone) → "2024年12月24日(火)". */
export function formatDate(ymd: string | null | undefined): string {
  if (!ymd) return '';
  const d = new Date(`${ymd}T12:00:00+09:00`);
  return Number.isNaN(d.getTime()) ? ymd : dateFmt.format(d);
}

// Japan has kept UTC+9 without daylight saving since 1952-01-01 (JST), so from then on the
// arithmetic below gives what Intl gives, at a fraction of the cost on 200-row lists.
const FIXED_OFFSET_SINCE = Date.UTC(1951, 11, 31, 15);
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** An instant (ISO string) → "2024/12/24 10:00" in JST. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const t = d.getTime();
  if (Number.isNaN(t)) return iso;
  if (t < FIXED_OFFSET_SINCE) return dateTimeFmt.format(d);
  const j = new Date(t + 9 * 3600_000);
  return `${j.getUTCFullYear()}/${j.getUTCMonth() + 1}/${j.getUTCDate()} ${pad2(j.getUTCHours())}:${pad2(j.getUTCMinutes())}`;
}

/** 令和 year for a Western fiscal year (令和元年 = 2019). */
export function reiwa(year: number): string {
  const r = year - 2018;
  return r === 1 ? '令和元年' : r > 1 ? `令和${r}年` : `${year}年`;
}

/** A change with its sign, as tables of increases print it: "+3", "0", "-2". */
export const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/** 「名称（令和6年度）」: the year is added only when the name does not already say it. */
export function nameWithYear(name: string, fiscalYear: number): string {
  const year = `${reiwa(fiscalYear)}度`;
  return name.includes(year) || name.includes(`${fiscalYear}年度`) ? name : `${name}（${year}）`;
}

const WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];

/** "2024-12-24" → "令和6年12月24日（火）" (Western year before 令和). */
export function warekiDate(ymd: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return ymd;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  const era = y >= 2019 && !(y === 2019 && mo < 5) ? (y === 2019 ? '令和元年' : `令和${y - 2018}年`) : `${y}年`;
  return `${era}${mo}月${d}日（${weekday}）`;
}

/** A date range without repeating the era and year: "令和6年10月18日〜10月25日". */
export function warekiPeriod(from: string | null, to: string | null): string {
  if (!from && !to) return '';
  const short = (ymd: string) => warekiDate(ymd).replace(/（.）$/, '');
  if (!from || !to) return `${from ? short(from) : ''}〜${to ? short(to) : ''}`;
  const a = short(from);
  const b = short(to);
  const year = /^.*?年/.exec(a)?.[0] ?? '';
  return `${a}〜${b.startsWith(year) && from.slice(0, 4) === to.slice(0, 4) ? b.slice(year.length) : b}`;
}

/** 0.778 → "77.8%"; null → "—". */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** A value for a CSS `content:` string inside a <style> element (no way to close the element). */
export function cssString(value: string): string {
  return `"${value
    .replace(/[\\"]/g, (ch) => `\\${ch}`)
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '\\3c ')}"`;
}
