// The database and everything copied from it hold personal data: only the account running
// renkei may read them. SQLite gives the WAL and SHM files the mode of the database file.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

export const PRIVATE_FILE = 0o600;
const PRIVATE_FOLDER = 0o700;

/** Creates a missing folder (and its parents) readable by the owner only. */
export function ensurePrivateFolder(path: string): void {
  if (!existsSync(path)) mkdirSync(path, { recursive: true, mode: PRIVATE_FOLDER });
}

/** Creates an empty owner-only file, or tightens an existing one (files of older versions were 0644). */
export function ensurePrivateFile(path: string): void {
  if (existsSync(path)) {
    try {
      chmodSync(path, PRIVATE_FILE);
    } catch {
      // not ours to change (e.g. a read-only copy opened by another account)
    }
  } else closeSync(openSync(path, 'a', PRIVATE_FILE));
}
