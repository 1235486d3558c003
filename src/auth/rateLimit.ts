// In-memory login throttle: enough for one server process serving one health centre.
export type LoginThrottle = {
  /** Seconds to wait, or 0 when another attempt is allowed. */
  retryAfter(keys: string[], now?: number): number;
  fail(keys: string[], now?: number): void;
  reset(keys: string[]): void;
};

export function createLoginThrottle(maxFailures = 5, windowMs = 15 * 60_000): LoginThrottle {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    retryAfter(keys, now = Date.now()) {
      let wait = 0;
      for (const key of keys) {
        const list = recent(key, now);
        if (list.length >= maxFailures) wait = Math.max(wait, Math.ceil((list[0] + windowMs - now) / 1000));
      }
      return wait;
    },
    fail(keys, now = Date.now()) {
      for (const key of keys) failures.set(key, [...recent(key, now), now]);
      if (failures.size > 10_000) failures.clear();
    },
    reset(keys) {
      for (const key of keys) failures.delete(key);
    },
  };
}
