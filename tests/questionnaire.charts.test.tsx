import { describe, expect, it } from 'vitest';
import { niceMax } from '../views/charts/scale.ts';
import { HBarChart } from '../views/charts/hBarChart.tsx';
import { StackedBarChart } from '../views/charts/stackedBarChart.tsx';

const rects = (svg: string) =>
  [...svg.matchAll(/<rect x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)"[^>]*data-value="([^"]+)"/g)].map(
    (m) => ({
      y: Number(m[1]),
      height: Number(m[2]),
      value: Number(m[3]),
    }),
  );

describe('charts', () => {
  it('stacks bars with heights proportional to the data', () => {
    const svg = String(
      <StackedBarChart
        id="t"
        title="年齢帯別の支援件数"
        description="説明"
        categories={[
          { key: 'a', label: '15歳以下', note: '2機関' },
          { key: 'b', label: '16〜18歳', note: '1機関', flagged: true },
          { key: 'c', label: '19〜24歳', note: '1機関' },
        ]}
        series={[
          { label: '機関A', values: [10, 2, 0] },
          { label: '機関B', values: [30, 0, 20] },
        ]}
        unit="人"
        flagLabel="落ち込み"
      />,
    );
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="t-title">年齢帯別の支援件数</title>');
    expect(svg).toContain('aria-labelledby="t-title t-desc"');
    const bars = rects(svg);
    expect(bars.map((b) => b.value)).toEqual([10, 30, 2, 20]); // zero segments are not drawn
    const unit = bars[0].height / 10;
    for (const b of bars) expect(b.height).toBeCloseTo(b.value * unit, 6);
    // the second segment sits directly on the first
    expect(bars[1].y + bars[1].height).toBeCloseTo(bars[0].y, 6);
    // totals, notes, the flag and a legend entry per series are text, not just colour
    for (const text of ['>40<', '>2機関<', '▼落ち込み', '>機関A<', '>機関B<', '機関B 19〜24歳：20人'])
      expect(svg).toContain(text);
    // every series has its own colour plus texture, drawn as lines, not an SVG <pattern>
    // (Chromium prints pattern fills as a bitmap of the whole chart per shape)
    expect(svg).not.toContain('<pattern');
    expect(svg).toContain('fill="#0072B2"');
    expect(svg).toContain('fill="#E69F00"');
    expect(svg).toMatch(/<path d="M[^"]+" fill="none" stroke="#000"/);
  });

  it('draws horizontal bars against the given maximum', () => {
    const svg = String(
      <HBarChart
        id="h"
        title="資格"
        max={100}
        rows={[
          { label: '社会福祉士', value: 50, valueLabel: '50.0%' },
          { label: '保健師', value: 25, valueLabel: '25.0%' },
        ]}
      />,
    );
    const widths = [...svg.matchAll(/width="([\d.]+)" height="16" fill="#0072B2"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBeCloseTo(widths[1] * 2, 6);
    expect(svg).toContain('>50.0%<');
  });

  it('rounds axis maxima to readable numbers', () => {
    expect([niceMax(0), niceMax(7), niceMax(40), niceMax(389), niceMax(1001)]).toEqual([1, 10, 50, 500, 2000]);
  });
});
