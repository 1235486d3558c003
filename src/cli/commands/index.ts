// The CLI's commands, one module each; add a command with one import and one entry below.
// `help` lists them in this order.
import type { Command } from '../framework.ts';
import { userCreate } from './userCreate.ts';
import { backup } from './backup.ts';
import { restore } from './restore.ts';
import { projectDelete } from './projectDelete.ts';
import { importCommand } from './import.ts';
import { exportCommand } from './export.ts';
import { packetCommand } from './packet.ts';
import { demoCommand } from './demo.ts';
import { reportCommand } from './report.ts';

export const commands: Command[] = [
  userCreate,
  backup,
  restore,
  importCommand,
  exportCommand,
  packetCommand,
  reportCommand,
  demoCommand,
  projectDelete,
];
