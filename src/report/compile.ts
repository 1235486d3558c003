// The year-end report in one of its three formats (DOCX, A4 PDF, HTML); used by the CLI.
import type { Db } from '../db/client.ts';
import { closePdfBrowser, htmlToPdf } from '../packet/pdf.ts';
import { reportBlocks } from './blocks.ts';
import { loadReportInput } from './reportViewModel.ts';
import { writeDocx } from './docx.ts';
import { ageBandChartSvg, reportHtml, svgToPng } from './render.tsx';

export const REPORT_FORMATS = ['docx', 'pdf', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * null when the project is missing or has no meeting. `keepBrowser`: the server keeps its warm
 * PDF browser; the CLI closes it so the command can exit.
 */
export async function compileReport(
  db: Db,
  projectId: number,
  format: ReportFormat,
  keepBrowser = false,
): Promise<string | Buffer | null> {
  const input = loadReportInput(db, projectId);
  if (!input) return null;
  const svg = ageBandChartSvg(input.figures);
  const title = `${input.project.name} 事業報告書`;
  // HTML and PDF draw the chart as inline SVG: the image block only marks its place
  const html = () =>
    reportHtml(title, reportBlocks({ ...input, chart: { png: new Uint8Array(), width: 0, height: 0 } }), svg);
  if (format === 'html') return html();
  // DOCX carries the chart as a PNG, PDF prints the HTML: both in the warm browser
  const file =
    format === 'docx'
      ? svgToPng(svg).then((chart) => writeDocx(title, reportBlocks({ ...input, chart })))
      : htmlToPdf(html());
  return keepBrowser ? file : file.finally(closePdfBrowser);
}
