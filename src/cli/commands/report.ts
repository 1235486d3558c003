import { resolve } from 'node:path';
import { CliError, UsageError, type Command } from '../framework.ts';
import { idArgument, writeFileAtomically } from './export.ts';
import { compileReport, REPORT_FORMATS, type ReportFormat } from '../../report/compile.ts';
import { CHROMIUM_INSTALL_HINT, chromiumAvailable } from '../../packet/pdf.ts';

export const reportCommand: Command = {
  name: 'report',
  usage: '<projectId> --format docx|pdf|html [--out file]',
  summary: {
    ja: '年度末の事業報告書を出力します（docx は Word、pdf は A4、html）。html は --out を省略すると標準出力に、docx と pdf は --out が必要です。',
    en: 'Write the year-end report (事業報告書): docx (Word), pdf (A4) or html. html goes to standard output without --out; docx/pdf need --out.',
  },
  options: { format: { type: 'string' }, out: { type: 'string' } },
  async run({ args, options, io, db }) {
    if (args.length !== 1) throw new UsageError('プロジェクトIDを指定してください');
    const projectId = idArgument(args[0], 'プロジェクトID');
    const format = options.format as ReportFormat;
    if (!REPORT_FORMATS.includes(format))
      throw new UsageError(`--format は ${REPORT_FORMATS.join(' / ')} のいずれかです`);
    const out = typeof options.out === 'string' ? resolve(options.out) : null;
    if (format !== 'html' && !out) throw new UsageError(`--format ${format} では --out で保存先を指定してください`);
    // docx draws the chart with Chromium too
    if (!chromiumAvailable()) throw new CliError(CHROMIUM_INSTALL_HINT.replaceAll('`', ''));
    const content = await compileReport(db(), projectId, format);
    if (content === null) throw new CliError(`プロジェクト ${projectId} がないか、会議がまだ登録されていません`);
    if (!out) return io.out(String(content).trimEnd());
    writeFileAtomically(out, content, true);
    io.out(`書き出しました: ${out}`);
  },
};
