import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, UsageError, type Command } from '../framework.ts';
import { formatProblem, importBundle, parseBundleText } from '../../bundle/index.ts';
import { findProject } from '../../projects/queries.ts';

export const importCommand: Command = {
  name: 'import',
  usage: '<bundle.json>',
  summary: {
    ja: 'プロジェクトバンドル（renkei-bundle/1）を新しいプロジェクトとして取り込み、最後の行にプロジェクトIDを表示します。問題があれば何も書き込まず、項目ごとに一覧表示します。',
    en: 'Import a project bundle (renkei-bundle/1) as a new project; the last line is the project id. On any problem nothing is written and each problem is listed by JSON path.',
  },
  run({ args, io, db }) {
    if (args.length !== 1) throw new UsageError('取り込むバンドルファイルを1つ指定してください');
    const file = resolve(args[0]);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new CliError(
        `ファイルを読めません: ${file}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`,
      );
    }
    const parsed = parseBundleText(text);
    if (!parsed.ok) {
      const lines = parsed.problems.map((p) => `  ${formatProblem(p)}`);
      throw new CliError(
        `バンドルを取り込めませんでした（問題 ${parsed.problems.length} 件）。何も書き込んでいません。\n${lines.join('\n')}`,
      );
    }
    const database = db();
    const id = importBundle(database, parsed.bundle, { actor: { kind: 'system', label: 'コマンドライン（import）' } });
    const b = parsed.bundle;
    io.out(
      `取り込みました: 「${findProject(database, id)!.name}」 機関 ${b.agencies.length} 件、アンケート回答 ${b.questionnaire?.responses.length ?? 0} 件、会議 ${b.meetings?.length ?? 0} 件`,
    );
    io.out(String(id));
  },
};
