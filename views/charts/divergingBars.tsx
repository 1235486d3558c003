// Back-to-back (diverging) horizontal bars: one share to the left of a centre axis, one to the
// right, per row — e.g. how often a factor appears in difficult vs good cases. Shares 0..1.
import { clip } from './scale.ts';
import { seriesColour, texture } from './patterns.ts';
import { chartSvg, type ChartFrame } from './frame.ts';
import { each, el, esc } from '../markup.ts';

export type DivergingRow = {
  label: string;
  left: number | null;
  right: number | null;
  leftText?: string;
  rightText?: string;
};

export type DivergingBarsProps = ChartFrame & {
  leftLabel: string;
  rightLabel: string;
  rows: DivergingRow[];
  width?: number;
  labelWidth?: number;
};

const ROW_H = 26;
const HEAD_H = 40;
const VALUE_W = 78;

export function DivergingBars(p: DivergingBarsProps) {
  const width = p.width ?? 780;
  const labelW = p.labelWidth ?? 290;
  const half = (width - labelW - 8) / 2;
  const centre = labelW + half;
  const barMax = half - VALUE_W;
  const height = HEAD_H + p.rows.length * ROW_H + 22;
  const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 100)}%`);
  // series 0 (blue, solid) on the right, series 1 (orange, hatched) on the left: readable in greyscale
  const rightFill = seriesColour(0);
  const leftFill = seriesColour(1);
  const plotBottom = HEAD_H + p.rows.length * ROW_H;

  const keys =
    el(
      'g',
      { transform: `translate(${centre - 10},8)` },
      el(
        'text',
        { x: '-18', y: '11.5', 'text-anchor': 'end', fill: '#111', 'font-weight': 'bold' },
        `◀ ${esc(p.leftLabel)}`,
      ),
      el('rect', {
        x: '-14',
        y: '1',
        width: '12',
        height: '12',
        fill: leftFill,
        stroke: '#333',
        'stroke-width': '0.6',
      }),
      texture(1, -14, 1, 12, 12),
    ) +
    el(
      'g',
      { transform: `translate(${centre + 10},8)` },
      el('rect', { x: '2', y: '1', width: '12', height: '12', fill: rightFill, stroke: '#333', 'stroke-width': '0.6' }),
      texture(0, 2, 1, 12, 12),
      el('text', { x: '18', y: '11.5', fill: '#111', 'font-weight': 'bold' }, `${esc(p.rightLabel)} ▶`),
    );
  const grid = each(
    [0.5, 1].flatMap((t) => [centre - t * barMax, centre + t * barMax]),
    (x) => el('line', { x1: x, x2: x, y1: HEAD_H - 6, y2: plotBottom, stroke: '#ddd', 'stroke-dasharray': '3 3' }),
  );
  const rows = each(p.rows, (r, i) => {
    const y = HEAD_H + i * ROW_H;
    const lw = (r.left ?? 0) * barMax;
    const rw = (r.right ?? 0) * barMax;
    const leftText = r.leftText ?? pct(r.left);
    const rightText = r.rightText ?? pct(r.right);
    return el(
      'g',
      { class: 'row' },
      el('title', {}, esc(`${r.label}：${p.leftLabel} ${leftText}／${p.rightLabel} ${rightText}`)),
      el('text', { x: labelW - 8, y: y + 16, 'text-anchor': 'end', fill: '#111' }, esc(clip(r.label, 24))),
      el('rect', {
        x: centre - lw,
        y: y + 4,
        width: lw,
        height: ROW_H - 8,
        fill: leftFill,
        stroke: '#333',
        'stroke-width': '0.5',
      }),
      texture(1, centre - lw, y + 4, lw, ROW_H - 8),
      el('rect', {
        x: centre,
        y: y + 4,
        width: rw,
        height: ROW_H - 8,
        fill: rightFill,
        stroke: '#333',
        'stroke-width': '0.5',
      }),
      texture(0, centre, y + 4, rw, ROW_H - 8),
      el('text', { x: centre - lw - 4, y: y + 16, 'text-anchor': 'end', fill: '#111' }, esc(leftText)),
      el('text', { x: centre + rw + 4, y: y + 16, fill: '#111' }, esc(rightText)),
    );
  });
  const scale = each([1, 0.5, 0, 0.5, 1], (t, k) =>
    el(
      'text',
      {
        x: centre + (k - 2) * 0.5 * barMax,
        y: plotBottom + 15,
        'text-anchor': 'middle',
        fill: '#555',
        'font-size': '11',
      },
      esc(`${t * 100}%`),
    ),
  );

  const axis = el('line', { x1: centre, x2: centre, y1: HEAD_H - 6, y2: plotBottom, stroke: '#333' });

  return chartSvg(p, width, height, keys, grid, rows, axis, scale);
}
