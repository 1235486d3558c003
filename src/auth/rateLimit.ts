// In-memory failure throttle (login, join codes): enough for one server process serving one
// health centre. Bounded: when more than `maxKeys` keys are counted, the least recently failed
// ones are forgotten first, but a key that is locked right now is never forgotten (otherwise
// failures from many addresses would lift an existing lock).
export type LoginThrottle = {
  /** Seconds to wait, or 0 when another attempt is allowed. */
  retryAfter(keys: string[], now?: number): number;
  fail(keys: string[], now?: number): void;
  reset(keys: string[]): void;
  /** How many keys are counted (for tests and monitoring). */
  size(): number;
};

export function createLoginThrottle(maxFailures = 5, windowMs = 15 * 60_000, maxKeys = 10_000): LoginThrottle {
  // insertion order = order of the last failure, so iteration meets the stalest keys first
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < windowMs);

  const evict = (now: number) => {
    const target = Math.floor(maxKeys * 0.9);
    for (const key of failures.keys()) {
      if (failures.size <= target) return;
      if (recent(key, now).length < maxFailures) failures.delete(key);
    }
  };

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
      for (const key of keys) {
        const list = [...recent(key, now), now].slice(-maxFailures);
        failures.delete(key);
        failures.set(key, list);
      }
      if (failures.size > maxKeys) evict(now);
    },
    reset(keys) {
      for (const key of keys) failures.delete(key);
    },
    size: () => failures.size,
  };
}
