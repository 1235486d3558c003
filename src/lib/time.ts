// The clock and calendar in Japan Standard Time; the server may run in any zone.

export function nowIso(): string {
  return new Date().toISOString();
}

/** Today's calendar date in JST as "YYYY-MM-DD". */
export function todayJst(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}
