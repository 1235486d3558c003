// Vertical stacked bars, server-rendered SVG: one bar per category (age band), one stacked
// segment per series (agency). Bar heights are proportional to the data on a 0-based axis.
import { clip, niceMax, ticks } from './scale.ts';
import { seriesColour, texture } from './patterns.ts';
import { chartSvg, legendSwatch, type ChartFrame } from './frame.ts';
import { each, el, esc } from '../markup.ts';

export type StackedCategory = {
  key: string;
  label: string;
  /** Second line under the label, e.g. "5機関". */
  note?: string;
  /** Marked with ▼ and a caption, e.g. for drop-off bands. */
  flagged?: boolean;
  /** The mark of a flagged category when it differs from ▼ + flagLabel (e.g. two kinds of drop-off). */
  flagText?: string;
};

export type StackedBarChartProps = ChartFrame & {
  categories: StackedCategory[];
  series: { label: string; values: number[] }[];
  unit: string;
  flagLabel?: string;
  width?: number;
  plotHeight?: number;
};

const M = { top: 34, right: 12, bottom: 56, left: 52 };
const LEGEND_MIN_W = 170;
const CHAR_W = 12; // a full-width character at font-size 12
const LEGEND_ROW_H = 20;
const LEGEND_GAP = 12;

/**
 * Legend entries flow left to right, each as wide as its own name, onto as many rows as needed, so
 * a long agency name is printed whole (clipped only if longer than a whole row).
 */
function legendLayout(labels: string[], rowW: number): { x: number; row: number; chars: number }[] {
  const maxChars = Math.floor((rowW - 24) / CHAR_W);
  let x = 0;
  let row = 0;
  return labels.map((label) => {
    const chars = Math.min(label.length, maxChars);
    const w = Math.max(LEGEND_MIN_W, chars * CHAR_W + 24 + LEGEND_GAP);
    if (x > 0 && x + w > rowW) {
      row++;
      x = 0;
    }
    const at = { x, row, chars };
    x += w;
    return at;
  });
}

export function StackedBarChart(p: StackedBarChartProps) {
  const width = p.width ?? 760;
  const plotH = p.plotHeight ?? 260;
  const plotW = width - M.left - M.right;
  const totals = p.categories.map((_, ci) => p.series.reduce((s, x) => s + (x.values[ci] ?? 0), 0));
  const top = niceMax(Math.max(0, ...totals));
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const band = plotW / Math.max(1, p.categories.length);
  const barW = Math.min(56, band * 0.62);
  const legendAt = legendLayout(
    p.series.map((x) => x.label),
    plotW,
  );
  const legendRows = legendAt.length ? legendAt[legendAt.length - 1].row + 1 : 0;
  const legendTop = M.top + plotH + M.bottom;
  const height = legendTop + legendRows * LEGEND_ROW_H + 8;
  const unit = esc(p.unit);

  const axis = el(
    'g',
    { class: 'axis', fill: '#333' },
    each(ticks(top), (t) =>
      el(
        'g',
        {},
        el('line', {
          x1: M.left,
          x2: width - M.right,
          y1: y(t),
          y2: y(t),
          stroke: t === 0 ? '#333' : '#ccc',
          'stroke-width': '1',
        }),
        el('text', { x: M.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, esc(String(t))),
      ),
    ),
    el('text', { x: M.left - 6, y: M.top - 14, 'text-anchor': 'end' }, `（${unit}）`),
  );

  const bars = each(p.categories, (cat, ci) => {
    const x = M.left + band * ci + (band - barW) / 2;
    const cx = M.left + band * ci + band / 2;
    const catLabel = esc(cat.label);
    let acc = 0;
    // one segment per series with a value; the hot loop of a 200-agency chart, so written out
    const segments = each(p.series, (s, si) => {
      const v = s.values[ci] ?? 0;
      if (v <= 0) return '';
      const y0 = y(acc);
      acc += v;
      const y1 = y(acc);
      return `<rect x="${x}" y="${y1}" width="${barW}" height="${y0 - y1}" fill="${seriesColour(si)}" stroke="#fff" stroke-width="0.8" data-value="${v}"><title>${esc(s.label)} ${catLabel}：${v}${unit}</title></rect>${texture(si, x, y1, barW, y0 - y1)}`;
    });
    return el(
      'g',
      { class: `bar${cat.flagged ? ' flagged' : ''}`, 'data-category': cat.key },
      segments,
      el(
        'text',
        { x: cx, y: y(totals[ci]) - 5, 'text-anchor': 'middle', 'font-weight': 'bold', fill: '#111' },
        esc(String(totals[ci])),
      ),
      cat.flagged
        ? el(
            'text',
            { x: cx, y: y(totals[ci]) - 19, 'text-anchor': 'middle', fill: '#b3261e', 'font-weight': 'bold' },
            esc(cat.flagText ?? `▼${p.flagLabel ?? ''}`),
          )
        : '',
      el(
        'text',
        {
          x: cx,
          y: M.top + plotH + 17,
          'text-anchor': 'middle',
          fill: '#111',
          'font-weight': cat.flagged ? 'bold' : undefined,
        },
        esc(clip(cat.label, 8)),
      ),
      cat.note
        ? el('text', { x: cx, y: M.top + plotH + 33, 'text-anchor': 'middle', fill: '#444' }, esc(cat.note))
        : '',
    );
  });

  const legend = el(
    'g',
    { class: 'legend', transform: `translate(${M.left},${legendTop})` },
    each(
      p.series,
      (s, si) =>
        `<g transform="translate(${legendAt[si].x},${legendAt[si].row * LEGEND_ROW_H})">${legendSwatch(si, esc(clip(s.label, legendAt[si].chars)))}</g>`,
    ),
  );

  return chartSvg(p, width, height, axis, bars, legend);
}
