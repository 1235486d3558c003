import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { projects } from '../../db/schema.ts';
import { recordAudit } from '../../audit/log.ts';
import { CliError, parseInput, UsageError, type Command } from '../framework.ts';

/**
 * Retention: when a project's year is over and its report is filed, its personal data
 * (case sheets, hearing records, answers, live-meeting cards) should not stay on the server.
 * Every table below `projects` cascades, so deleting the project row removes all of it;
 * secure_delete + VACUUM make sure the bytes do not linger in free pages of the file.
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
    const project = database.select().from(projects).where(eq(projects.id, id)).get();
    if (!project) throw new CliError(`プロジェクト ${id} は存在しません`);
    if (!options.yes)
      throw new UsageError(
        `「${project.name}」（ID ${id}）のデータをすべて削除します。元に戻せません。実行するには --yes を付けてください（事前に export で保存することをお勧めします）`,
      );
    database.$client.pragma('secure_delete = ON');
    database.transaction(() => {
      database.delete(projects).where(eq(projects.id, id)).run();
      // the project's own audit trail goes with it; this line records that the deletion happened
      recordAudit(database, {
        projectId: null,
        actor: { kind: 'system', label: 'コマンドライン（project:delete）' },
        action: 'delete',
        entity: 'project',
        entityId: id,
        detail: `${project.name}（${project.municipality}・${project.fiscalYear}年度）のデータを削除`,
      });
    });
    database.$client.exec('VACUUM');
    io.out(`プロジェクト「${project.name}」（ID ${id}）のデータを削除しました。`);
  },
};
