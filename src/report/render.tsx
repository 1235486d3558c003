// Renders the year-end report outside a route: the age-band chart (the results page's SVG chart,
// drawn to PNG by headless Chromium so Word shows it as an image) and the report as A4 HTML.
import { StackedBarChart } from '../../views/charts/stackedBarChart.tsx';
import { ageBandCategories } from '../../views/questionnaire/tables.ts';
import type { PacketJson } from '../packet/json.ts';
import { inWarmBrowser } from '../packet/pdf.ts';
import { isFigure, type DocBlock } from './docx.ts';

const CHART_WIDTH = 760;

export function ageBandChartSvg(f: PacketJson): string {
  return String(
    <StackedBarChart
      id="report-age-bands"
      title="年齢帯別の支援件数"
      description="年齢帯ごとの支援件数（各機関の実人数の合計）"
      categories={ageBandCategories(f.ageBands, f.dropOffs)}
      series={[{ label: '支援件数', values: f.ageBands.map((b) => b.cases) }]}
      unit="人"
      width={CHART_WIDTH}
    />,
  );
}

/** The SVG drawn to PNG at 2× for print, in the packet's warm browser (src/packet/pdf.ts). */
export function svgToPng(svg: string): Promise<{ png: Uint8Array; width: number; height: number }> {
  // the chart's labels in a Japanese Gothic (the page has no stylesheet: digits fell back to serif)
  const html = `<!doctype html><html lang="ja"><meta charset="utf-8"><body style="margin:0;background:#fff;font-family:'BIZ UDGothic','Noto Sans CJK JP',sans-serif">${svg}</body></html>`;
  return inWarmBrowser(
    html,
    async (page) => {
      const el = page.locator('svg').first();
      const box = (await el.boundingBox())!;
      return {
        png: await el.screenshot({ type: 'png' }),
        width: Math.round(box.width),
        height: Math.round(box.height),
      };
    },
    2,
  );
}

const esc = (s: string) =>
  s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
const paras = (s: string) =>
  s
    .split('\n')
    .map((l) => `<p>${esc(l)}</p>`)
    .join('');

function blockHtml(b: DocBlock, chartSvg: string): string {
  switch (b.kind) {
    case 'title':
      return `<h1>${esc(b.text)}</h1>`;
    case 'h1':
      return `<h2>${esc(b.text)}</h2>`;
    case 'h2':
      return `<h3>${esc(b.text)}</h3>`;
    case 'p':
      return paras(b.text);
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'table':
      return `<table><caption>${esc(b.caption)}</caption>${b.widths ? `<colgroup>${b.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : ''}<thead><tr>${b.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((x) => `<td${isFigure(x) ? ' class="num"' : ''}>${x.split('\n').map(esc).join('<br>')}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'image':
      return `<figure>${chartSvg}</figure>`;
  }
}

/** The report as one A4 HTML document (the chart inline as SVG). */
export function reportHtml(title: string, blocks: readonly DocBlock[], chartSvg: string): string {
  const style = `@page{size:A4;margin:18mm 16mm}body{font-family:"BIZ UDMincho","Noto Serif CJK JP",serif;font-size:10.5pt;line-height:1.7;color:#000}h1{font-size:18pt;text-align:center}h2{font-size:13pt;border-bottom:1px solid #000;margin-top:1.6em}h3{font-size:11pt}table{border-collapse:collapse;width:100%;margin:.6em 0;break-inside:auto}caption{text-align:left;font-weight:bold}th,td{border:1px solid #000;padding:2px 6px;vertical-align:top}th{background:#eee}td.num{text-align:right}h2,h3{break-after:avoid}tr{break-inside:avoid}figure{margin:0}svg{max-width:100%;height:auto}`;
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${style}</style></head><body><main>${blocks.map((b) => blockHtml(b, chartSvg)).join('')}</main></body></html>`;
}
