// The session list a user sees: which browser on which system, when it logged in and was last
// used, and which row is the device in front of them.
import type { Db } from '../db/client.ts';
import { listSessions } from './queries.ts';

export type SessionRow = {
  handle: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
};

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\/|CriOS\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/iPhone|iPad/, 'iOS'],
  [/Android/, 'Android'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
];

/** 「Chrome（Windows）」 from a User-Agent header; 「不明な端末」 when nothing is recognised. */
export function describeUserAgent(ua: string): string {
  const browser = BROWSERS.find(([re]) => re.test(ua))?.[1];
  const system = SYSTEMS.find(([re]) => re.test(ua))?.[1];
  if (!browser && !system) return ua ? `不明な端末（${ua.slice(0, 40)}）` : '不明な端末';
  return system ? `${browser ?? 'ブラウザ'}（${system}）` : (browser ?? '');
}

export function sessionRows(db: Db, userId: number, currentIdHash: string, now = new Date()): SessionRow[] {
  return listSessions(db, userId, now)
    .filter((s) => s.handle)
    .map((s) => ({
      handle: s.handle!,
      device: describeUserAgent(s.userAgent),
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt ?? s.createdAt,
      current: s.idHash === currentIdHash,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}
