// Fills that stay distinguishable in greyscale print: a colour-blind-safe palette (Okabe–Ito)
// combined with a texture per series.
import { el, esc } from '../markup.ts';

const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];
const TEXTURES = [
  '', // solid
  'M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5', // diagonal
  'M0,3 H6', // horizontal
  'M3,0 V6', // vertical
  'M0,0 L6,6 M0,6 L6,0', // cross
  'M6,6 L0,0 M-1,5 L1,7 M5,-1 L7,1', // anti-diagonal
];
const DOTS = 6; // an extra texture drawn as a dot
const CYCLE = COLOURS.length * (TEXTURES.length + 1);

/** The inside of pattern i; the combinations repeat every CYCLE series, so they are built once. */
const PATTERN_BODIES = Array.from({ length: CYCLE }, (_, i) => {
  const texture = i % (TEXTURES.length + 1);
  const swatch = el('rect', { width: '6', height: '6', fill: COLOURS[i % COLOURS.length] });
  if (texture === DOTS)
    return swatch + el('circle', { cx: '3', cy: '3', r: '1.3', fill: '#000', 'fill-opacity': '0.55' });
  if (!TEXTURES[texture]) return swatch;
  return swatch + el('path', { d: TEXTURES[texture], stroke: '#000', 'stroke-opacity': '0.55', 'stroke-width': '1.2' });
});

export function fillId(chartId: string, i: number): string {
  return `${chartId}-fill-${i}`;
}

/** <defs> with one pattern per series index (colour i mod 8, texture i mod 7). */
export function seriesPatterns(chartId: string, count: number): string {
  let out = '<defs>';
  for (let i = 0; i < count; i++) {
    out += `<pattern id="${esc(fillId(chartId, i))}" patternUnits="userSpaceOnUse" width="6" height="6">${PATTERN_BODIES[i % CYCLE]}</pattern>`;
  }
  return `${out}</defs>`;
}
