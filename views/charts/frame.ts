// The parts every chart shares: the accessible <svg> frame (title, optional description)
// and the legend swatch, so the three chart kinds stay alike for screen readers
// and in print.
import { seriesColour, texture } from './patterns.ts';
import { el, esc, markup } from '../markup.ts';

export type ChartFrame = { id: string; title: string; description?: string };

/** The finished chart: `body` (markup) inside an <svg> labelled by its title and description. */
export function chartSvg(p: ChartFrame, width: number, height: number, ...body: string[]) {
  const titleId = `${p.id}-title`;
  const descId = `${p.id}-desc`;
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
      ...body,
    ),
  );
}

/** A legend entry's square in series i's colour and texture, and its name (markup). */
export function legendSwatch(series: number, name: string): string {
  return `<rect width="14" height="14" fill="${seriesColour(series)}" stroke="#333" stroke-width="0.6"></rect>${texture(series, 0, 0, 14, 14)}<text x="19" y="11.5" fill="#111">${name}</text>`;
}
