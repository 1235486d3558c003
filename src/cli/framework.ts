// A small command framework: each command is a module in ./commands/ listed in
// ./commands/index.ts. The runner parses options, opens the database on demand and maps
// failures to exit codes (2 = bad invocation, 1 = the command failed).
import { parseArgs } from 'node:util';
import type { ZodType } from 'zod';
import type { Db } from '../db/client.ts';
import { validate } from '../lib/validation.ts';

/** The invocation itself is wrong (unknown option, missing argument, invalid value): exit 2. */
export class UsageError extends Error {}
/** The command could not do its job (file exists, unknown project…): exit 1. */
export class CliError extends Error {}

export type OptionSpec = { type: 'string' | 'boolean'; multiple?: boolean };
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export type Io = {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
  /** Asks for a secret on the terminal without echo; null when there is no terminal. */
  promptSecret: (question: string) => Promise<string | null>;
};

export type CommandContext = {
  args: string[];
  options: OptionValues;
  io: Io;
  /** The database (DATABASE_PATH, as for the server), opened on first use and closed at the end. */
  db: () => Db;
};

export type Command = {
  name: string;
  /** Arguments after the name, e.g. "<file> [--force]". */
  usage: string;
  summary: { ja: string; en: string };
  options?: Record<string, OptionSpec>;
  run: (ctx: CommandContext) => Promise<void> | void;
};

/**
 * Validates command input with a zod schema; errors become a UsageError listing each problem
 * under the name the user typed (`labels` maps schema keys to e.g. "--email").
 */
export function parseInput<T>(schema: ZodType<T>, raw: unknown, labels: Record<string, string> = {}): T {
  const parsed = validate(schema, raw);
  if (parsed.ok) return parsed.data;
  const lines = Object.entries(parsed.errors).map(([key, msg]) => `  ${labels[key] ?? key}: ${msg}`);
  throw new UsageError(`入力内容に問題があります:\n${lines.join('\n')}`);
}

function helpText(commands: Command[]): string[] {
  const rows: [string, Command['summary']][] = [
    ...commands.map((c): [string, Command['summary']] => [`${c.name} ${c.usage}`.trim(), c.summary]),
    ['help [command]', { ja: 'コマンドの一覧と使い方を表示します。', en: 'Show the commands and how to use them.' }],
  ];
  return [
    'renkei コマンドライン / renkei command line',
    '使い方 / Usage: npm run cli -- <command> [arguments]',
    '',
    'コマンド / Commands:',
    ...rows.flatMap(([usage, s]) => [`  ${usage}`, `      ${s.ja}`, `      ${s.en}`]),
    '',
    'データベースは環境変数 DATABASE_PATH（既定 ./data/renkei.db）です。 / The database is DATABASE_PATH (default ./data/renkei.db).',
  ];
}

const usageLine = (c: Command) => `使い方 / Usage: npm run cli -- ${c.name} ${c.usage}`.trimEnd();

/** Runs one invocation and returns the process exit code. */
export async function runCli(argv: string[], commands: Command[], io: Io, openDatabase: () => Db): Promise<number> {
  const [name, ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    const target = commands.find((c) => c.name === rest[0]);
    for (const line of target ? [usageLine(target), target.summary.ja, target.summary.en] : helpText(commands))
      io.out(line);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(name ? `不明なコマンドです / Unknown command: ${name}` : 'コマンドを指定してください / No command given.');
    for (const line of helpText(commands)) io.err(line);
    return 2;
  }

  let db: Db | undefined;
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: command.options ?? {}, allowPositionals: true, strict: true });
    } catch (e) {
      const { code, message } = e as { code?: string; message: string };
      const option = /'([^' ]+)/.exec(message)?.[1] ?? '';
      throw new UsageError(
        code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
          ? `不明なオプションです / Unknown option: ${option}`
          : `オプションの指定が正しくありません / ${message}`,
      );
    }
    await command.run({
      args: parsed.positionals,
      options: parsed.values as OptionValues,
      io,
      db: () => (db ??= openDatabase()),
    });
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`エラー: ${e.message}`);
      io.err(usageLine(command));
      return 2;
    }
    io.err(`エラー: ${e instanceof CliError ? e.message : `予期しない問題が発生しました（${(e as Error).message}）`}`);
    return 1;
  } finally {
    db?.$client.close();
  }
}
