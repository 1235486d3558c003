// Horizontal bars with the value written at the end of each bar (MA frequencies, ratios).
import { clip, niceMax } from './scale.ts';
import { fillId, SeriesPatterns } from './patterns.tsx';

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
  return (
    <svg
      class="chart"
      id={p.id}
      role="img"
      aria-labelledby={p.description ? `${titleId} ${descId}` : titleId}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      font-size="12"
    >
      <title id={titleId}>{p.title}</title>
      {p.description && <desc id={descId}>{p.description}</desc>}
      <SeriesPatterns chartId={p.id} count={seriesCount} />
      {p.legend?.map((name, i) => (
        <g transform={`translate(${labelW + i * 200},4)`}>
          <rect width="14" height="14" fill={`url(#${fillId(p.id, i)})`} stroke="#333" stroke-width="0.6" />
          <text x="19" y="11.5" fill="#111">
            {name}
          </text>
        </g>
      ))}
      {p.rows.map((r, i) => {
        const yy = legendH + i * ROW_H + 4;
        const w = top > 0 ? (Math.max(0, r.value) / top) * plotW : 0;
        return (
          <g class="row">
            <text x={labelW - 8} y={yy + 13} text-anchor="end" fill="#111">
              <title>{r.label}</title>
              {clip(r.label, Math.floor((labelW - 8) / 12))}
            </text>
            <rect x={labelW} y={yy} width={plotW} height={ROW_H - 8} fill="#f1f3f2" />
            <rect x={labelW} y={yy} width={w} height={ROW_H - 8} fill={`url(#${fillId(p.id, r.series ?? 0)})`} stroke="#333" stroke-width="0.5" data-value={r.value}>
              <title>{`${r.label}：${r.valueLabel ?? r.value}`}</title>
            </rect>
            <text x={labelW + w + 6} y={yy + 13} fill="#111">
              {r.valueLabel ?? String(r.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
