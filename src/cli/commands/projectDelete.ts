import { z } from 'zod';
import { deleteProject } from '../../projects/commands.ts';
import { findProject } from '../../projects/queries.ts';
import { CliError, parseInput, UsageError, type Command } from '../framework.ts';

/**
 * Retention: when a project's year is over and its report is filed, its personal data
 * (case sheets, hearing records, answers, live-meeting cards) should not stay on the server.
 */
export const projectDelete: Command = {
  name: 'project:delete',
  usage: '<projectId> --yes',
  summary: {
    ja: '終了したプロジェクトのデータ（機関・回答・ヒアリング・事例・会議・資料・操作履歴）を完全に削除します。事前に export で保存してください。--yes が必要です。',
    en: "Permanently delete a finished project's data (agencies, answers, hearings, cases, meetings, packets, audit log). Export it first. Requires --yes.",
  },
  options: { yes: { type: 'boolean' } },
  run({ args, options, io, db }) {
    if (args.length !== 1) throw new UsageError('削除するプロジェクトのIDを1つ指定してください');
    const id = parseInput(
      z.object({ id: z.coerce.number().int().positive('プロジェクトIDは正の整数です') }),
      { id: args[0] },
      { id: '<projectId>' },
    ).id;
    const database = db();
    const project = findProject(database, id);
    if (!project) throw new CliError(`プロジェクト ${id} は存在しません`);
    if (!options.yes)
      throw new UsageError(
        `「${project.name}」（ID ${id}）のデータをすべて削除します。元に戻せません。実行するには --yes を付けてください（事前に export で保存することをお勧めします）`,
      );
    const result = deleteProject(database, { kind: 'system', label: 'コマンドライン（project:delete）' }, project);
    if (!result.ok)
      throw new CliError(
        `プロジェクト「${project.name}」（ID ${id}）のデータは削除しましたが、サーバーの処理が続いているため、削除した内容がまだデータベースの作業ファイル（-wal）に残っています。サーバーを一度止めて起動し直すと消去が完了します。`,
      );
    io.out(`プロジェクト「${project.name}」（ID ${id}）のデータを削除しました。`);
  },
};
