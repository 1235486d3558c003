import type { MiddlewareHandler } from 'hono';

export type RequestLogLine = { time: string; method: string; path: string; status: number; ms: number };

// Secret-bearing path segments: agency link tokens, live-meeting codes and one-time account links grant access by
// themselves, so they must never reach a log file.
const SECRET_SEGMENTS: [RegExp, string][] = [
  [/^\/a\/[^/]+/, '/a/:token'],
  [/^\/m\/[^/]+/, '/m/:code'],
  [/^\/invite\/[^/]+/, '/invite/:token'],
  [/^\/reset\/[^/]+/, '/reset/:token'],
];

/** The request path as it may be logged: no query string (it can carry input), secrets masked. */
export function loggablePath(path: string): string {
  for (const [pattern, mask] of SECRET_SEGMENTS) if (pattern.test(path)) return path.replace(pattern, mask);
  return path;
}

export function requestLogEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV !== 'test' && env.LOG_LEVEL !== 'silent';
}

/**
 * One JSON line per request on stdout. Only method, masked path, status and duration: no
 * query, body, cookies, IP address or user — nothing personal ends up in the log.
 */
export function requestLog(
  write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
  enabled: boolean = requestLogEnabled(),
): MiddlewareHandler {
  return async (c, next) => {
    if (!enabled) return next();
    const start = performance.now();
    await next();
    const entry: RequestLogLine = {
      time: new Date().toISOString(),
      method: c.req.method,
      path: loggablePath(c.req.path),
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    };
    write(JSON.stringify(entry));
  };
}
