import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PRIVATE_FILE } from '../../db/files.ts';
import { CliError, UsageError, type Command } from '../framework.ts';
import { exportBundle, serializeBundle } from '../../bundle/index.ts';
import { recordAudit } from '../../audit/log.ts';

/** A positive integer id typed on the command line. */
export function idArgument(value: string | undefined, label: string): number {
  if (!value || !/^[1-9]\d*$/.test(value))
    throw new UsageError(`${label}は数字で指定してください${value ? `: ${value}` : ''}`);
  return Number(value);
}

/** Writes beside the target and renames, so a failed run never leaves a half-written file. */
export function writeFileAtomically(target: string, content: string | Uint8Array, force: boolean): void {
  if (existsSync(target) && !force)
    throw new CliError(`ファイルが既に存在します: ${target}（上書きする場合は --force を付けてください）`);
  if (!existsSync(dirname(target))) throw new CliError(`保存先のフォルダがありません: ${dirname(target)}`);
  const partial = `${target}.partial-${process.pid}`;
  try {
    writeFileSync(partial, content, { mode: PRIVATE_FILE });
    renameSync(partial, target);
  } catch (e) {
    rmSync(partial, { force: true });
    throw new CliError(`ファイルを書き出せませんでした: ${(e as Error).message}`);
  }
}

export const exportCommand: Command = {
  name: 'export',
  usage: '<projectId> [file] [--force]',
  summary: {
    ja: 'プロジェクトをバンドル（renkei-bundle/1）として書き出します。ファイルを省略すると標準出力に出します。',
    en: 'Export a project as a bundle (renkei-bundle/1), to the file or to standard output.',
  },
  options: { force: { type: 'boolean' } },
  run({ args, options, io, db }) {
    if (args.length < 1 || args.length > 2)
      throw new UsageError('プロジェクトIDと、必要なら書き出し先のファイルを指定してください');
    const projectId = idArgument(args[0], 'プロジェクトID');
    const database = db();
    const bundle = exportBundle(database, projectId);
    if (!bundle) throw new CliError(`プロジェクト ${projectId} はありません`);
    const json = serializeBundle(bundle);
    const target = args[1] === undefined ? undefined : resolve(args[1]);
    if (target) writeFileAtomically(target, json, options.force === true);
    recordAudit(database, {
      projectId,
      actor: { kind: 'system', label: 'コマンドライン（export）' },
      action: 'bundle.export',
      entity: 'project',
      entityId: projectId,
      detail: target ?? '標準出力',
    });
    if (target) io.out(`書き出しました: ${target}`);
    else io.out(json.trimEnd());
  },
};
