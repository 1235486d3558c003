// Horizontal bars with the value written at the end of each bar (MA frequencies, ratios).
import { clip, niceMax } from './scale.ts';
import { seriesColour, texture } from './patterns.ts';
import { chartSvg, legendSwatch, type ChartFrame } from './frame.ts';
import { each, el, esc } from '../markup.ts';

export type HBarRow = { label: string; value: number; valueLabel?: string; series?: number };

export type HBarChartProps = ChartFrame & {
  rows: HBarRow[];
  /** Axis maximum, e.g. 100 for percentages; defaults to a round number above the largest value. */
  max?: number;
  /** Names of the series used by rows[].series, shown as a legend. */
  legend?: string[];
  width?: number;
  labelWidth?: number;
};

const ROW_H = 24;

export function HBarChart(p: HBarChartProps) {
  const width = p.width ?? 720;
  const labelW = p.labelWidth ?? 250;
  const valueW = 70;
  const plotW = width - labelW - valueW;
  const top = p.max ?? niceMax(Math.max(0, ...p.rows.map((r) => r.value)));
  const legendH = p.legend?.length ? 26 : 0;
  const height = legendH + p.rows.length * ROW_H + 8;
  const labelChars = Math.floor((labelW - 8) / 12);

  const legend = each(p.legend ?? [], (name, i) =>
    el('g', { transform: `translate(${labelW + i * 200},4)` }, legendSwatch(i, esc(name))),
  );
  const rows = each(p.rows, (r, i) => {
    const yy = legendH + i * ROW_H + 4;
    const w = top > 0 ? (Math.max(0, r.value) / top) * plotW : 0;
    const label = esc(r.label);
    const valueText = esc(r.valueLabel ?? String(r.value));
    return (
      `<g class="row"><text x="${labelW - 8}" y="${yy + 13}" text-anchor="end" fill="#111"><title>${label}</title>${esc(clip(r.label, labelChars))}</text>` +
      `<rect x="${labelW}" y="${yy}" width="${plotW}" height="${ROW_H - 8}" fill="#f1f3f2"></rect>` +
      `<rect x="${labelW}" y="${yy}" width="${w}" height="${ROW_H - 8}" fill="${seriesColour(r.series ?? 0)}" stroke="#333" stroke-width="0.5" data-value="${r.value}"><title>${label}：${valueText}</title></rect>` +
      texture(r.series ?? 0, labelW, yy, w, ROW_H - 8) +
      `<text x="${labelW + w + 6}" y="${yy + 13}" fill="#111">${valueText}</text></g>`
    );
  });

  return chartSvg(p, width, height, legend, rows);
}
