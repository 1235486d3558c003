// Fills that stay distinguishable in greyscale print: a colour-blind-safe palette (Okabe–Ito)
// combined with a texture per series. The texture is drawn as plain lines inside each shape, not
// as an SVG <pattern>: Chromium prints pattern fills as a low-resolution bitmap of the whole chart
// per shape (the demo's first network-meeting packet was 2.9 MB of such bitmaps).
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];
type Texture = 'solid' | 'diagonal' | 'horizontal' | 'vertical' | 'cross' | 'antiDiagonal' | 'dots';
const TEXTURES: Texture[] = ['solid', 'diagonal', 'horizontal', 'vertical', 'cross', 'antiDiagonal', 'dots'];
/** Distance between texture lines, in chart units. */
const STEP = 6;

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The fill colour of series i (repeats every 8; the texture tells repeats apart). */
export function seriesColour(i: number): string {
  return COLOURS[i % COLOURS.length];
}

/** Lines u + v = k (sign 1) or u − v = k (sign −1) across a w × h box, as path commands from (x, y). */
function diagonals(x: number, y: number, w: number, h: number, sign: 1 | -1): string {
  let d = '';
  const from = sign === 1 ? STEP : -Math.floor(h / STEP) * STEP;
  const to = sign === 1 ? w + h : w;
  for (let k = from; k < to; k += STEP) {
    const u0 = sign === 1 ? Math.max(0, k - h) : Math.max(0, k);
    const u1 = sign === 1 ? Math.min(w, k) : Math.min(w, k + h);
    if (u1 <= u0) continue;
    const v = (u: number) => (sign === 1 ? k - u : u - k);
    d += `M${r2(x + u0)},${r2(y + v(u0))}L${r2(x + u1)},${r2(y + v(u1))}`;
  }
  return d;
}

function lines(x: number, y: number, w: number, h: number, texture: Texture): string {
  let d = '';
  if (texture === 'horizontal') for (let v = STEP / 2; v < h; v += STEP) d += `M${r2(x)},${r2(y + v)}h${r2(w)}`;
  if (texture === 'vertical') for (let u = STEP / 2; u < w; u += STEP) d += `M${r2(x + u)},${r2(y)}v${r2(h)}`;
  if (texture === 'diagonal' || texture === 'cross') d += diagonals(x, y, w, h, 1);
  if (texture === 'antiDiagonal' || texture === 'cross') d += diagonals(x, y, w, h, -1);
  return d;
}

function dots(x: number, y: number, w: number, h: number): string {
  let d = '';
  for (let v = STEP / 2; v < h; v += STEP)
    for (let u = STEP / 2; u < w; u += STEP)
      d += `M${r2(x + u - 1.3)},${r2(y + v)}a1.3,1.3 0 1 0 2.6,0a1.3,1.3 0 1 0 -2.6,0`;
  return d;
}

/** The texture of series i over the box (x, y, w, h), drawn on top of its colour; '' when solid. */
export function texture(i: number, x: number, y: number, w: number, h: number): string {
  const kind = TEXTURES[i % TEXTURES.length];
  if (kind === 'solid' || w <= 0 || h <= 0) return '';
  if (kind === 'dots') {
    const d = dots(x, y, w, h);
    return d ? `<path d="${d}" fill="#000" fill-opacity="0.55" pointer-events="none"></path>` : '';
  }
  const d = lines(x, y, w, h, kind);
  return d
    ? `<path d="${d}" fill="none" stroke="#000" stroke-opacity="0.55" stroke-width="1.2" pointer-events="none"></path>`
    : '';
}
