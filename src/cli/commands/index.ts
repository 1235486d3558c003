// The CLI's commands, one module each; add a command with one import and one entry below.
// `help` lists them in this order.
import type { Command } from '../framework.ts';
import { userCreate } from './userCreate.ts';
import { backup } from './backup.ts';
import { importCommand } from './import.ts';
import { exportCommand } from './export.ts';
import { packetCommand } from './packet.ts';
import { demoCommand } from './demo.ts';

export const commands: Command[] = [
  userCreate,
  backup,
  importCommand,
  exportCommand,
  packetCommand,
  demoCommand,
];
