// Shared by the data-at-rest tests: a temp installation and the command line run in-process
// against it (the server, when a test needs one, is the real process from e2e/harness.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/db/client.ts';
import { runCli, type Io } from '../../src/cli/framework.ts';
import { commands } from '../../src/cli/commands/index.ts';

export function tempInstallation(prefix: string): { dir: string; dbPath: string } {
  const dir = mkdtempSync(join(tmpdir(), `renkei-${prefix}-`));
  return { dir, dbPath: join(dir, 'data', 'renkei.db') };
}

export async function cli(argv: string[], dbPath: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env: { DATABASE_PATH: dbPath },
    promptSecret: async () => null,
  };
  const code = await runCli(argv, commands, io, () => openDb(dbPath));
  return { code, out: out.join('\n'), err: err.join('\n') };
}
