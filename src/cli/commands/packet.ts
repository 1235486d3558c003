import { resolve } from 'node:path';
import { CliError, UsageError, type Command } from '../framework.ts';
import { buildPacketJson, findMeetingId, loadPacketData } from '../../packet/json.ts';
import { compilePacket } from '../../packet/compile.ts';
import { packetXlsx } from '../../packet/xlsx.ts';
import { CHROMIUM_INSTALL_HINT, chromiumAvailable, closePdfBrowser, htmlToPdf } from '../../packet/pdf.ts';
import { findProject } from '../../projects/queries.ts';
import { idArgument, writeFileAtomically } from './export.ts';
import { recordDownload } from '../../audit/commands.ts';
import { renderPacketHtml } from '../../packet/render.tsx';

const FORMATS = ['html', 'json', 'pdf', 'xlsx'];

export const packetCommand: Command = {
  name: 'packet',
  usage: '<projectId> <meetingId|meetingKey> --format html|json|pdf|xlsx [--out file]',
  summary: {
    ja: '会議資料を出力します。html は印刷用（A4）、json は集計値、pdf は Chromium で作成した PDF、xlsx はデータ付録です。html と json は --out を省略すると標準出力に、pdf と xlsx は --out が必要です。',
    en: 'Write a meeting packet: html (A4 print), json (aggregates), pdf (via Chromium) or xlsx (data appendix). html/json go to standard output without --out; pdf/xlsx need --out.',
  },
  options: { format: { type: 'string' }, out: { type: 'string' } },
  async run({ args, options, io, db }) {
    if (args.length !== 2) throw new UsageError('プロジェクトIDと会議（IDまたはキー）を指定してください');
    const projectId = idArgument(args[0], 'プロジェクトID');
    const format = options.format;
    if (typeof format !== 'string') throw new UsageError(`--format を指定してください（${FORMATS.join(' / ')}）`);
    if (!FORMATS.includes(format)) throw new UsageError(`--format は ${FORMATS.join(' / ')} のいずれかです: ${format}`);
    const out = typeof options.out === 'string' ? resolve(options.out) : null;
    if ((format === 'pdf' || format === 'xlsx') && !out)
      throw new UsageError(`--format ${format} では --out で保存先のファイルを指定してください`);
    if (format === 'pdf' && !chromiumAvailable()) throw new CliError(CHROMIUM_INSTALL_HINT.replaceAll('`', ''));

    const database = db();
    if (!findProject(database, projectId)) throw new CliError(`プロジェクト ${projectId} はありません`);
    const meetingId = findMeetingId(database, projectId, args[1]);
    const data = meetingId === null ? null : loadPacketData(database, projectId, meetingId);
    if (!data) throw new CliError(`プロジェクト ${projectId} に会議 ${args[1]} はありません`);
    let content: string | Uint8Array;
    if (format === 'json') content = `${JSON.stringify(buildPacketJson(data), null, 2)}\n`;
    else {
      // the same compiled packet the web pages render (saved section choice, order and comments)
      const doc = compilePacket(database, findProject(database, projectId)!, meetingId!, {
        generatedAt: new Date().toISOString(),
      })!;
      if (format === 'xlsx') content = await packetXlsx(doc);
      else {
        const html = await renderPacketHtml(doc);
        // the CLI renders one PDF: close the browser the server would keep warm, so the process ends
        content = format === 'pdf' ? await htmlToPdf(html).finally(closePdfBrowser) : html;
      }
    }
    recordDownload(
      database,
      { kind: 'system', label: 'コマンドライン（packet）' },
      {
        projectId,
        entity: 'packet',
        entityId: String(meetingId),
        file: `${format}: ${out ?? '標準出力'}`,
      },
    );
    if (out) {
      // a packet is regenerated from the data at any time, so replacing the file is expected
      writeFileAtomically(out, content, true);
      io.out(`書き出しました: ${out}`);
    } else {
      io.out(String(content).trimEnd());
    }
  },
};
