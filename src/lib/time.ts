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

/** An instant (ISO string) → "2024/12/24 10:00" in JST. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${dateTimeFmt.format(d)}`;
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
