import { randomInt } from 'node:crypto';

/** Normalises what a participant typed (full-width digits, spaces, hyphens) to 6 ASCII digits, or null. */
export function normaliseJoinCode(input: string): string | null {
  const digits = input.normalize('NFKC').replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** A random 6-digit code not used by another open meeting. */
export function generateJoinCode(
  taken: (code: string) => boolean,
  random: () => number = () => randomInt(0, 1_000_000),
): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const code = String(random()).padStart(6, '0');
    if (!taken(code)) return code;
  }
  throw new Error('参加コードを発行できませんでした。もう一度お試しください。');
}
