// While the server runs, `<database>.lock` holds its process id, so the command line can
// refuse operations that must not happen under a running server (restore). A server killed
// outright leaves the file behind; a pid that no longer exists marks it as stale.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PRIVATE_FILE } from './files.ts';

const lockPath = (dbPath: string) => `${resolve(dbPath)}.lock`;

/** Writes the lock for this process; it is removed when the process exits. */
export function holdServerLock(dbPath: string): void {
  const path = lockPath(dbPath);
  writeFileSync(path, `${process.pid}\n`, { mode: PRIVATE_FILE });
  process.once('exit', () => {
    if (lockHolder(path) === process.pid) rmSync(path, { force: true });
  });
}

function lockHolder(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another account
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id of a server that has the database open, or null. */
export function runningServer(dbPath: string): number | null {
  const pid = lockHolder(lockPath(dbPath));
  return pid !== null && pid !== process.pid && isAlive(pid) ? pid : null;
}
