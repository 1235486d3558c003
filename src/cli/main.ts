import { openDb } from '../db/client.ts';
import { commands } from './commands/index.ts';
import { runCli } from './framework.ts';
import { terminalIo } from './terminal.ts';

process.exitCode = await runCli(process.argv.slice(2), commands, terminalIo, () => openDb());
