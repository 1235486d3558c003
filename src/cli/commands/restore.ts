import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { defaultDatabasePath } from '../../db/client.ts';
import { ensurePrivateFile, ensurePrivateFolder } from '../../db/files.ts';
import { runningServer } from '../../db/serverLock.ts';
import { CliError, UsageError, type Command } from '../framework.ts';

/** Puts a file made by `backup` back as the database. The server must be stopped first. */
export const restore: Command = {
  name: 'restore',
  usage: '<backupFile> [--force]',
  summary: {
    ja: 'backup で作ったファイルからデータベースを復元します（サーバーを止めてから実行）。既存のデータベースは --force がなければ置き換えません。',
    en: 'Restore the database from a file made by backup (stop the server first). An existing database is only replaced with --force.',
  },
  options: { force: { type: 'boolean' } },
  async run({ args, options, io }) {
    if (args.length !== 1) throw new UsageError('復元するバックアップファイルを1つ指定してください');
    const source = resolve(args[0]);
    const target = resolve(defaultDatabasePath(io.env));
    if (!existsSync(source)) throw new CliError(`ファイルがありません: ${source}`);
    if (source === target) throw new CliError('復元元と復元先が同じファイルです');
    const server = runningServer(target);
    if (server !== null)
      throw new CliError(
        `サーバーが起動中のため復元できません（プロセス番号 ${server}、データベース ${target}）。サーバーを止めてから、もう一度実行してください。`,
      );
    if (existsSync(target) && !options.force)
      throw new CliError(
        `データベースが既にあります: ${target}（置き換える場合はサーバーを止めてから --force を付けてください）`,
      );

    let backup: Database.Database;
    try {
      backup = new Database(source, { readonly: true, fileMustExist: true });
      const ok = backup.pragma('integrity_check', { simple: true });
      const tables = backup
        .prepare("select count(*) n from sqlite_master where type = 'table' and name in ('users', 'projects')")
        .get() as { n: number };
      if (ok !== 'ok' || tables.n !== 2) throw new Error('renkei のデータベースではないか、壊れています');
    } catch (e) {
      throw new CliError(`バックアップとして読み込めません: ${source}（${(e as Error).message}）`);
    }
    ensurePrivateFolder(dirname(target));
    const partial = `${target}.restore-${process.pid}`;
    try {
      ensurePrivateFile(partial);
      await backup.backup(partial);
      backup.close();
      // the old database's WAL must not be replayed onto the restored file
      for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
      renameSync(partial, target);
    } catch (e) {
      rmSync(partial, { force: true });
      throw new CliError(`復元に失敗しました: ${(e as Error).message}`);
    }
    io.out(`復元しました: ${source} → ${target}`);
  },
};
