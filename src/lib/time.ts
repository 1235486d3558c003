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

export function nowIso(): string {
  return new Date().toISOString();
}

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

/** Today's calendar date in JST as "YYYY-MM-DD". */
export function todayJst(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

/** 令和 year for a Western fiscal year (令和元年 = 2019). */
export function reiwa(year: number): string {
  const r = year - 2018;
  return r === 1 ? '令和元年' : r > 1 ? `令和${r}年` : `${year}年`;
}
