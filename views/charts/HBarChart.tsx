// Horizontal bars with the value written at the end of each bar (MA frequencies, ratios).
import { clip, niceMax } from './scale.ts';
import { fillId, seriesPatterns } from './patterns.ts';
import { each, el, esc, markup } from '../../src/lib/markup.ts';

export type HBarRow = { label: string; value: number; valueLabel?: string; series?: number };

export type HBarChartProps = {
  id: string;
  title: string;
  description?: string;
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
  const seriesCount = Math.max(1, ...p.rows.map((r) => (r.series ?? 0) + 1), p.legend?.length ?? 0);
  const titleId = `${p.id}-title`;
  const descId = `${p.id}-desc`;
  const fill = (series: number) => esc(`url(#${fillId(p.id, series)})`);
  const labelChars = Math.floor((labelW - 8) / 12);

  const legend = each(p.legend ?? [], (name, i) =>
    el(
      'g',
      { transform: `translate(${labelW + i * 200},4)` },
      `<rect width="14" height="14" fill="${fill(i)}" stroke="#333" stroke-width="0.6"></rect>`,
      el('text', { x: '19', y: '11.5', fill: '#111' }, esc(name)),
    ),
  );
  const rows = each(p.rows, (r, i) => {
    const yy = legendH + i * ROW_H + 4;
    const w = top > 0 ? (Math.max(0, r.value) / top) * plotW : 0;
    const label = esc(r.label);
    const valueText = esc(r.valueLabel ?? String(r.value));
    return (
      `<g class="row"><text x="${labelW - 8}" y="${yy + 13}" text-anchor="end" fill="#111"><title>${label}</title>${esc(clip(r.label, labelChars))}</text>` +
      `<rect x="${labelW}" y="${yy}" width="${plotW}" height="${ROW_H - 8}" fill="#f1f3f2"></rect>` +
      `<rect x="${labelW}" y="${yy}" width="${w}" height="${ROW_H - 8}" fill="${fill(r.series ?? 0)}" stroke="#333" stroke-width="0.5" data-value="${r.value}"><title>${label}：${valueText}</title></rect>` +
      `<text x="${labelW + w + 6}" y="${yy + 13}" fill="#111">${valueText}</text></g>`
    );
  });

  return markup(
    el(
      'svg',
      {
        class: 'chart',
        id: p.id,
        role: 'img',
        'aria-labelledby': p.description ? `${titleId} ${descId}` : titleId,
        viewBox: `0 0 ${width} ${height}`,
        width: '100%',
        preserveAspectRatio: 'xMinYMin meet',
        'font-size': '12',
      },
      el('title', { id: titleId }, esc(p.title)),
      p.description ? el('desc', { id: descId }, esc(p.description)) : '',
      seriesPatterns(p.id, seriesCount),
      legend,
      rows,
    ),
  );
}
