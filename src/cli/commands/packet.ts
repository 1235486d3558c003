import { resolve } from 'node:path';
import { CliError, UsageError, type Command } from '../framework.ts';
import { buildPacketJson, findMeetingId, loadPacketData } from '../../packet/json.ts';
import { findProject } from '../../projects/queries.ts';
import { idArgument, writeFileAtomically } from './export.ts';

const FORMATS = ['html', 'json', 'pdf', 'xlsx'];

export const packetCommand: Command = {
  name: 'packet',
  usage: '<projectId> <meetingId|meetingKey> --format json [--out file]',
  summary: {
    ja: '会議資料の集計（年齢帯別の人数と落ち込み、1人あたり対応回数など）を JSON で出力します。--out を省略すると標準出力に出します。',
    en: 'Write a meeting packet’s aggregates (age bands and drop-offs, contacts per case …) as JSON, to --out or standard output.',
  },
  options: { format: { type: 'string' }, out: { type: 'string' } },
  run({ args, options, io, db }) {
    if (args.length !== 2) throw new UsageError('プロジェクトIDと会議（IDまたはキー）を指定してください');
    const projectId = idArgument(args[0], 'プロジェクトID');
    const format = options.format;
    if (typeof format !== 'string') throw new UsageError(`--format を指定してください（${FORMATS.join(' / ')}）`);
    if (!FORMATS.includes(format)) throw new UsageError(`--format は ${FORMATS.join(' / ')} のいずれかです: ${format}`);
    if (format !== 'json') throw new CliError(`--format ${format} はまだコマンドラインから出力できません。画面の「会議資料」から出力してください（json は出力できます）`);

    const database = db();
    if (!findProject(database, projectId)) throw new CliError(`プロジェクト ${projectId} はありません`);
    const meetingId = findMeetingId(database, projectId, args[1]);
    const data = meetingId === null ? null : loadPacketData(database, projectId, meetingId);
    if (!data) throw new CliError(`プロジェクト ${projectId} に会議 ${args[1]} はありません`);
    const json = `${JSON.stringify(buildPacketJson(data), null, 2)}\n`;
    if (typeof options.out === 'string') {
      // a packet is regenerated from the data at any time, so replacing the file is expected
      writeFileAtomically(resolve(options.out), json, true);
      io.out(`書き出しました: ${resolve(options.out)}`);
    } else {
      io.out(json.trimEnd());
    }
  },
};
