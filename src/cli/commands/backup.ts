import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ensurePrivateFile } from '../../db/files.ts';
import { linkKeyPath } from '../../settings.ts';
import { CliError, UsageError, type Command } from '../framework.ts';

export const backup: Command = {
  name: 'backup',
  usage: '<file> [--force]',
  summary: {
    ja: '稼働中でも安全に、データベースの複製をファイルに保存します（SQLite オンラインバックアップ）。既存のファイルは --force がなければ上書きしません。',
    en: 'Copy the database to a file, safely even while the server runs (SQLite online backup). An existing file is only replaced with --force.',
  },
  options: { force: { type: 'boolean' } },
  async run({ args, options, io, db }) {
    if (args.length !== 1) throw new UsageError('保存先のファイルを1つ指定してください');
    const target = resolve(args[0]);
    if (existsSync(target) && !options.force)
      throw new CliError(`ファイルが既に存在します: ${target}（上書きする場合は --force を付けてください）`);
    if (!existsSync(dirname(target))) throw new CliError(`保存先のフォルダがありません: ${dirname(target)}`);
    const database = db();
    if (resolve(database.$client.name) === target) throw new CliError('使用中のデータベースそのものには保存できません');

    // Write beside the target and rename, so a failed run never leaves a half-written backup
    // in place of a good one.
    const partial = `${target}.partial-${process.pid}`;
    try {
      ensurePrivateFile(partial);
      await database.$client.backup(partial);
      renameSync(partial, target);
    } catch (e) {
      rmSync(partial, { force: true });
      throw new CliError(`バックアップに失敗しました: ${(e as Error).message}`);
    }
    io.out(`バックアップを作成しました: ${target}（${Math.ceil(statSync(target).size / 1024)} KB）`);
    const key = linkKeyPath(database.$client.name);
    if (existsSync(key))
      io.out(
        `機関リンクの鍵ファイル ${resolve(key)} はバックアップに含まれません。失うとリンクの再発行が必要になるため、別の場所に保管してください。`,
      );
  },
};
